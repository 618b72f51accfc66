import { compileEarly } from './compile-early';
/**
 * The line structure of call notes: who speaks on each line of a transcript (the rep or the
 * prospect), which lines sit under a "Next steps" heading or after a "Next:" label, and where a
 * line's own words begin (after a bullet, a timestamp, a speaker label).
 */

import { MONTHS } from '../../schema/exported';

export type Speaker = 'rep' | 'prospect' | 'none';

export interface Line {
	start: number;
	end: number;
	/** Where the line's words begin: after any timestamp and speaker label. */
	body: number;
	speaker: Speaker;
	/** From here to the end of the line reads as a next step (heading or inline label). */
	nextFrom: number;
	/** From here to the end of the line lists products covered, which says nothing of intent. */
	productsFrom: number;
	/** The prospect answers the rep's question: +1 yes, -1 no, 0 neither. */
	answer: -1 | 0 | 1;
	/**
	 * The prospect agrees in a word or an emoji ("Thu works 👍", "Monday 1 👍"): enough to take
	 * the meeting the rep proposed, not to make a pitch the prospect's own.
	 */
	confirms: boolean;
	/** A heading ("### Voice agents", "Budget:"): names a topic, states nothing. */
	heading: boolean;
	/**
	 * In a dated activity log, how many entry dates are newer than this line's (0 = the newest;
	 * lines before the first entry come last). 0 everywhere in notes that are not such a log.
	 */
	age: number;
}

