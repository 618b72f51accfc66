import { createRandom, sampleInto, type Random } from '../random';
import { binData, type BinnedData } from './binning';
import { sigmoid, type Ensemble } from './ensemble';
import { growTree } from './grower';
import { checkParams, DEFAULT_TREE_PARAMS, type TreeParams } from './params';
import { leafIndex, type Tree } from './tree';

export interface GbdtParams extends TreeParams {
	nTrees: number;
	learningRate: number;
	/** Fraction of rows each tree sees (sampled without replacement). */
	subsample: number;
	/** Fraction of features each tree may use. */
	colsampleByTree: number;
	/** Stop when the validation log loss has not improved for this many trees. */
	earlyStoppingRounds: number;
	seed: number;
	maxBins: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = {
	...DEFAULT_TREE_PARAMS,
	nTrees: 300,
	learningRate: 0.1,
	subsample: 1,
	colsampleByTree: 1,
	earlyStoppingRounds: 30,
	seed: 0,
	maxBins: 255
};

/** A labelled row-major matrix. */
export interface Matrix {
	data: Float32Array;
	rows: number;
	cols: number;
}

export interface TrainInput {
	x: Matrix;
	/** 0/1 labels. */
	y: ArrayLike<number>;
	weights?: ArrayLike<number>;
	/** Indices of categorical columns (values are category codes 0…254). */
	categorical?: number[];
	/** Early stopping watches the log loss on this set. */
	valid?: { x: Matrix; y: ArrayLike<number> };
	/** Called after each tree, e.g. for a progress bar. */
	onTree?: (done: number, total: number, validLoss: number | undefined) => void;
}

export interface GbdtResult {
	model: Ensemble;
	/** Trees kept (the best validation iteration), equal to nTrees without a validation set. */
	bestIteration: number;
	/** Validation log loss after each tree. */
	validLoss: number[];
}

/** Second-order gradient boosting with a binary logistic objective (XGBoost `binary:logistic`). */
export function trainGbdt(input: TrainInput, options: Partial<GbdtParams> = {}): GbdtResult {
	const params = { ...DEFAULT_GBDT_PARAMS, ...options };
	checkParams(params as unknown as Record<string, number>, {
		nTrees: [1, 100_000],
		learningRate: [1e-6, 1],
		subsample: [1e-6, 1],
		colsampleByTree: [1e-6, 1],
		maxDepth: [1, 64],
		maxLeaves: [2, Infinity],
		lambda: [0, Infinity],
		gamma: [0, Infinity],
		minChildWeight: [0, Infinity],
		maxBins: [2, 255],
		minCatHessian: [0, Infinity],
		maxCatThreshold: [1, 255]
	});
	const { x, y } = input;
	const { n, w, random, data } = prepareTraining(input, params);

	let pos = 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		pos += y[i]! * w[i]!;
		total += w[i]!;
	}
	const prior = Math.min(Math.max(pos / total, 1e-6), 1 - 1e-6);
	const baseScore = Math.log(prior / (1 - prior));
	const model: Ensemble = {
		kind: 'gbdt',
		trees: [],
		baseScore,
		nFeatures: x.cols,
		categorical: [...(input.categorical ?? [])]
	};

	const margin = new Float64Array(n).fill(baseScore);
	const grad = new Float64Array(n);
	const hess = new Float64Array(n);
	const valid = input.valid;
	const validMargin = valid ? new Float64Array(valid.x.rows).fill(baseScore) : undefined;
	const validLoss: number[] = [];
	let best = { loss: Infinity, iteration: 0 };
	const allFeatures = Int32Array.from({ length: x.cols }, (_, i) => i);
	const featurePool = Int32Array.from(allFeatures);
	const treeFeatures = Math.max(1, Math.round(x.cols * params.colsampleByTree));

