export {
	ModelArtifact,
	loadArtifact,
	featureSpecHash,
	ARTIFACT_FORMAT,
	ARTIFACT_FORMAT_VERSION,
	type LoadedModel
} from './artifact';
export {
	Scorer,
	PROGRESSION_WEIGHT,
	type TreeOutputs,
	type TextMargins,
	type EnsembleLeaves,
	type Decision
} from './score';
export {
	trainQualifier,
	MIN_TRAINING_CALLS,
	DISQUALIFY_MAX_LOSS,
	VOICE_AI_MIN_PRECISION,
	type TrainOptions,
	type TrainReport
} from './train';
export { fitPlatt, calibrate, type PlattCalibration } from './calibration';
export { reasonFor } from './reasons';