// "[00:03:12] Priya Nair (Head of CX):", "00:12:40 - Marco (AE):", "[12:40] Lena Ortiz, VP Ops:",
// "Rep:", "Dana (prospect):". Lower-cased text, so names are told by their shape, not case.
const TIMESTAMP = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?: ?[ap]\.?m\.?)?[\])]?\s*(?:[-–—|]\s*)?`;
/** A letter of a name, accented ones included ("lucía", "zoë", "łukasz"). */
const L = String.raw`a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f`;
const NAME = String.raw`[${L}][${L}.'’-]*(?: [${L}][${L}.'’-]*){0,3}`;
const ROLE = String.raw`(?:\(([^)\n]{1,60})\)|,\s*([^:\n]{1,50}))`;
const WITH_TIME = new RegExp(
	String.raw`^\s*(?:[-*•>]\s*)?${TIMESTAMP}(?:(${NAME})\s*${ROLE}?\s*:)?`
);
// Without a timestamp only "Name (Role):" counts: "budget signed off, asked for proposal, ns:"
// has the shape of "Name, Role:" but is a CRM line.
const WITH_ROLE = new RegExp(String.raw`^\s*(?:[-*•>]\s*)?(${NAME})\s*\(([^)\n]{1,60})\)\s*:\s`);
const BARE = new RegExp(String.raw`^\s*(?:[-*•>]\s*)?(${NAME})\s*:\s`);
/** "Rep:", "Prospect:": a side named outright is a speaker label anywhere. */
const SIDE = /^\s*(?:[-*•>]\s*)?(rep|sdr|bdr|ae|se|prospect|customer|client|buyer)\s*:\s/;
/** "Speaker 1:", "Spk 2:": a diarised transcript's labels, whose sides the talk decides. */
const DIARISED = /^\s*(?:[-*•>]\s*)?((?:speaker|spk|participant|person) ?\d{1,2})\s*:\s/;
/** A header's speaker, also as "Company - Name". */
const SENDER = String.raw`${NAME}(?: [-–—] ${NAME})?`;
/**
 * A speaker header on a line of its own: "Nora Fitzgerald (AE) | 02:10", Otter's "Pim  00:09",
 * "Acme - Amy  11:08 AM".
 */
const HEADER_LINE = new RegExp(
	String.raw`^\s*(${SENDER})\s*${ROLE}?(?:\s*[|·•–—-]\s*|[ \t]{2,}|\t)${TIMESTAMP}\s*$`
);
/**
 * A chat export's header, one space before the time: "Sophie Talbot 4:12 PM", "Sean (Acme)
 * 12:10". Only when a note has two or more of them: one such line may be "Demo booked thu 2:00".
 */
const CHAT_HEADER = new RegExp(String.raw`^\s*(${SENDER})\s*${ROLE}?\s${TIMESTAMP}\s*$`);
const CHAT_HEADERS = new RegExp(
	String.raw`^[ \t]*${SENDER}[ \t]*(?:\([^)\n]{1,60}\))?[ \t]\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?[ \t]*$`,
	'gm'
);
/** "SE: Marco | SDR: Jen": who was there, not a turn. */
const ROSTER = /[|,;/]\s*(?:rep|sdr|bdr|ae|am|se|csm|prospect)\s*:/;
/** "Call between Dan (us) and Pim": the rep named once, near the top. */
const US = /([a-z][a-z.'’-]*) \((?:us|me|rep|our side)\)/g;
/** Labels that name a side without a role. */
const REP_LABEL =
	/^(?:rep|sdr|bdr|ae|am|se|sales|seller|me|us|you|host|interviewer|agent|account exec(?:utive)?|account manager)$/;
const PROSPECT_LABEL = /^(?:prospect|customer|client|lead|buyer|them|caller|guest)$/;
/** A role in a label that is a job title: that speaker is the prospect unless it is a sales role. */
const TITLE =
	/\b(?:ceo|cfo|coo|cto|cio|cmo|cro|ciso|vp|svp|evp|gm|md|head|director|dir|manager|mgr|lead|owner|founder|co-?founder|president|chief|officer|partner|principal|engineer|architect|analyst|admin(?:istrator)?|coordinator|supervisor|specialist|it|ops|operations|finance|procurement|legal|counsel|gc|dr|doctor|nurse|physician|practice|clinic|prospect|customer|client|buyer|them)\b/;
const REP_ROLE =
	/\b(?:sdr|bdr|ae|am|se|sa|csm|rep|sales|seller|account exec(?:utive)?|account manager|solutions? (?:engineer|consultant|architect)|sales engineer|us|our side|host)\b/;
/** Words a rep says about their own offer: which unlabelled speaker sells. */
const SELLER_TALK =
	/\b(?:our (?:platform|product|api|apis|voice|pricing|customers|team|sdk|solution|sms|verify|numbers)|we (?:offer|also have|also do|also help|provide|support|can help|integrate|cover that)|we have an? (?:ai|tool|product|platform|solution|integration|add-on)|happy to (?:send|show|share)|i'll (?:send|share|loop|get that)|let me (?:send|show)|thanks for (?:making|taking) (?:the )?time|thanks for (?:hopping|jumping|getting) on|set you up with|with my colleague|we (?:don't|do not) (?:provide|offer|sell)|what prompted|how are you handling|i'll send|let me show|you asked about|would you want|what(?:'s| is) your (?:phone system|current|setup|stack|budget|timeline)|can i (?:follow up|send|ask|book)|we do (?:ai|voice)|(?:with|to) our (?:ae|account exec(?:utive)?|sales engineer|se)\b|(?:he|she)['’]?s our (?:ae|account exec(?:utive)?|se)\b|get you with|(?:shall|should|can) i (?:set up|book)|i'll set up|invite (?:sent|out))\b/;
/** Heading words that must not be read as a speaker ("Budget: approved"). */
const NOT_A_NAME =
	/^(?:next|next steps?|budget|timeline|timing|pain|pains|pain points?|notes?|summary|context|decision|decisions|action items?|attendees|products?|objections?|risks?|company|team|stack|current setup|setup|use case|need|needs|outcome|status|stage|owner|champion|competition|competitors?|ns|f\/u|follow[- ]?up|todo|to[- ]?dos?|re|subject|from|to|cc|date|agenda|key points?|overview|recap|tl;dr|tldr|dm|poc|pilot|q|a|note|ps|p\.s|voice ai|sms|verify|pricing|tech|technical|integration|industry|size|volume|region|why|what|who|when|how|where|they|she|he|we|it)$/;

/** A form field's label at the start of a line: "Pain Points:", "Date/Time:", "Need (her words):". */
const FIELD_LABEL = /^\s*(?:[-*•>]\s*)?([a-z][a-z /&'’-]{0,30}?)\s*(?:\([^)\n]{0,60}\))?\s*:\s/;
const FIELD_WORDS = new Set(
	'date time company overview attendees stack pain points budget authority need needs timeline competitors competition fit misc other notes summary industry size contact title role website location source stage status owner champion goal goals decision outcome agenda background context next steps'.split(
		' '
	)
);
const isField = (head: string) =>
	FIELD_LABEL.exec(head)?.[1]!
		.split(/[ /&-]+/)
		.some((w) => FIELD_WORDS.has(w)) ?? false;

const HEADING =
	/^\s*(?:#{1,6}\s*|\*\*|__)?([a-z][a-z0-9 /&'’()-]{0,40}?)\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$/;
/**
 * A character no heading has: most lines are prose, which shows one early ("," "." "?"), and
 * finding it costs less than the heading's expression trying its name at every length.
 */
const NOT_IN_HEADING = /[^\s#*_a-z0-9/&'’()\-:]/;
const headingOf = (head: string) => (NOT_IN_HEADING.test(head) ? null : HEADING.exec(head));
const NEXT_HEADING =
	/\b(?:next steps?|next|action items?|follow[- ]?ups?|to[- ]?dos?|todo|outcome|decisions?|agreed|plan)\b/;
/** Lists of what came up — products covered, a note-taker's keywords — state no intent. */
const PRODUCTS_HEADING =
	/^(?:(?:products?|solutions?)(?: (?:discussed|covered|of interest))?|keywords|topics|tags)$/;
const PRODUCTS_LABEL =
	/^\s*(?:[-*•]\s*)?(?:products?(?: discussed| covered)?|covered|keywords|topics|tags)\s*:\s*/;
/** Thirteen words or more: a sentence, not a list item (a huddle summary's "Topics" are prose). */
const PROSE = /(?:\S+\s+){12}\S/;
/** A note-taker's list heading on a line of its own, with no colon: "Keywords". */
const LIST_HEADING = /^\s*(?:keywords|topics|tags)\s*$/;
/** A form's numbered question on a line of its own: "7. Next step". */
const NEXT_QUESTION = /^\s*\d{1,2}[.)]\s*next steps?\??\s*$/;
/** "Next:", "NS ->", a table's "| Next step |", a column-aligned "Next      pricing call …". */
const NEXT_LABEL =
	/(?:^|[\s(*>|-])(?:next steps?|next|nxt|ns|action items?|f\/u|follow[- ]?ups?|ai|nächster schritt|prochaine étape|pr[oó]ximos? pas(?:s)?os?|siguientes? pasos?)\s*(?:\*\*)?\s*(?::|=>|->|—|–|\||(?<=\S)[ \t]{3,})\s*/;
/** What ends every next-step label: a line with none of these has no label (most lines). */
const LABEL_END = /[:>—–|]|[ \t]{3}/;
/**
 * "- AE: Thu 11am w/ Hannah ✓" in a rep's bullets books the AE; it is not the AE speaking.
 * Tested before the speaker labels, only on bulleted lines whose label is a sales role and that
 * go on with a day or a date.
 */
const AE_SLOT =
	/^\s*[-*•]\s*(?:ae|se|account exec(?:utive)?)(?: (?:call|mtg|meeting|intro|demo|handoff|deep[- ]?dive))?\s*:\s*(?:booked |set |confirmed )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|\d)/;
const YES =
	/^(?:yes|yeah|yep|yup|ya|correct|absolutely|definitely|exactly|for sure|100%|sure|totally|that's right|that is right|right|we do|we are|we have|we would|we'd love|100 percent|it(?: i|')s(?=[,.!])|that(?: i|')s (?:exactly|what we|right|correct|the dream|the idea|the plan)|that would be (?:great|amazing|ideal|huge)|very much|big time|oh yeah)\b/;
const CONFIRM =
	/👍|✅|✔|\b(?:works|confirmed|sounds good|perfect|see you|booked|deal|ok|okay|send (?:it|the invite|an invite|me the invite)|lock it in|let's do (?:it|that))\b/;
const NO =
	/^(?:no|nope|nah|not really|not at all|not yet|not right now|not now|not for us|not us|not interested|we don't|we do not|we're not|we are not|never|no thanks)\b/;

/**
 * Where notes pasted as a transcript with bare first names begin ("Nick: …", "Angela: …"): two
 * or more names that each speak at least twice. A CRM field list names each label once.
 */
function bareTranscriptFrom(lower: string): number {
	const turns = new Map<string, number>();
	let first = lower.length;
	// The next colon at or after a line's start: a label needs one, and most lines have none.
	let colon = -1;
	for (let start = 0, lines = 0; start < lower.length && lines < MAX_BARE_LINES; lines++) {
		let end = lower.indexOf('\n', start);
		if (end < 0) end = lower.length;
		const head = Math.min(end, start + 80);
		if (colon < start) colon = lower.indexOf(':', start) >>> 0; // none: 2^32 − 1
		const m = colon < head ? BARE.exec(lower.slice(start, head)) : null;
		const name = m?.[1]?.trim();
		if (name !== undefined && !NOT_A_NAME.test(name) && name.split(' ').length <= 2) {
			turns.set(name, (turns.get(name) ?? 0) + 1);
			first = Math.min(first, start);
		}
		start = end + 1;
	}
	let speakers = 0;
	for (const n of turns.values()) if (n >= 2) speakers++;
	return speakers >= 2 ? first : lower.length;
}
/** Lines looked at for bare-name turns: a transcript shows its shape early. */
const MAX_BARE_LINES = 400;

/** Splits lower-cased notes into lines; `transcriptFrom` marks where "Name: text" lines begin. */
export function readLines(lower: string, transcriptFrom = lower.length): Line[] {
	transcriptFrom = Math.min(transcriptFrom, bareTranscriptFrom(lower));
	const lines: Line[] = [];
	/** Speaker index of each line (-1: not a turn). */
	const turns: number[] = [];
	const names = new Map<string, number>();
	const roles: (string | undefined)[] = [];
	let inNext = false;
	let inProducts = false;
	let lastSpeaker = -1;
	let transcriptLines = 0;
	/** Whether the note has two or more chat headers; counted once, at its first labelled line. */
	let chat: boolean | undefined;
	for (let start = 0; start <= lower.length;) {
		let end = lower.indexOf('\n', start);
		if (end < 0) end = lower.length;
		// A line's head is enough to read its structure; very long lines are not re-scanned.
		const head = lower.slice(start, Math.min(end, start + 200));
		const line: Line = {
			start,
			end,
			body: start,
			speaker: 'none',
			nextFrom: end,
			productsFrom: end,
			answer: 0,
			confirms: false,
			heading: false,
			age: 0
		};
		// Speaker labels and inline labels all need a colon (or a timestamp's); most lines have none.
		const colon = head.includes(':');
		const labelled = colon && !AE_SLOT.test(head);
		if (labelled) chat ??= (lower.match(CHAT_HEADERS)?.length ?? 0) >= 2;
		const m = !labelled
			? null
			: (HEADER_LINE.exec(head) ??
				(chat ? CHAT_HEADER.exec(head) : null) ??
				WITH_TIME.exec(head) ??
				WITH_ROLE.exec(head) ??
				SIDE.exec(head) ??
				DIARISED.exec(head) ??
				(start >= transcriptFrom ? BARE.exec(head) : null));
		const name = m?.[1]?.trim();
		if (m && (name === undefined || !NOT_A_NAME.test(name)) && !ROSTER.test(head)) {
			line.body = start + m[0].length;
			if (name !== undefined) {
				let who = names.get(name);
				if (who === undefined) {
					names.set(name, (who = names.size));
					roles.push((m[2] ?? m[3])?.trim());
				}
				lastSpeaker = who;
			}
			transcriptLines++;
			turns.push(lastSpeaker);
		} else if (lastSpeaker >= 0 && head.trim() !== '' && !headingOf(head)) {
			// A wrapped utterance continues the last speaker's turn; a form's field ends it ("Rep:
			// Jordan T." heading a template, then "Date/Time: …", "Pain Points: …").
			if (isField(head)) lastSpeaker = -1;
			turns.push(lastSpeaker);
		} else turns.push(-1);
		const heading = m ? null : headingOf(head);
		if (
			heading &&
			head.trim() !== '' &&
			(/^\s*(?:#|\*\*|__)/.test(head) || /:\s*$/.test(head) || LIST_HEADING.test(head))
		) {
			line.heading = true;
			inNext = NEXT_HEADING.test(heading[1]!);
			inProducts = PRODUCTS_HEADING.test(heading[1]!.trim());
		} else if (!m && NEXT_QUESTION.test(head)) {
			line.heading = true;
			inNext = true;
			inProducts = false;
		} else if (inNext) line.nextFrom = line.body;
		else if (inProducts && !PROSE.test(head)) line.productsFrom = line.body;
		const products = colon ? PRODUCTS_LABEL.exec(head) : null;
		if (products) line.productsFrom = start + products.index + products[0].length;
		const label = colon || LABEL_END.test(head) ? NEXT_LABEL.exec(head) : null;
		if (label) line.nextFrom = Math.min(line.nextFrom, start + label.index + label[0].length);
		lines.push(line);
		start = end + 1;
	}
	if (transcriptLines > 0) assignSides(lower, lines, turns, [...names.keys()], roles);
	ageEntries(lower, lines);
	return lines;
}

/** An activity log entry's first line: "2026-05-20 Call - …", "- May 14, 2026: email sent". */
const DATED = new RegExp(
	String.raw`^\s*(?:[-*•>]\s*)?(?:(\d{4})-(\d{2})-(\d{2})|(${MONTHS.join('|')})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))\b`
);

/** Whether the line at `at` can start with a date: a digit or a month after any bullet. */
function mayStartDated(lower: string, at: number, end: number): boolean {
	while (at < end && ' \t-*•>'.includes(lower[at]!)) at++;
	const c = lower.charCodeAt(at);
	return (c >= 48 && c <= 57) || MONTHS.some((m) => lower.startsWith(m, at));
}

/**
 * A CRM activity history (two or more entries that start with a date) is read newest first:
 * each line gets the number of entry dates newer than its entry's, so that what the latest
 * entry says of a topic replaces what older ones said ("demo booked" then "demo cancelled").
 */
function ageEntries(lower: string, lines: Line[]): void {
	const entries: { line: number; date: number }[] = [];
	lines.forEach((line, i) => {
		if (!mayStartDated(lower, line.start, line.end)) return;
		const m = DATED.exec(lower.slice(line.start, Math.min(line.end, line.start + 40)));
		if (!m) return;
		const date = m[1]
			? Date.UTC(+m[1], +m[2]! - 1, +m[3]!)
			: Date.UTC(+m[6]!, MONTHS.indexOf(m[4]!), +m[5]!);
		if (!Number.isNaN(date)) entries.push({ line: i, date });
	});
	if (entries.length < 2) return;
	const dates = [...new Set(entries.map((e) => e.date))].sort((a, b) => b - a);
	const oldest = dates.length;
	for (let i = 0; i < lines.length; i++) lines[i]!.age = oldest;
	entries.forEach((e, k) => {
		const age = dates.indexOf(e.date);
		const to = entries[k + 1]?.line ?? lines.length;
		for (let i = e.line; i < to; i++) lines[i]!.age = age;
	});
}

/** Which side each speaker is on: by role or label, else by who talks like a seller. */
function assignSides(
	lower: string,
	lines: Line[],
	turns: readonly number[],
	names: readonly string[],
	roles: readonly (string | undefined)[]
): void {
	const sides: Speaker[] = names.map((name, i) => {
		const role = roles[i];
		if (REP_LABEL.test(name) || (role !== undefined && REP_ROLE.test(role))) return 'rep';
		// A role that is no title ("Sean (Acme)") may name either company: the talk decides.
		if (PROSPECT_LABEL.test(name) || (role !== undefined && TITLE.test(role))) return 'prospect';
		return 'none';
	});
	// "Rep (Jordan, SDR):" then "Jordan:" is one person: a bare name found in a rep's label is
	// the rep.
	const repWords = new Set(
		names.flatMap((name, i) =>
			sides[i] === 'rep' ? `${name} ${roles[i] ?? ''}`.split(/[^a-z]+/).filter(Boolean) : []
		)
	);
	for (const [, us] of lower.slice(0, 300).matchAll(US))
		names.forEach((name, i) => {
			if (sides[i] === 'none' && name.split(' ')[0] === us) sides[i] = 'rep';
		});
	if (repWords.size)
		names.forEach((name, i) => {
			if (sides[i] === 'none' && name.length >= 3 && name.split(' ').every((w) => repWords.has(w)))
				sides[i] = 'rep';
		});
	if (sides.includes('none')) {
		// Unlabelled speakers: the one who talks most like a seller is the rep; when nobody does,
		// the one who asks the most questions (a discovery call is the rep's questions), by 2+.
		const sellerTalk = names.map(() => 0);
		const questions = names.map(() => 0);
		lines.forEach((line, i) => {
			const who = turns[i]!;
			if (who < 0 || sides[who] !== 'none') return;
			const body = lower.slice(line.body, Math.min(line.end, line.body + 400));
			if (SELLER_TALK.test(body)) sellerTalk[who]!++;
			if (body.includes('?')) questions[who]!++;
		});
		let best = 0;
		sellerTalk.forEach((n, i) => (best = n > sellerTalk[best]! ? i : best));
		if (sellerTalk[best] === 0) {
			questions.forEach((n, i) => (best = n > questions[best]! ? i : best));
			if (
				questions[best]! >= 2 &&
				questions.every((n, i) => i === best || n + 2 <= questions[best]!)
			)
				sellerTalk[best] = 1;
		}
		const hasRep = sides.includes('rep');
		sides.forEach((side, i) => {
			if (side === 'none')
				sides[i] = !hasRep && i === best && sellerTalk[i]! > 0 ? 'rep' : 'prospect';
		});
	}
	// A debrief between two colleagues ("me: they want an AI agent for night calls" / "lead:
	// budget real?") has the shape of a call, but its seller side reports the prospect: read it
	// as the rep's notes, with no side.
	if (reportsProspect(lower, lines, turns, sides)) sides.fill('none');
	let previous: Speaker = 'none';
	for (const [i, line] of lines.entries()) {
		if (turns[i]! < 0) continue;
		line.speaker = sides[turns[i]!]!;
		// A header alone ("Rick Hanson · 3:55 PM"): the answer is on the lines under it.
		if (line.body >= line.end) continue;
		if (line.speaker === 'prospect' && previous === 'rep') {
			const opening = lower.slice(line.body, Math.min(line.end, line.body + 30)).trimStart();
			// "Yeah." or "Sure." alone lets a pitch pass; a yes counts with words of its own.
			const yes = YES.exec(opening);
			line.answer =
				yes && line.end - line.body > yes[0].length + 12 ? 1 : NO.test(opening) ? -1 : 0;
			line.confirms = line.answer === 0 && (yes !== null || CONFIRM.test(opening));
		}
		previous = line.speaker;
	}
}

/**
 * The rep's side telling of the prospect in the third person ("he said 600 staff", "dan said
 * anything under $250k", "they signed with another vendor", "just came off palmera"): a debrief, not the call.
 */
const REPORT =
	/\b(?:(?:he|she|they) (?:said|says|told|mentioned|asked|want|wants|need|needs|owns?|runs?|reckons|guessed|signed|approved|have|has|lose|loses|use|uses|handle|handles)|said (?:they|he|she)|(?!(?:i|you|we|as)\b)[a-z]+ said|(?:came|got|hopped|jumped) off|spoke (?:to|with))\b/;

function reportsProspect(
	lower: string,
	lines: readonly Line[],
	turns: readonly number[],
	sides: readonly Speaker[]
): boolean {
	let reports = 0;
	for (const [i, line] of lines.entries())
		if (
			turns[i]! >= 0 &&
			sides[turns[i]!] === 'rep' &&
			REPORT.test(lower.slice(line.body, Math.min(line.end, line.body + 400))) &&
			++reports >= 2
		)
			return true;
	return false;
}

compileEarly(
	REPORT,
	WITH_TIME,
	WITH_ROLE,
	BARE,
	SIDE,
	DIARISED,
	HEADER_LINE,
	CHAT_HEADER,
	CHAT_HEADERS,
	ROSTER,
	US,
	REP_LABEL,
	PROSPECT_LABEL,
	TITLE,
	REP_ROLE,
	SELLER_TALK,
	NOT_A_NAME,
	HEADING,
	NOT_IN_HEADING,
	NEXT_HEADING,
	PRODUCTS_HEADING,
	PRODUCTS_LABEL,
	LIST_HEADING,
	NEXT_QUESTION,
	NEXT_LABEL,
	LABEL_END,
	AE_SLOT,
	YES,
	CONFIRM,
	NO,
	DATED
);