	for (let t = 0; t < params.nTrees; t++) {
		for (let i = 0; i < n; i++) {
			const p = sigmoid(margin[i]!);
			grad[i] = (p - y[i]!) * w[i]!;
			hess[i] = Math.max(p * (1 - p), 1e-16) * w[i]!;
		}
		const rows = sampleRows(n, params.subsample, random, w);
		const features =
			params.colsampleByTree < 1
				? sampleInto(featurePool, treeFeatures, random, new Int32Array(treeFeatures))
				: allFeatures;
		const grown = growTree({ data, grad, hess, rows, features, params, random });
		const tree = grown.tree;
		for (let k = 0; k < tree.value.length; k++) tree.value[k]! *= params.learningRate;
		model.trees.push(tree);

		if (rows.length === n) {
			// Every row took part: the grower's leaf spans say where each one landed.
			for (let node = 0; node < tree.feature.length; node++) {
				if (tree.feature[node]! >= 0) continue;
				const value = tree.value[node]!;
				for (let i = grown.begin[node]!; i < grown.end[node]!; i++) margin[rows[i]!]! += value;
			}
		} else addTree(tree, x, margin);
		if (valid && validMargin) {
			addTree(tree, valid.x, validMargin);
			const loss = logLoss(validMargin, valid.y);
			validLoss.push(loss);
			if (loss < best.loss - 1e-12) best = { loss, iteration: t + 1 };
			else if (t + 1 - best.iteration >= params.earlyStoppingRounds) break;
		}
		input.onTree?.(t + 1, params.nTrees, validLoss.at(-1));
	}
	if (valid) model.trees.length = best.iteration;
	return { model, bestIteration: model.trees.length, validLoss };
}

function addTree(tree: Tree, x: Matrix, margin: Float64Array): void {
	for (let r = 0; r < x.rows; r++) margin[r]! += tree.value[leafIndex(tree, x.data, r * x.cols)]!;
}

function logLoss(margin: Float64Array, y: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < margin.length; i++) {
		const m = margin[i]!;
		// log(1 + e^−m) for y=1, log(1 + e^m) for y=0, computed without overflow.
		const z = y[i] === 1 ? -m : m;
		const loss = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
		sum += loss;
	}
	return sum / margin.length;
}

/** What both learners start from: checked labels and weights, the seeded PRNG, the bins. */
export function prepareTraining(
	input: Omit<TrainInput, 'valid'>,
	params: { seed: number; maxBins: number }
): { n: number; w: Float64Array; random: Random; data: BinnedData } {
	const { x, y } = input;
	const w = checkLabels(y, x.rows, input.weights);
	const random = createRandom(params.seed);
	const data = binData(x.data, x.rows, x.cols, {
		categorical: input.categorical,
		maxBins: params.maxBins
	});
	return { n: x.rows, w, random, data };
}

/** Validates labels (0/1) and weights (finite, ≥ 0) and returns the weights. */
function checkLabels(y: ArrayLike<number>, n: number, weights?: ArrayLike<number>): Float64Array {
	if (y.length !== n) throw new RangeError(`${y.length} labels for ${n} rows`);
	for (let i = 0; i < n; i++)
		if (y[i] !== 0 && y[i] !== 1)
			throw new RangeError(`label of row ${i} is ${y[i]}; expected 0 or 1`);
	const w = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const wi = weights ? weights[i]! : 1;
		if (!(wi >= 0 && Number.isFinite(wi)))
			throw new RangeError(`weight of row ${i} is ${wi}; expected a finite number ≥ 0`);
		w[i] = wi;
	}
	return w;
}

/** Rows with positive weight, each kept with probability `fraction`. */
function sampleRows(n: number, fraction: number, random: Random, w: Float64Array): Uint32Array {
	const rows = new Uint32Array(n);
	let m = 0;
	for (let i = 0; i < n; i++)
		if (w[i]! > 0 && (fraction >= 1 || random.next() < fraction)) rows[m++] = i;
	return rows.subarray(0, m);
}
