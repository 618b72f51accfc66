export {
	FEATURE_SPEC,
	FEATURE_NAMES,
	FEATURE_COUNT,
	FEATURE_EXTRACTION_VERSION,
	FEATURE_INDEX,
	INDUSTRY_CLASSES,
	REGIONS,
	type FeatureSpec
} from './spec';
export { extractFeatures, extractFeatureMatrix } from './extract';
export { voiceAiSignals, VOICE_AI_PATTERNS, type VoiceAiSignals } from './voice';
