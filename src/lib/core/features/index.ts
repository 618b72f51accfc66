export {
	FEATURE_SPEC,
	FEATURE_NAMES,
	FEATURE_COUNT,
	FEATURE_EXTRACTION_VERSION,
	FEATURE_INDEX,
	featureLabel,
	INDUSTRY_CLASSES,
	REGIONS,
	type FeatureSpec
} from './spec';
export { extractFeatures, extractFeatureMatrix } from './extract';
export { voiceAiSignals, type VoiceAiSignals } from './voice';
export { readCall, readCompany, type CallReading, type CompanyReading } from './language/reader';
