import type { GbdtParams } from '../trees';
import type { RolloutMode } from './rollout';

/** Every threshold of the learning cycle, in one place. `resolveConfig` fills in the defaults. */
export interface LifecycleConfig {
	monitor: {
		/** Accuracy (at p ≥ 0.5) of the champion on recent outcomes below which it alerts. @default 0.75 */
		accuracyFloor: number;
		/** Recent = outcomes that occurred in the last this many days. @default 28 */
		windowDays: number;
		/** Fewer recent outcomes than this: no metrics, no alert. @default 20 */
		minRows: number;
	};
	drift: {
		/** At or above this many recent rows, distance tests replace p-value tests (Evidently's cut). @default 1000 */
		largeSampleRows: number;
		/** Small samples: KS / chi-square p-value below which a feature drifted. @default 0.05 */
		pValue: number;
		/** Large samples: Jensen–Shannon distance above which a feature drifted (Evidently's default). @default 0.1 */
		distance: number;
		/** Share of drifted features at which the data set counts as drifted (Evidently's default). @default 0.5 */
		shareThreshold: number;
		/** Fewer recent rows than this: no drift test. @default 20 */
		minRows: number;
	};
	policy: {
		/** Retrain when the last training is at least this many days old. @default 7 */
		maxDaysBetweenTraining: number;
		/** Retrain when at least this many outcomes arrived since the last training. @default 20 */
		minNewSamples: number;
		/** Retrain when the accuracy alert fires. @default true */
		onAccuracyAlert: boolean;
		/** Retrain when the data set (or the prediction distribution) drifted. @default true */
		onDrift: boolean;
	};
	training: {
		/** Train on at most this many most recent labelled calls. @default 50000 */
		cap: number;
		/** Recency weighting: a call's weight halves every this many days of age. @default 45 */
		halfLifeDays: number;
		/**
		 * The most recent share of labelled calls held out to compare champion and challenger,
		 * within [minHoldoutRows, maxHoldoutRows]. @default 0.2
		 */
		holdoutFraction: number;
		/** Fewer holdout calls than this: the cycle fails (no meaningful comparison). @default 40 */
		minHoldoutRows: number;
		/**
		 * At most this many: enough for the paired test to see a real gain, while the weeks
		 * before it — the newest a challenger can learn from — stay in training. @default 300
		 */
		maxHoldoutRows: number;
		/** Fewer positives (or negatives) than this in training or holdout: the cycle fails. @default 10 */
		minPositives: number;
		/**
		 * A challenger promoted directly is refitted on every labelled call, the holdout it won on
		 * included, and that refit serves. @default true
		 */
		refit: boolean;
		seed: number;
		/**
		 * A challenger's boosting settings over the qualifier's (QUALIFIER_GBDT): a cycle learns
		 * from a few thousand recency-weighted calls, where leaves of at least 20 (hessian) weight
		 * and a stronger L2 pull generalise better than the baseline's settings for ~100,000 calls
		 * (bench/RESULTS.md, "Learning loop"). @default { minChildWeight: 20, lambda: 5 }
		 */
		gbdt: Partial<GbdtParams>;
	};
	promotion: {
		/**
		 * One-sided level of the paired log-loss test of a challenger against the champion on the
		 * holdout. 0.5 promotes on a lower holdout log loss alone: the challenger learned newer
		 * outcomes, and holding it to p < 0.05 on ~300 calls kept better models waiting (on the
		 * simulation, 0.3 points nearer Bayes-optimal on each of five seeds' fresh calls;
		 * bench/RESULTS.md, "Learning loop"). @default 0.5
		 */
		alpha: number;
		/** The level when this cycle's drift report detected drift (with a stricter `alpha`). @default 0.5 */
		alphaOnDrift: number;
		/** One-sided level of the log-loss test that ends a live trial (shadow / ab). @default 0.05 */
		trialAlpha: number;
		/** direct: a significantly better challenger serves at once; shadow / ab: it is tried live first. @default 'direct' */
		mode: RolloutMode;
		/** A/B: the share of leads the challenger serves. @default 0.2 */
		abShare: number;
		/** Live trial: outcomes needed before the challenger can be judged. @default 50 */
		minLiveRows: number;
		/** Live trial: a challenger still inconclusive after this many days is retired. @default 28 */
		maxTrialDays: number;
	};
	/** Cycle records kept in full; older ones are folded into a summary. @default 50 */
	keepCycles: number;
}

export const DEFAULT_CONFIG: LifecycleConfig = {
	monitor: { accuracyFloor: 0.75, windowDays: 28, minRows: 20 },
	drift: { largeSampleRows: 1000, pValue: 0.05, distance: 0.1, shareThreshold: 0.5, minRows: 20 },
	policy: { maxDaysBetweenTraining: 7, minNewSamples: 20, onAccuracyAlert: true, onDrift: true },
	training: {
		cap: 50_000,
		halfLifeDays: 45,
		holdoutFraction: 0.2,
		minHoldoutRows: 40,
		maxHoldoutRows: 300,
		minPositives: 10,
		refit: true,
		seed: 0,
		gbdt: { minChildWeight: 20, lambda: 5 }
	},
	promotion: {
		alpha: 0.5,
		alphaOnDrift: 0.5,
		trialAlpha: 0.05,
		mode: 'direct',
		abShare: 0.2,
		minLiveRows: 50,
		maxTrialDays: 28
	},
	keepCycles: 50
};

/** Partial settings per section, as a host reads them from its configuration. */
export type LifecycleSettings = { [K in keyof LifecycleConfig]?: Partial<LifecycleConfig[K]> };

export function resolveConfig(settings: LifecycleSettings = {}): LifecycleConfig {
	const d = DEFAULT_CONFIG;
	return {
		monitor: { ...d.monitor, ...settings.monitor },
		drift: { ...d.drift, ...settings.drift },
		policy: { ...d.policy, ...settings.policy },
		training: { ...d.training, ...settings.training },
		promotion: { ...d.promotion, ...settings.promotion },
		keepCycles: (settings.keepCycles as number | undefined) ?? d.keepCycles
	};
}
