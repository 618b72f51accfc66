export {
	ModelArtifact,
	loadArtifact,
	featureSpecHash,
	ARTIFACT_FORMAT,
	ARTIFACT_FORMAT_VERSION,
	type LoadedModel
} from './artifact';
export { Scorer, PROGRESSION_WEIGHT } from './score';
export {
	trainQualifier,
	DISQUALIFY_MAX_LOSS,
	VOICE_AI_MIN_PRECISION,
	type TrainOptions,
	type TrainReport
} from './train';
export { fitPlatt, calibrate, type PlattCalibration } from './calibration';
export { reasonFor } from './reasons';
