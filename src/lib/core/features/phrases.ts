/**
 * Sales-call phrase families, each a word-bounded alternation over lower-cased text. They are
 * compiled into one regular expression so a note is scanned once for all of them.
 */
export const PHRASES = {
	positive: String.raw`proposal|poc|proof of concept|pilot|budget approved|approved budget|signed[- ]off|security review|next meeting booked|follow[- ]up booked|decision maker|procurement`,
	negative: String.raw`no budget|just exploring|not a priority|happy with (?:the )?current (?:vendor|provider)|locked into|went dark|too expensive|price too high|no next steps|switching costs|budget is frozen|no deadline`,
	budgetNone: String.raw`no budget|budget is frozen|budget freeze|no budget set aside`,
	budgetPlanned: String.raw`budget (?:is )?(?:planned|being drafted)|line item|budgeted`,
	budgetApproved: String.raw`budget approved|approved budget|signed[- ]off budget`,
	timeNone: String.raw`no timeline|no deadline|open[- ]ended|just exploring|researching`,
	timeLater: String.raw`second half|six months|next year|later this year|revisit`,
	timeSoon: String.raw`this quarter|within \d+ weeks|next month|\d+ weeks|next week|this month|within a month`,
	timeNow: String.raw`asap|urgent|immediately|right away`,
	tech: String.raw`apis?|webhooks?|sdks?|latency|codecs?|failover|architecture|sip|rate limits?|data residency|kafka|integration|event[- ]driven`,
	vendor: String.raw`twilio|vonage|bandwidth|genesys|five9|amazon connect|sinch|plivo|ringcentral|nice incontact|talkdesk`,
	stack: String.raw`twilio|vonage|bandwidth|genesys|five9|amazon connect|aws|sinch|plivo|salesforce|zendesk|hubspot|intercom|kafka`,
	lockIn: String.raw`locked into|just renewed|happy with (?:the )?current (?:vendor|provider)|switching costs`,
	senior: String.raw`cto|ceo|coo|cfo|vp|vice president|head of|founder|director`,
	junior: String.raw`intern|associate|junior|coordinator`,
	objection: String.raw`price too high|concerned about|worried about|needs a dpa|dpa|security questionnaire|migration effort`,
	nextAgreed: String.raw`next meeting booked|follow[- ]up booked|asked for a proposal|pilot agreement|poc plan|security review started|agreed to (?:a |an )?(?:pilot|poc|trial|follow[- ]up|demo|next call)|(?:demo|call|workshop) booked`,
	funding: String.raw`series [a-e]|raised \$?\d+|seed round|funding round`,
	growth: String.raw`growing|grew|hiring|arr|revenue|expanding|scale[- ]up`,
	b2b: String.raw`b2b|enterprise`,
	platform: String.raw`platform|api|developers|self[- ]serve`,
	marketplace: String.raw`marketplace|two[- ]sided`,
	consumer: String.raw`consumers?|dtc|direct[- ]to[- ]consumer|consumer app`,
	auth: String.raw`otp|one[- ]time passcodes?|2fa|two[- ]factor|login codes?|verification|account takeovers?|fraud|identity`,
	transactions: String.raw`payments?|refunds?|orders?|transactions?|collections|checkout`,
	communication: String.raw`notifications?|reminders?|support line|hotline|contact cent(?:er|re)s?|call cent(?:er|re)s?|helpline`,
	productVoiceAi: String.raw`voice ai`,
	productVoice: String.raw`programmable voice|voice(?! ai)`,
	productSms: String.raw`sms|text messages?`,
	productVerify: String.raw`verify|otp|2fa`,
	productWireless: String.raw`wireless|iot|sims?`
} as const;

export type Phrase = keyof typeof PHRASES;
export const PHRASE_NAMES = Object.keys(PHRASES) as Phrase[];

const FAMILY_TESTS = PHRASE_NAMES.map(
	(name) => [name, new RegExp(`^(?:${PHRASES[name]})$`)] as const
);

// Every alternative of every family in one alternation (longest first), so a text is scanned
// once; which families a matched phrase belongs to is worked out once per distinct phrase.
const SCANNER = new RegExp(
	`\\b(?:${[...new Set(PHRASE_NAMES.flatMap((n) => alternatives(PHRASES[n])))]
		.sort((a, b) => b.length - a.length)
		.join('|')})\\b`,
	'g'
);
/** The top-level alternatives of a pattern (a `|` inside parentheses does not split). */
function alternatives(pattern: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '\\') i++;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			out.push(pattern.slice(start, i));
			start = i + 1;
		}
	}
	out.push(pattern.slice(start));
	return out;
}

const familiesOf = new Map<string, Int8Array>();
const CACHE_LIMIT = 10_000;

/** Per phrase family (indexed like PHRASE_NAMES), how often it occurs. */
export type PhraseCounts = Record<Phrase, number>;

/** Adds the phrase-family counts of lower-cased text into `counts` (indexed like PHRASE_NAMES). */
export function addPhraseCounts(lower: string, counts: Int32Array): Int32Array {
	SCANNER.lastIndex = 0;
	for (let m = SCANNER.exec(lower); m !== null; m = SCANNER.exec(lower)) {
		const text = m[0];
		let families = familiesOf.get(text);
		if (!families) {
			families = Int8Array.from(FAMILY_TESTS.flatMap(([, re], i) => (re.test(text) ? [i] : [])));
			if (familiesOf.size < CACHE_LIMIT) familiesOf.set(text, families);
		}
		for (let k = 0; k < families.length; k++) counts[families[k]!]!++;
	}
	return counts;
}

/** Counts as a record by family name. */
export function phraseRecord(counts: Int32Array): PhraseCounts {
	const record = {} as PhraseCounts;
	PHRASE_NAMES.forEach((name, i) => (record[name] = counts[i]!));
	return record;
}
