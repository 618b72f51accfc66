export { runCycle, stamp, type CycleInput, type Trainer } from './cycle';
export { rollback, RollbackError } from './rollback';
export {
	type LifecycleStore,
	type LabelledExample,
	type ServedPrediction,
	type Pointers,
	type PointerChange,
	type SlackMessage
} from './store';
export { MemoryStore } from './memory-store';
export {
	appendCycle,
	EMPTY_CYCLE_LOG,
	type CycleRecord,
	type CycleStatus,
	type CycleLog,
	type CycleSummary
} from './cycle-record';
export {
	DEFAULT_CONFIG,
	resolveConfig,
	type LifecycleConfig,
	type LifecycleSettings
} from './config';
export { detectDrift, binBoth, type DriftReport, type FeatureDrift, type DriftTest } from './drift';
export { monitorChampion, type MonitorReport, type HoldoutMetrics } from './monitor';
export { decideRetrain, type RetrainDecision, type RetrainTrigger } from './policy';
export type { Comparison } from '../stats/compare';
export {
	assignVariant,
	servingPlan,
	compareVariants,
	fnv1a32,
	type RolloutMode,
	type Variant,
	type ServingPlan,
	type ServedOutcome
} from './rollout';
export { cycleAlerts, rollbackAlert } from './alerts';
export { trainingSet, toLabeledCall } from './training-set';
