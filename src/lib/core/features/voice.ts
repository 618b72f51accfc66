/**
 * Voice AI mentions, one word-bounded pattern each (so "stt" does not fire inside "Seattle",
 * nor "ivr" inside "Ivry"), on lower-cased text.
 */
export const VOICE_AI_PATTERNS: Readonly<Record<string, string>> = {
	voice_ai: String.raw`voice[- ]ai`,
	voice_agent: String.raw`voice[- ]?agents?`,
	phone_ai_agent: String.raw`ai[- ]agents? (?:on|over|for|answering) (?:the )?(?:phones?|calls?)`,
	conversational_ai: String.raw`conversational[- ]ai`,
	ivr: String.raw`ivrs?`,
	speech_recognition: String.raw`speech[- ]recognition|asr`,
	speech_to_text: String.raw`speech[- ]to[- ]text|stt`,
	text_to_speech: String.raw`text[- ]to[- ]speech|tts`,
	voicebot: String.raw`voice[- ]?bots?`,
	call_automation: String.raw`call automation|automated (?:phone )?calls?`,
	virtual_agent: String.raw`virtual agents?`,
	nlu: String.raw`nlu|natural language understanding`,
	realtime_transcription: String.raw`real[- ]?time transcription`,
	media_streams: String.raw`media streams?`,
	sip_trunking: String.raw`sip trunk(?:ing|s)?`,
	contact_center_ai: String.raw`contact cent(?:er|re) ai`,
	voice_assistant: String.raw`voice assistants?`,
	llm_phone: String.raw`llms? (?:on|over|for|answering) (?:the )?(?:phones?|calls?)`,
	outbound_dialer: String.raw`(?:outbound|auto|predictive)[- ]?dialers?`,
	call_routing: String.raw`(?:intelligent |smart )?call routing`
};

// Cues within five words before a mention, or later in its sentence, that turn it into a
// non-intent: "not looking at voice AI", "asked about voice AI out of curiosity".
const NEGATION_BEFORE =
	/\b(?:not|no|never|don't|doesn't|isn't|aren't|won't|without|ruled out|not interested in|not looking at|no plans for)\b/;
const NEGATION_AFTER =
	/\b(?:is not a priority|not a priority|was ruled out|ruled out|not interested|no real project|out of curiosity|in passing|not buying|nothing planned)\b/;

const VOICE = new RegExp(
	`\\b(?:${Object.entries(VOICE_AI_PATTERNS)
		.map(([name, p]) => `(?<${name}>${p})`)
		.join('|')})\\b`,
	'g'
);
const PATTERN_NAMES = Object.keys(VOICE_AI_PATTERNS);

export interface VoiceAiSignals {
	/** Mentions that read as interest. */
	positive: number;
	/** Strongest intent among the positive mentions: 0 none, 1 exploring, 2 committed. */
	intent: number;
	/** Mentions that are negated or hedged. */
	negated: number;
	/** Names of the patterns that matched positively, in order of appearance. */
	patterns: string[];
}

/** Voice AI mentions in `text` (any case), split into positive and negated. */
export function voiceAiSignals(text: string): VoiceAiSignals {
	return voiceAiSignalsInLower(text.toLowerCase());
}

/** {@link voiceAiSignals} on text already lower-cased. */
export function voiceAiSignalsInLower(lower: string): VoiceAiSignals {
	const result: VoiceAiSignals = { positive: 0, intent: 0, negated: 0, patterns: [] };
	VOICE.lastIndex = 0;
	for (let m = VOICE.exec(lower); m !== null; m = VOICE.exec(lower)) {
		if (isNegated(lower, m.index, m.index + m[0].length)) result.negated++;
		else {
			result.positive++;
			result.intent = Math.max(result.intent, intentOf(lower, m.index));
			result.patterns.push(PATTERN_NAMES.find((n) => m.groups![n] !== undefined)!);
		}
	}
	return result;
}

const BOUNDARY = /[.!?;\n]/;
// Wording that makes a mention a plan rather than a look around.
const EXPLORING =
	/\b(?:exploring|evaluating|interested|looking at|would like|considering|researching|curious|test(?:ing)?)\b/;
const COMMITTED =
	/\b(?:replace|committed|building|build|plans?|already|board|must|go live|needs?|rolling out|launch(?:ing)?)\b/;

/** 2 when the mention's sentence commits to a project, 1 when it only explores. */
function intentOf(lower: string, at: number): number {
	let from = at;
	while (from > 0 && !BOUNDARY.test(lower[from - 1]!)) from--;
	let to = at;
	while (to < lower.length && !BOUNDARY.test(lower[to]!)) to++;
	const sentence = lower.slice(from, to);
	return EXPLORING.test(sentence) ? 1 : COMMITTED.test(sentence) ? 2 : 1;
}

/** Whether a mention at [start, end) sits in a negated or hedged clause of its sentence. */
export function isNegated(lower: string, start: number, end: number): boolean {
	let from = start;
	let words = 0;
	// Walk back at most five words, stopping at the sentence (or clause) boundary.
	while (from > 0 && words <= 5) {
		const c = lower[from - 1]!;
		if (BOUNDARY.test(c)) break;
		if (c === ' ' && lower[from] !== ' ') words++;
		from--;
	}
	if (NEGATION_BEFORE.test(lower.slice(from, start))) return true;
	let to = end;
	while (to < lower.length && !BOUNDARY.test(lower[to]!)) to++;
	return NEGATION_AFTER.test(lower.slice(end, to));
}
