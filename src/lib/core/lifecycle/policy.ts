import type { LifecycleConfig } from './config';
import type { DriftReport } from './drift';
import type { MonitorReport } from './monitor';

export type RetrainTrigger = 'schedule' | 'new_samples' | 'accuracy' | 'drift' | 'manual';

export interface RetrainDecision {
	retrain: boolean;
	/** Every rule that fired, in the order listed. */
	triggers: RetrainTrigger[];
	/** One line for the cycle record: why it retrains, or why it skipped. */
	reason: string;
}

const DAY = 86_400_000;

/**
 * Whether this cycle trains a challenger: when the last training is `maxDaysBetweenTraining`
 * days old, when `minNewSamples` outcomes arrived since it, when the accuracy alert fires, when
 * drift was detected, or when forced; otherwise it skips and says why. An accuracy alert or
 * drift that persists with no outcome arrived since the last training does not retrain: the
 * challenger would learn from the same rows (and store another artifact) every night.
 */
export function decideRetrain(
	input: {
		now: Date;
		lastTrainedAt: Date;
		newSamples: number;
		monitor: MonitorReport | null;
		drift: DriftReport | null;
		force?: boolean;
	},
	policy: LifecycleConfig['policy']
): RetrainDecision {
	const days = (input.now.getTime() - input.lastTrainedAt.getTime()) / DAY;
	const fired: [RetrainTrigger, string][] = [];
	if (input.force) fired.push(['manual', 'run on request']);
	if (days >= policy.maxDaysBetweenTraining)
		fired.push([
			'schedule',
			`${days.toFixed(1)} days since the last training (≥ ${policy.maxDaysBetweenTraining})`
		]);
	if (input.newSamples >= policy.minNewSamples)
		fired.push(['new_samples', `${input.newSamples} new outcomes (≥ ${policy.minNewSamples})`]);
	if (policy.onAccuracyAlert && input.monitor?.alert)
		fired.push([
			'accuracy',
			`accuracy ${(100 * input.monitor.accuracy).toFixed(1)}% < ${(100 * input.monitor.accuracy_floor).toFixed(0)}%`
		]);
	if (policy.onDrift && input.drift?.detected)
		fired.push([
			'drift',
			input.drift.dataset_drift
				? `drift in ${input.drift.drifted_features}/${input.drift.features.length} features`
				: 'prediction drift'
		]);
	const stale = input.newSamples === 0 && fired.every(([t]) => t === 'accuracy' || t === 'drift');
	if (fired.length && stale)
		return {
			retrain: false,
			triggers: [],
			reason: `skipped: ${fired.map(([, r]) => r).join('; ')} — but no outcome arrived since the last training, so a challenger would learn nothing new`
		};
	if (fired.length)
		return {
			retrain: true,
			triggers: fired.map(([t]) => t),
			reason: fired.map(([, r]) => r).join('; ')
		};
	const parts = [
		`${days.toFixed(1)} of ${policy.maxDaysBetweenTraining} days since training`,
		`${input.newSamples} of ${policy.minNewSamples} new outcomes`,
		input.monitor
			? `accuracy ${(100 * input.monitor.accuracy).toFixed(1)}% ≥ ${(100 * input.monitor.accuracy_floor).toFixed(0)}%`
			: 'too few recent outcomes to judge accuracy',
		input.drift
			? `drift share ${input.drift.drift_share.toFixed(2)}, no drift`
			: 'too few rows to test drift'
	];
	return { retrain: false, triggers: [], reason: `skipped: ${parts.join(', ')}` };
}
