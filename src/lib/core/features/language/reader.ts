import { callMonth, monthsUntilMonth, monthsUntilQuarter, yearsUntil } from './dates';
import {
	HEDGE,
	HEDGE_AFTER,
	JA_NEGATION_AFTER,
	JA_PITCH_BEFORE,
	NEGATION_AFTER,
	NOT_CUES,
	OWN_PRODUCT,
	NEGATION_BEFORE,
	PROGRESSION,
	REP_PITCH,
	SELLER_VOICE,
	VOICE_ADJACENT,
	VOICE_AI,
	VOICE_CATEGORIES,
	VOICE_WEAK
} from './lexicon';
import { readLines, type Line } from './lines';
import { PhraseScanner } from './scanner';
import { compileEarly } from './compile-early';

/**
 * The language layer: one left-to-right pass over lower-cased text finds every phrase of the
 * lexicon, then each phrase is read in its clause — affirmed, denied ("not looking at voice
 * agents", "voice AI is not a priority") or only supposed ("if legal signs off", a question) —
 * and, in transcripts, by who said it. Cost is linear in the text: each phrase looks only at
 * the nearest cue on either side within its clause.
 */

const FAMILIES = {
	...Object.fromEntries(VOICE_CATEGORIES.map((c) => [`voice_${c}`, VOICE_AI[c]])),
	voiceWeak: VOICE_WEAK,
	textBot: VOICE_ADJACENT.textBot,
	telephony: VOICE_ADJACENT.telephony,
	humanCalls: VOICE_ADJACENT.humanCalls,
	distractor: VOICE_ADJACENT.distractor,
	negBefore: NEGATION_BEFORE,
	negAfter: NEGATION_AFTER,
	hedge: HEDGE,
	hedgeAfter: HEDGE_AFTER,
	repPitch: REP_PITCH,
	sellerVoice: SELLER_VOICE,
	notCues: NOT_CUES,
	ownProduct: OWN_PRODUCT,
	...PROGRESSION
} as Record<string, readonly string[]>;

const scanner = new PhraseScanner(FAMILIES);
const F = Object.fromEntries(scanner.names.map((n, i) => [n, i])) as Record<string, number>;
const VOICE_FAMILIES = new Set(VOICE_CATEGORIES.map((c) => F[`voice_${c}`]!));

// A cue reaches this far (characters) within its clause: about six words.
const BEFORE_REACH = 42;
const AFTER_REACH = 60;
const HEDGE_REACH = 90;

/** How a phrase stands in its clause: said as fact, denied, or only supposed (if, maybe, a question). */
export type Stance = 'affirmed' | 'denied' | 'supposed';

export interface Mention {
	family: number;
	start: number;
	end: number;
	stance: Stance;
	/** Said by the rep (a transcript's rep line, or "we pitched …"): not the prospect's own word. */
	byRep: boolean;
	/** On a rep's line of a transcript. */
	repLine: boolean;
	/** Said of what the company sells ("they build voice agents"), not of a project. */
	ownProduct: boolean;
	/** Inside a "Next steps" section or after a "Next:" label. */
	inNext: boolean;
	/** In a list of products covered ("Products discussed: Voice AI, SMS"). */
	inProducts: boolean;
	/** In a clause that ends with a question mark. */
	question: boolean;
	/** Index of the clause, to group mentions said together. */
	clause: number;
	/** Index of the stretch between commas (or clause ends) holding the mention. */
	segment: number;
	/** For a rep's words the prospect took up ("Could you do Monday?" — "Monday works"): that line. */
	answer?: Line;
}

// Sentence and clause ends: punctuation before a space, a line break, a semicolon, "but",
// "however", and a comma that starts a new subject ("…, we want a voice agent").
/**
 * "…, but (told me) it's not in anyone's plan": a "but" whose next words deny is no clause end,
 * so the denial reaches back to what it denies.
 */
