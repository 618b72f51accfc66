import { leafIndex, type Tree } from './tree';

/**
 * A trained ensemble. Boosting: margin = baseScore + Σ tree outputs, probability = σ(margin).
 * Forest: probability = mean of tree outputs (each leaf holds its positive fraction).
 */
export interface Ensemble {
	kind: 'gbdt' | 'forest';
	trees: Tree[];
	/** Starting margin (log-odds) of boosting; 0 for forests. */
	baseScore: number;
	nFeatures: number;
	/** Indices of categorical features (values are category codes). */
	categorical: number[];
}

export function sigmoid(x: number): number {
	return 1 / (1 + Math.exp(-x));
}

/** Probability of the positive class for one row of raw feature values. */
export function predictRow(model: Ensemble, x: ArrayLike<number>, offset = 0): number {
	let sum = 0;
	for (const tree of model.trees) sum += tree.value[leafIndex(tree, x, offset)]!;
	return model.kind === 'gbdt' ? sigmoid(model.baseScore + sum) : sum / model.trees.length;
}

/** Probabilities for a row-major matrix. */
export function predictMatrix(model: Ensemble, data: Float32Array, rows: number): Float64Array {
	const cols = model.nFeatures;
	if (data.length !== rows * cols)
		throw new RangeError(`matrix has ${data.length} values, expected ${rows}×${cols}`);
	// Tree by tree over all rows: one tree's arrays stay in cache while every row walks it (deep
	// forest trees do not fit together). Each row still adds the trees in order, so the sums are
	// exactly predictRow's.
	const sum = new Float64Array(rows);
	for (const tree of model.trees)
		for (let r = 0; r < rows; r++) sum[r]! += tree.value[leafIndex(tree, data, r * cols)]!;
	const out = new Float64Array(rows);
	for (let r = 0; r < rows; r++)
		out[r] =
			model.kind === 'gbdt' ? sigmoid(model.baseScore + sum[r]!) : sum[r]! / model.trees.length;
	return out;
}

/** Per feature: total loss reduction of its splits (`gain`) and how often it is split on. */
export interface Importance {
	gain: Float64Array;
	splits: Uint32Array;
}

export function featureImportance(model: Ensemble): Importance {
	const gain = new Float64Array(model.nFeatures);
	const splits = new Uint32Array(model.nFeatures);
	for (const tree of model.trees)
		for (let n = 0; n < tree.feature.length; n++) {
			const f = tree.feature[n]!;
			if (f < 0) continue;
			gain[f]! += tree.gain[n]!;
			splits[f]!++;
		}
	return { gain, splits };
}
