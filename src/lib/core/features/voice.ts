import { readCall } from './language/reader';

export { VOICE_AI, VOICE_CATEGORIES } from './language/lexicon';

export interface VoiceAiSignals {
	/** The prospect's mentions stated as fact. */
	positive: number;
	/** Mentions denied ("not looking at voice agents"). */
	negated: number;
	/** 0 declined, 1 curious, 2 exploring, 3 committed; NaN never raised. */
	intent: number;
}

/** Voice AI mentions in call text (any case), read in their clauses. */
export function voiceAiSignals(text: string): VoiceAiSignals {
	const r = readCall(text.toLowerCase());
	return { positive: r.voiceAi, negated: r.voiceAiDenied, intent: r.voiceIntent };
}
