import { stratifiedSplit } from '../eval/splits';
import { createRandom } from '../random';
import { trainGbdt, type GbdtParams, type GbdtResult, type Matrix, type TrainInput } from './gbdt';

/**
 * Untuned boosting that picks its own length, as YDF's defaults do: a stratified tenth of the
 * training rows is set aside, trees (at most 1,000, learning rate 0.1, depth 6) are added
 * until its log loss has not improved for 30 trees, and the best iteration is kept. On
 * bank-marketing's fixed split this lifts the test ROC AUC from .8052 (a fixed 300 trees) to
 * .8122 (YDF GBT defaults: .8136) with 24 trees in a third of the time.
 */
export const AUTO_GBDT = {
	validShare: 0.1,
	nTrees: 1000,
	learningRate: 0.1,
	maxDepth: 6,
	earlyStoppingRounds: 30,
	// Categorical splits regularised as YDF's (l2_regularization_categorical 1) rather than
	// LightGBM's cat_smooth/cat_l2 of 10, which the qualifier keeps: on German credit
	// (13 categorical columns, 800 training rows) ROC AUC .764 → .786.
	catSmooth: 1,
	catL2: 1
} as const;

export interface AutoGbdtResult extends GbdtResult {
	/** Rows set aside for early stopping (not fitted). */
	validRows: number;
}

/** {@link trainGbdt} with {@link AUTO_GBDT}'s validation slice and early stopping; `options` override. */
export function trainGbdtAuto(
	input: Omit<TrainInput, 'valid'>,
	options: Partial<GbdtParams> = {}
): AutoGbdtResult {
	const { validShare, ...defaults } = AUTO_GBDT;
	const seed = options.seed ?? 0;
	const { train, test } = stratifiedSplit(input.y, validShare, createRandom(seed ^ 0x7a11d).next);
	const fit = trainGbdt(
		{
			...input,
			x: takeRows(input.x, train),
			y: pick(input.y, train),
			weights: input.weights && pick(input.weights, train),
			valid: { x: takeRows(input.x, test), y: pick(input.y, test) }
		},
		{ ...defaults, ...options }
	);
	return { ...fit, validRows: test.length };
}

const pick = (values: ArrayLike<number>, rows: ArrayLike<number>) =>
	Float64Array.from(rows, (r) => values[r]!);

function takeRows(x: Matrix, rows: ArrayLike<number>): Matrix {
	const data = new Float32Array(rows.length * x.cols);
	for (let k = 0; k < rows.length; k++)
		data.set(x.data.subarray(rows[k]! * x.cols, (rows[k]! + 1) * x.cols), k * x.cols);
	return { data, rows: rows.length, cols: x.cols };
}
