export { binData, MAX_BINS, type BinnedData, type FeatureBins } from './binning';
export {
	predictRow,
	predictMatrix,
	featureImportance,
	sigmoid,
	type Ensemble,
	type Importance
} from './ensemble';
export {
	trainGbdt,
	DEFAULT_GBDT_PARAMS,
	type GbdtParams,
	type GbdtResult,
	type Matrix,
	type TrainInput
} from './gbdt';
export { trainGbdtAuto, AUTO_GBDT, type AutoGbdtResult } from './auto';
export { trainForest, DEFAULT_FOREST_PARAMS, type ForestParams, type ForestResult } from './forest';
export {
	ensembleToJson,
	ensembleFromJson,
	EnsembleJson,
	ModelFormatError,
	TREES_FORMAT,
	TREES_FORMAT_VERSION
} from './model-format';
export { fromXgboostJson, parseXgboostJson } from './xgboost-import';
export { TreeShap } from './treeshap';
export { PackedEnsemble } from './packed';
export { leafIndex, inSet, type Tree } from './tree';
