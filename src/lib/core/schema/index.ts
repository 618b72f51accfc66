export * from './errors';
export * from './validate';
export {
	Lead,
	type LeadInput,
	IsoDate,
	SpeechSegment,
	CallTranscript,
	ProductsDiscussed
} from './lead';
export { Outcome, Flag } from './outcome';
export { LabeledCall, FELLOW_CALLS_COLUMNS } from './labeled-call';
export { ScoreResult, Factor, WordSpan, RECOMMENDATIONS, PRIORITIES } from './score-result';
