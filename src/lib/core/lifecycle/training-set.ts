import type { LabeledCall } from '../schema/labeled-call';
import type { LifecycleConfig } from './config';
import type { LabelledExample } from './store';

const DAY = 86_400_000;

/** A labelled example as a training row (needs both labels). */
export function toLabeledCall(e: LabelledExample): LabeledCall {
	return { ...e.lead, progressed: e.progressed, voice_ai: e.voice_ai ?? false };
}

/**
 * Divides the labelled history (oldest first) for one challenger: the most recent
 * `holdoutFraction` (within [minHoldoutRows, maxHoldoutRows]) is the holdout both models are judged on;
 * the rest, capped to the `cap` most recent with a known Voice AI label, trains — each row
 * weighted 2^(−age / halfLifeDays) by the age of its outcome, so last month's calls count
 * about 63%, a quarter ago 25% and last year's about 0.4% at the default 45-day half-life: the model follows a
 * drifting world yet keeps enough rows to learn rare patterns. (Weights go to the tree
 * learner as sample weights; see TrainOptions.weights.)
 * @throws RangeError when too few rows or positives remain for a meaningful comparison.
 */
export function trainingSet(
	history: readonly LabelledExample[],
	now: Date,
	config: LifecycleConfig['training']
): { train: LabelledExample[]; weights: Float64Array; holdout: LabelledExample[] } {
	const k = Math.min(
		config.maxHoldoutRows,
		Math.max(config.minHoldoutRows, Math.round(history.length * config.holdoutFraction))
	);
	const holdout = history.slice(Math.max(0, history.length - k));
	const train = history
		.slice(0, history.length - holdout.length)
		.filter((e) => e.voice_ai !== undefined)
		.slice(-config.cap);
	if (holdout.length < config.minHoldoutRows || train.length < 50)
		throw new RangeError(
			`too few labelled calls: ${train.length} to train (need 50) and ${holdout.length} to hold out (need ${config.minHoldoutRows})`
		);
	for (const [name, rows] of [
		['training', train],
		['holdout', holdout]
	] as const) {
		const positives = rows.filter((e) => e.progressed).length;
		if (Math.min(positives, rows.length - positives) < config.minPositives)
			throw new RangeError(
				`too few positives: ${name} has ${positives} progressed of ${rows.length}; need ${config.minPositives} of each class`
			);
	}
	return { train, weights: recencyWeights(train, now, config.halfLifeDays), holdout };
}

/** Per example: 2^(−age / halfLifeDays), its outcome's age in days at `now`. */
export function recencyWeights(
	rows: readonly LabelledExample[],
	now: Date,
	halfLifeDays: number
): Float64Array {
	return Float64Array.from(rows, (e) =>
		Math.pow(2, -Math.max(0, now.getTime() - Date.parse(e.occurred_at)) / DAY / halfLifeDays)
	);
}