const BUT_DENIES = String.raw`(?=\s+(?:[a-z'’]+\s+){0,3}["“]?(?:not|no longer|never|isn't|wasn't|aren't)\b)`;
const BOUNDARY = new RegExp(
	String.raw`[.!?]+['"”’)\]]*(?=\s|$)|[;\n]|\s[-–—]{1,2}\s(?=(?:but|however|though|although|we|they|i|she|he|wants?|needs?|asked|asks)\b)|,\s*(?=(?:but|however|though|although|whereas|so|and then|we|they|i|she|he|it's|its|which|who)\b)(?!but${BUT_DENIES})|\b(?:but(?!${BUT_DENIES})|however|although|though|whereas|except|yet)\b|\b(?:um+|uh+|erm)\b| (?=(?:budget|timeline|timing|next steps?|concerns?|risks?) (?:is|was|wise|he|she|they|we|i|theres|there's|shes|she's|hes|he's|its|it's|so|about|around|roughly|maybe)\b)(?<!\b(?:no|zero|any|without|the|a|their|our|his|her|its|your|my|of|for|on|in|about|approved|annual) )`,
	'g'
);
// The last two: a dictated debrief has no punctuation, so its fillers and spoken labels ("budget
// he threw out five grand", "next step i booked him") are where its clauses end.

// Cue families: they shape how other phrases read and are not mentions themselves.
const NEG_BEFORE = 1;
const NEG_AFTER = 2;
const HEDGE_CUE = 4;
const PITCH = 8;
/** Set on a phrase that is only cues: it shapes others and is no mention itself. */
const ONLY_CUES = 16;
const SELLER = 32;
const HEDGE_AFTER_CUE = 64;
const PRODUCT_CUE = 128;
/** Per family: its cue bit (0: not a cue), a table look-up per phrase. */
const CUE_BITS = new Uint8Array(scanner.names.length);
CUE_BITS[F.negBefore!] = NEG_BEFORE;
CUE_BITS[F.negAfter!] = NEG_AFTER;
CUE_BITS[F.hedge!] = HEDGE_CUE;
CUE_BITS[F.repPitch!] = PITCH;
CUE_BITS[F.sellerVoice!] = SELLER;
CUE_BITS[F.hedgeAfter!] = HEDGE_AFTER_CUE;
CUE_BITS[F.ownProduct!] = PRODUCT_CUE;
function cueMask(families: Uint16Array): number {
	let mask = 0;
	let onlyCues = true;
	for (let k = 0; k < families.length; k++) {
		const bit = CUE_BITS[families[k]!]!;
		mask |= bit;
		if (bit === 0) onlyCues = false;
	}
	return onlyCues ? mask | ONLY_CUES : mask;
}
/** Counts saturate here: a note that says "voice AI" 5,000 times says no more than at 256. */
const MAX_PER_FAMILY = 256;

/** Words of a project, which make "they run a call center and want a voice agent" a need. */
const WANTS =
	/\b(?:want|wants|looking|plan|plans|need|needs|explor\w*|evaluat\w*|considering|interested|like to|hoping|trying|automate)\b/;

// The lexicon's Japanese cues where they touch an English phrase (see readMentions).
const JA_BEFORE = new RegExp(`(?:${JA_PITCH_BEFORE})$`);
const JA_AFTER = new RegExp(JA_NEGATION_AFTER, 'y');
const JA_PITCH = Uint16Array.of(F.repPitch!);
const JA_DENIAL = Uint16Array.of(F.negAfter!);
const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** Japanese and Chinese script (kana, kanji): where the cues above begin and end. */
const isKana = (c: number) => c >= 0x3040 && c <= 0x9fff;

/** Every mention of every family in `lower`, each read in its clause. */
export function readMentions(
	lower: string,
	options: { transcriptFrom?: number } = {}
): { mentions: Mention[]; lines: Line[] } {
	const families: Uint16Array[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	const struck = struckOut(lower);
	let s = 0;
	scanner.scan(lower, (f, start, end) => {
		while (s < struck.length && struck[s]![1] <= start) s++;
		if (s < struck.length && struck[s]![0] <= start) return; // deleted by the writer
		// Japanese runs words together, so a cue written against an English phrase ("こちらのvoice agent",
		// "voice aiではない") touches a letter, which the scanner's word boundary refuses.
		const before =
			isKana(lower.charCodeAt(start - 1)) && isLatin(lower.charCodeAt(start))
				? JA_BEFORE.exec(lower.slice(Math.max(0, start - 4), start))
				: null;
		if (before && start - before[0].length >= (ends.at(-1) ?? 0)) {
			families.push(JA_PITCH);
			starts.push(start - before[0].length);
			ends.push(start);
		}
		families.push(f);
		starts.push(start);
		ends.push(end);
		if (isLatin(lower.charCodeAt(end - 1)) && isKana(lower.charCodeAt(end))) {
			JA_AFTER.lastIndex = end;
			const after = JA_AFTER.exec(lower);
			if (after) {
				families.push(JA_DENIAL);
				starts.push(end);
				ends.push(end + after[0].length);
			}
		}
	});
	const lines = readLines(lower, options.transcriptFrom);
	// Clause ends (positions), and per clause where its question begins: the clause start when
	// it ends in a question mark, the opening quote of a quoted question ('answers "is my car
	// ready?" from the RO' asks nothing of what comes before the quote; so does a parenthesised
	// one: 'an agent that answers 24/7, qualifies (have a lawyer?)'), else never.
	const clauseEnds: number[] = [];
	const questionFrom: number[] = [];
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(lower); m !== null; m = BOUNDARY.exec(lower)) {
		const from = clauseEnds.at(-1) ?? -1;
		clauseEnds.push(m.index);
		let question = Infinity;
		if (m[0].includes('?')) {
			const quote = /['"”’]/.exec(m[0])?.[0];
			question = quote
				? openingQuote(lower, quote, from, m.index)
				: unclosedOpening(lower, from, m.index);
		}
		questionFrom.push(question);
		if (m[0].length === 0) BOUNDARY.lastIndex++;
	}
	clauseEnds.push(lower.length);
	questionFrom.push(Infinity);

	// One sweep each way: the nearest cue before and after each phrase, within its clause.
	// Plain arrays: a typed array costs V8 four times as much to make, and these are a few dozen
	// numbers, made for every text.
	const n = starts.length;
	const clauseOf: number[] = [];
	const lineOf: number[] = [];
	const masks: number[] = [];
	for (let i = 0, c = 0, l = 0; i < n; i++) {
		const at = starts[i]!;
		while (clauseEnds[c]! < at) c++;
		while (lines[l]!.end < at) l++;
		clauseOf.push(c);
		lineOf.push(l);
		masks.push(cueMask(families[i]!));
	}
	const negAfter = nextCue(NEG_AFTER, masks, starts, clauseOf);
	const hedgeAfter = nextCue(HEDGE_AFTER_CUE, masks, starts, clauseOf);

	// Commas (not in numbers) end the reach of a cue before a phrase: in "might look at voice
	// bots someday, not now, just renewed w/ Plivo" neither "might" nor "not" touches "renewed".
	const commas: number[] = [];
	for (let at = lower.indexOf(', '); at >= 0; at = lower.indexOf(', ', at + 1)) commas.push(at);
	commas.push(Infinity);
	let comma = 0;
	let lastComma = -Infinity;

	const mentions: Mention[] = [];
	const perFamily = new Array<number>(scanner.names.length).fill(0);
	let clause = -1;
	let negBefore = -Infinity;
	let hedgeBefore = -Infinity;
	let pitchBefore = -Infinity;
	let sellerBefore = -Infinity;
	let productBefore = -Infinity;
	for (let i = 0; i < n; i++) {
		const start = starts[i]!;
		const end = ends[i]!;
		if (clauseOf[i] !== clause) {
			clause = clauseOf[i]!;
			negBefore = hedgeBefore = pitchBefore = sellerBefore = productBefore = -Infinity;
		}
		while (commas[comma]! < start) lastComma = commas[comma++]!;
		const mask = masks[i]!;
		const line = lines[lineOf[i]!]!;
		// Timestamps, speaker labels and headings are not content; cues alone are not mentions.
		if (start >= line.body && !line.heading && !(mask & ONLY_CUES)) {
			const denied =
				(negBefore > lastComma && start - negBefore <= BEFORE_REACH) ||
				(negAfter[i]! >= 0 && negAfter[i]! - end <= AFTER_REACH);
			const supposed =
				start > questionFrom[clause]! ||
				(hedgeBefore > lastComma && start - hedgeBefore <= HEDGE_REACH) ||
				(hedgeAfter[i]! >= 0 && hedgeAfter[i]! - end <= AFTER_REACH);
			const byRep =
				line.speaker === 'rep' ||
				(pitchBefore > lastComma && start - pitchBefore <= HEDGE_REACH) ||
				(line.speaker === 'none' &&
					sellerBefore > lastComma &&
					start - sellerBefore <= BEFORE_REACH);
			const stance: Stance = denied ? 'denied' : supposed ? 'supposed' : 'affirmed';
			const ownProduct =
				productBefore > lastComma &&
				start - productBefore <= HEDGE_REACH &&
				!WANTS.test(lower.slice(productBefore, start));
			const inNext = start >= line.nextFrom;
			const inProducts = start >= line.productsFrom;
			for (const family of families[i]!)
				if (CUE_BITS[family] === 0 && perFamily[family]!++ < MAX_PER_FAMILY)
					mentions.push({
						family,
						start,
						end,
						stance,
						byRep,
						repLine: line.speaker === 'rep',
						ownProduct,
						inNext,
						inProducts,
						question: start > questionFrom[clause]!,
						clause,
						segment: clause + comma
					});
		}
		if (mask & NEG_BEFORE) negBefore = end;
		if (mask & HEDGE_CUE) hedgeBefore = end;
		if (mask & PITCH) pitchBefore = end;
		if (mask & SELLER) sellerBefore = end;
		if (mask & PRODUCT_CUE) productBefore = end;
	}
	return { mentions: withAnswers(mentions, lines), lines };
}

/** Per phrase, the start of the next phrase after it in its clause that carries cue `bit`, else -1. */
function nextCue(bit: number, masks: number[], starts: number[], clauseOf: number[]): number[] {
	const out = new Array<number>(masks.length).fill(-1);
	for (let i = masks.length - 1, next = -1, nextClause = -1; i >= 0; i--) {
		out[i] = nextClause === clauseOf[i] ? next : -1;
		if (masks[i]! & bit) {
			next = starts[i]!;
			nextClause = clauseOf[i]!;
		}
	}
	return out;
}

/**
 * A prospect's "yes" or "no" to the rep's question or pitch makes its phrases the prospect's
 * own, affirmed or denied ("Is voice AI on your roadmap?" — "Yes, for Q1."; "We also offer
 * voice agents." — "No, not for us."). A bare "Monday works 👍" takes a meeting the rep
 * proposed, and nothing else.
 */
function withAnswers(mentions: Mention[], lines: Line[]): Mention[] {
	if (!lines.some((l) => l.answer !== 0 || l.confirms)) return mentions;
	const out: Mention[] = [];
	let asked: Mention[] = [];
	let l = 0;
	// Answers are capped like mentions, so a transcript of a thousand "no"s stays linear and small.
	let answered = 0;
	const advanceTo = (position: number) => {
		while (l + 1 < lines.length && lines[l]!.end < position) {
			const next = lines[++l]!;
			if ((next.answer !== 0 || next.confirms) && answered++ < MAX_PER_FAMILY)
				for (const q of asked.slice(-16))
					if (next.answer !== 0 || NEXT_STEP_FAMILIES.has(q.family))
						out.push({
							...q,
							byRep: false,
							repLine: false,
							ownProduct: false,
							stance: next.answer < 0 ? 'denied' : 'affirmed',
							answer: next
						});
			if (next.speaker === 'rep') asked = [];
		}
	};
	for (const m of mentions) {
		advanceTo(m.start);
		out.push(m);
		// What the rep asked or pitched; the prospect's yes or no settles it.
		if (lines[l]!.speaker === 'rep' && m.stance !== 'denied') asked.push(m);
	}
	advanceTo(Infinity);
	return out;
}

/** What a note or transcript says, in the terms the features use. NaN = not mentioned. */
export interface CallReading {
	/** The prospect's affirmed Voice AI mentions (strong vocabulary only). */
	voiceAi: number;
	/** Voice AI mentions the prospect denied ("not looking at voice agents"). */
	voiceAiDenied: number;
	/** Voice AI mentions that were the rep's alone (pitches, questions nobody answered). */
	voiceAiPitched: number;
	/** Voice AI the prospect's company sells, as the call describes it ("they build voice agents"). */
	voiceAiProduct: number;
	/** Affirmed mentions of words near Voice AI that do not settle it ("conversational AI", "IVR"). */
	voiceWeak: number;
	/** 0 declined, 1 curious or hypothetical, 2 exploring, 3 committed; NaN not raised by the prospect. */
	voiceIntent: number;
	/** 0 none, 1 unclear, 2 planned, 3 approved. */
	budget: number;
	/** 0 none, 1 unclear, 2 later, 3 soon, 4 now. */
	timeline: number;
	/** 0 junior only, 1 a champion, 2 a decision maker. */
	authority: number;
	/** 0 none, 1 evaluating alternatives, 2 locked in. */
	incumbent: number;
	/** 0 none or disqualified, 1 a vague follow-up, 2 a concrete next step. */
	nextStep: number;
	technical: number;
	vendors: number;
	objections: number;
	positive: number;
	negative: number;
	/** Question marks outside the rep's lines: what the prospect asked. */
	questions: number;
	/** Per family index: the prospect's affirmed mentions (needs and stack read these). */
	affirmed: number[];
	/** Per family index: every mention by anyone, in any stance (products discussed). */
	mentioned: number[];
}

const COMMITTED =
	/\b(?:need|needs|must|greenlit|green[- ]lit|approved|happening|decided|priority|the project|staffed|replace|replacing|build|building|rolling out|roll out|go live|going live|launch|launching|deploy|deploying|plan to|plans to|planning to|want to (?:deploy|launch|roll|replace|automate|put|add|build|move)|wants to (?:deploy|launch|roll|replace|automate|put|add|build|move)|already|in production|live|pilot|budget|committed|signed)\b/;
const EXPLORING =
	/\b(?:explor|evaluat|looking (?:at|for|into)|interested|consider|want|wants|would like|test|trial|see|compar|research|keen|open to|like to)/;

/**
 * After a supposed mention, the prospect saying they want to try *it* makes the supposition a
 * project being explored: "if an AI could book appointments by phone, we want to test that".
 */
const WANTS_IT =
	/\b(?:we|they|i|she|he)(?:'d| would)? (?:really |definitely )?(?:want|wants|like|love|plan|plans|are keen|'re keen|are eager|'re eager) to (?:test|try|pilot|trial|explore|evaluate|see|look at) (?:that|this|it|one|them)\b/;

const NEXT_STEP_FAMILIES = new Set(
	[F.nextConcrete, F.nextVague, F.nextNone, F.meeting, F.meetingGeneric, F.when].map((f) => f!)
);
const PILOT = /^(?:pilot|poc|trial)$/;
const TIMED_FAMILIES = new Set(
	[
		F.nextConcrete,
		F.nextVague,
		F.nextNone,
		F.meeting,
		F.meetingGeneric,
		F.budgetApproved,
		F.budgetPlanned,
		F.budgetNone
	].map((f) => f!)
);
const SELF_NEGATIVE = new Set(
	[
		F.budgetNone,
		F.timeNone,
		F.nextNone,
		F.negativeTone,
		F.authorityJunior,
		F.authorityNone,
		F.incumbentNone
	].map((f) => f!)
);

/** Reads call notes and transcript text (lower-cased). */
export function readCall(lower: string, callDate?: string, transcriptFrom?: number): CallReading {
	const { mentions, lines } = readMentions(lower, { transcriptFrom });
	const call = callMonth(callDate);
	const r: CallReading = {
		voiceAi: 0,
		voiceAiDenied: 0,
		voiceAiPitched: 0,
		voiceAiProduct: 0,
		voiceWeak: 0,
		voiceIntent: NaN,
		budget: NaN,
		timeline: NaN,
		authority: NaN,
		incumbent: NaN,
		nextStep: NaN,
		technical: 0,
		vendors: 0,
		objections: 0,
		positive: 0,
		negative: 0,
		questions: 0,
		affirmed: new Array<number>(scanner.names.length).fill(0),
		mentioned: new Array<number>(scanner.names.length).fill(0)
	};
	// In an activity log the newest entry that speaks of a topic decides it (Line.age); within
	// one entry, and in any other notes, the strongest statement does.
	type State = 'voiceIntent' | 'budget' | 'timeline' | 'incumbent';
	const ageOf: Record<State, number> = {
		voiceIntent: Infinity,
		budget: Infinity,
		timeline: Infinity,
		incumbent: Infinity
	};
	let age = 0;
	const up = (key: State, v: number) => {
		if (age < ageOf[key]) [r[key], ageOf[key]] = [v, age];
		else if (age === ageOf[key] && !(r[key] >= v)) r[key] = v;
	};

	const seen = new Set<number>();
	const next = new Set<number>();
	let nextAge = Infinity;
	const addNext = (state: number) => {
		if (age < nextAge) {
			nextAge = age;
			next.clear();
		}
		if (age === nextAge) next.add(state);
	};
	// Stretches (between commas) that set up a next step, a meeting or a budget: their dates time
	// that ("pricing call with the CFO next week", "follow up in January", "budget once the plan
	// is approved next month"), not the project. A pilot is the project's first step: "trial it
	// before peak in Nov" times the project.
	const segmentTimesOther = new Set<number>();
	const clauseHasWhen = new Set<number>();
	/**
	 * Whether the prospect settled a day: took up a day the rep offered ("Tuesday the 17th?" —
	 * "Tuesday works") or named one with a yes of their own ("Monday afternoon works").
	 */
	let daySettled = false;
	for (const m of mentions) {
		r.mentioned[m.family]!++;
		if (m.stance === 'denied') continue;
		if (
			TIMED_FAMILIES.has(m.family) &&
			!(m.family === F.meeting && PILOT.test(lower.slice(m.start, m.end)))
		)
			segmentTimesOther.add(m.segment);
		if (m.family === F.when && m.stance === 'affirmed') {
			clauseHasWhen.add(m.clause);
			daySettled ||= m.answer !== undefined || lineAt(lines, m.start).confirms;
		}
	}
	const timesAMeeting = (m: Mention) => m.inNext || segmentTimesOther.has(m.segment);

	// One pass over the question marks, each given to its line (a per-line search from the
	// line's start would rescan the rest of the text for every line).
	for (let at = lower.indexOf('?'), l = 0; at >= 0; at = lower.indexOf('?', at + 1)) {
		while (lines[l]!.end < at) l++;
		if (lines[l]!.speaker !== 'rep') r.questions++;
	}
	for (const m of mentions) {
		const f = m.family;
		age = lineAt(lines, m.start).age;
		// The rep's own lines ask and pitch; the prospect's facts are stated on the other side.
		if (m.repLine && !NEXT_STEP_FAMILIES.has(f)) continue;
		// Phrases that are negative in themselves ("no budget", "went dark") keep their meaning
		// after a negation cue: "not ready to buy, no budget" is still no budget.
		const stance = m.stance === 'denied' && SELF_NEGATIVE.has(f) ? 'affirmed' : m.stance;
		const affirmed = stance === 'affirmed';
		if (affirmed && !m.byRep) r.affirmed[f]!++;
		// A product list says what was covered, not what the prospect wants.
		if (m.inProducts) continue;
		if (VOICE_FAMILIES.has(f)) {
			if (m.ownProduct && !m.byRep && affirmed) r.voiceAiProduct++;
			else if (m.byRep && stance !== 'denied') r.voiceAiPitched++;
			else if (stance === 'denied') {
				r.voiceAiDenied++;
				up('voiceIntent', 0);
			} else if (stance === 'supposed')
				up('voiceIntent', WANTS_IT.test(lower.slice(m.end, lineAt(lines, m.start).end)) ? 2 : 1);
			else {
				r.voiceAi++;
				up('voiceIntent', intentAround(lower, m.start, m.end, lineAt(lines, m.start)));
			}
			continue;
		}
		if (f === F.voiceWeak) {
			if (affirmed && !m.byRep) r.voiceWeak++;
			else if (!m.byRep) up('voiceIntent', stance === 'denied' ? 0 : 1);
			continue;
		}
		switch (f) {
			case F.budgetApproved:
				up('budget', stance === 'affirmed' ? 3 : stance === 'supposed' ? 2 : 1);
				break;
			case F.budgetPlanned:
				up('budget', stance === 'denied' ? 1 : 2);
				break;
			case F.budgetNone:
				if (stance !== 'denied') up('budget', stance === 'affirmed' ? 0 : 1);
				break;
			case F.budgetUnclear:
				up('budget', 1);
				break;
			case F.timeNow:
			case F.timeSoon:
				// Urgency is about the project wherever it is said ("start the pilot immediately").
				if (f === F.timeSoon && timesAMeeting(m)) break;
				up('timeline', stance === 'denied' ? 2 : f === F.timeNow ? 4 : 3);
				break;
			case F.timeLater:
				// "Maybe next year" is no timeline at all.
				if (stance !== 'denied' && !timesAMeeting(m)) up('timeline', affirmed ? 2 : 0);
				break;
			case F.timeNone:
				if (stance !== 'denied') up('timeline', 0);
				break;
			case F.timeUnclear:
				up('timeline', 1);
				break;
			case F.monthRef:
			case F.quarterRef:
			case F.yearRef: {
				if (timesAMeeting(m)) break;
				const text = lower.slice(m.start, m.end);
				const months =
					f === F.monthRef
						? monthsUntilMonth(text, call)
						: f === F.quarterRef
							? monthsUntilQuarter(text, call)
							: (yearsUntil(text, call) ?? NaN) * 12;
				if (months === undefined || Number.isNaN(months) || months < 0) break;
				if (f === F.yearRef && months === 0) break;
				up('timeline', stance === 'denied' || months > 3 ? 2 : 3);
				break;
			}
			// Who attended: a decision maker beats everything, "nobody with authority" beats a
			// champion's title, which beats a junior title (see authorityOf).
			case F.authoritySenior:
				seen.add(affirmed ? SENIOR : CHAMPION);
				break;
			case F.authorityNone:
				// "Forward this to whoever owns vendor decisions" says it even as an offer.
				seen.add(NONE_STATED);
				break;
			case F.authorityChampion:
			case F.authorityElsewhere:
				if (affirmed) seen.add(CHAMPION);
				break;
			case F.authorityJunior:
				if (affirmed) seen.add(JUNIOR);
				break;
			case F.incumbentLocked:
				up('incumbent', affirmed ? 2 : 1);
				break;
			case F.incumbentEvaluating:
				if (affirmed) up('incumbent', 1);
				break;
			case F.incumbentNone:
				if (affirmed) up('incumbent', 0);
				break;
			case F.nextConcrete:
				// The prospect asking for it ("can you set up time with our CFO next week?") books it.
				addNext(
					affirmed || (m.question && !m.repLine && stance === 'supposed')
						? CONCRETE
						: stance === 'supposed'
							? VAGUE
							: NOT_CONCRETE
				);
				break;
			case F.nextVague:
				addNext(stance === 'denied' ? NO_STEP : VAGUE);
				break;
			case F.nextNone:
				if (stance !== 'denied') addNext(NO_STEP);
				break;
			case F.meeting:
			case F.meetingGeneric:
				// "AE deep-dive Thu 2pm" under Next steps, or "demo w/ AE 11/14" on one line; a
				// plain "call" with a day is more often the call these notes are about.
				if (affirmed && m.inNext) addNext(clauseHasWhen.has(m.clause) ? CONCRETE : VAGUE);
				else if (affirmed && f === F.meeting && clauseHasWhen.has(m.clause)) addNext(CONCRETE);
				// A meeting the prospect said yes to, on a day they settled.
				else if (affirmed && m.answer && daySettled) addNext(CONCRETE);
				break;
		}
		// Asking technical questions is technical depth, whatever the stance.
		if (f === F.technical && stance !== 'denied') r.technical++;
		if (f === F.technicalDeep && stance !== 'denied') r.technical += 2;
		if (!affirmed) continue;
		if (f === F.vendor) r.vendors++;
		else if (f === F.objection) r.objections++;
		if (f === F.positiveTone || f === F.nextConcrete || f === F.budgetApproved) r.positive++;
		if (
			f === F.negativeTone ||
			f === F.budgetNone ||
			f === F.timeNone ||
			f === F.nextNone ||
			f === F.incumbentLocked
		)
			r.negative++;
	}
	r.authority = authorityOf(seen);
	r.nextStep = nextStepOf(next);
	return r;
}

/** Where the quote closed by `close` at `end` opened, searching back to `from` (the clause start). */
function openingQuote(lower: string, close: string, from: number, end: number): number {
	const open = close === '”' ? '“' : close === '’' ? '‘' : close;
	for (let at = end - 1; at > from; at--) if (lower[at] === open) return at;
	return from;
}

/**
 * Where a question ending at `end` begins when it is inside parentheses or quotes, closed or not:
 * "runs the triage (vomiting? breathing?", "qualifies (have a lawyer?)" and 'wants a bot that asks
 * "delivery done? temp log uploaded?"' ask nothing of the words before the opening. Else `from`.
 * One scan of the clause, so the reading stays linear.
 */
function unclosedOpening(lower: string, from: number, end: number): number {
	const open: number[] = [];
	let quote = -1; // an open straight double quote
	for (let at = from + 1; at < end; at++) {
		const c = lower[at];
		if (c === '(' || c === '“') open.push(at);
		else if (c === ')' || c === '”') open.pop();
		else if (c === '"') quote = quote < 0 ? at : -1;
	}
	return Math.max(open.at(-1) ?? from, quote);
}

/**
 * Spans struck out in Markdown ("~~wants an AI line~~ wants a web form"): what the writer took
 * back, in order. One pass; a "~~" without its pair strikes nothing.
 */
function struckOut(lower: string): [number, number][] {
	const spans: [number, number][] = [];
	if (!lower.includes('~~')) return spans;
	STRUCK.lastIndex = 0;
	for (let m = STRUCK.exec(lower); m !== null; m = STRUCK.exec(lower))
		spans.push([m.index, m.index + m[0].length]);
	return spans;
}
const STRUCK = /~~(?=\S)[^~\n]{1,400}?~~/g;

/** The line holding a position (binary search: lines are sorted). */
function lineAt(lines: readonly Line[], at: number): Line {
	let lo = 0;
	let hi = lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (lines[mid]!.end < at) lo = mid + 1;
		else hi = mid;
	}
	return lines[lo]!;
}

const CONCRETE = 0;
const NO_STEP = 1;
const VAGUE = 2;
/** A concrete step denied ("no meeting booked yet"): no step unless a vague one was agreed. */
const NOT_CONCRETE = 3;
/**
 * A concrete step beats all; "no next steps" beats a polite "they'll reach out", which beats
 * "no meeting booked yet" ("sending docs; no meeting booked yet" is a vague follow-up).
 */
function nextStepOf(next: ReadonlySet<number>): number {
	if (next.has(CONCRETE)) return 2;
	if (next.has(NO_STEP)) return 0;
	if (next.has(VAGUE)) return 1;
	return next.has(NOT_CONCRETE) ? 0 : NaN;
}

const SENIOR = 0;
const NONE_STATED = 1;
const CHAMPION = 2;
const JUNIOR = 3;
function authorityOf(seen: ReadonlySet<number>): number {
	if (seen.has(SENIOR)) return 2;
	if (seen.has(NONE_STATED)) return 0;
	if (seen.has(CHAMPION)) return 1;
	return seen.has(JUNIOR) ? 0 : NaN;
}

/** 3 when the words around a mention (on its line) commit to a project, 2 when they explore. */
function intentAround(lower: string, start: number, end: number, line: Line): number {
	const around = lower.slice(Math.max(line.start, start - 80), Math.min(line.end, end + 80));
	return COMMITTED.test(around) ? 3 : EXPLORING.test(around) ? 2 : 2;
}

/** What a company's own text (description, industry) says about Voice AI and its business. */
export interface CompanyReading {
	/** Affirmed Voice AI phrases. */
	voiceAi: number;
	/** Distinct Voice AI categories among them (agents, STT, TTS, …). */
	voiceCategories: number;
	/** Words near Voice AI that do not settle it. */
	voiceWeak: number;
	/** Hard negatives: text bots, plain telephony, human call services. */
	adjacent: number;
	affirmed: number[];
}

export function readCompany(lower: string): CompanyReading {
	const { mentions } = readMentions(lower);
	const r: CompanyReading = {
		voiceAi: 0,
		voiceCategories: 0,
		voiceWeak: 0,
		adjacent: 0,
		affirmed: new Array<number>(scanner.names.length).fill(0)
	};
	const categories = new Set<number>();
	for (const m of mentions) {
		if (m.stance !== 'affirmed') continue;
		r.affirmed[m.family]!++;
		if (VOICE_FAMILIES.has(m.family)) {
			r.voiceAi++;
			categories.add(m.family);
		} else if (m.family === F.voiceWeak) r.voiceWeak++;
		else if (m.family === F.textBot || m.family === F.telephony || m.family === F.humanCalls)
			r.adjacent++;
	}
	r.voiceCategories = categories.size;
	return r;
}

/** Index of a lexicon family in `affirmed` counts. */
export const FAMILY = F;

compileEarly(BOUNDARY, WANTS, COMMITTED, EXPLORING, WANTS_IT, PILOT);
