import type { Ensemble } from './ensemble';
import { prepareTraining, type TrainInput } from './gbdt';
import { growTree } from './grower';
import { checkParams, DEFAULT_TREE_PARAMS, type TreeParams } from './params';
import { leafIndex } from './tree';

export interface ForestParams extends TreeParams {
	nTrees: number;
	/** Features tried per split; default √features (rounded), as scikit-learn's `sqrt`. */
	featuresPerNode?: number;
	/** Draw a bootstrap sample per tree (with replacement); false = every tree sees all rows. */
	bootstrap: boolean;
	seed: number;
	maxBins: number;
}

export const DEFAULT_FOREST_PARAMS: ForestParams = {
	...DEFAULT_TREE_PARAMS,
	nTrees: 300,
	maxDepth: 64,
	lambda: 0,
	// Leaves of ≥10 (bootstrap-weighted) rows: on bank-marketing both faster and more accurate
	// than growing to purity (scikit-learn's min_samples_leaf=1).
	minChildWeight: 10,
	catSmooth: 0,
	bootstrap: true,
	seed: 0,
	maxBins: 255
};

export interface ForestResult {
	model: Ensemble;
	/** Out-of-bag probability per training row (NaN where every tree saw the row). */
	oob: Float64Array;
}

/**
 * Random forest of classification trees on the same histograms as boosting. With gradient
 * −y·w and hessian w, the second-order gain with λ = 0 equals the weighted reduction of
 * squared error, which for 0/1 labels is exactly the Gini impurity decrease; leaves hold
 * −G/H = the weighted fraction of positives, and the forest averages them.
 */
export function trainForest(
	input: Omit<TrainInput, 'valid'>,
	options: Partial<ForestParams> = {}
): ForestResult {
	const { x, y } = input;
	const params: ForestParams = {
		...DEFAULT_FOREST_PARAMS,
		featuresPerNode: Math.max(1, Math.round(Math.sqrt(x.cols))),
		...options
	};
	checkParams(params as unknown as Record<string, number>, {
		nTrees: [1, 100_000],
		maxDepth: [1, 64],
		featuresPerNode: [1, x.cols],
		minChildWeight: [0, Infinity],
		maxBins: [2, 255],
		minCatHessian: [0, Infinity],
		maxCatThreshold: [1, 255]
	});
	const { n, w, random, data } = prepareTraining(input, params);
	const model: Ensemble = {
		kind: 'forest',
		trees: [],
		baseScore: 0,
		nFeatures: x.cols,
		categorical: [...(input.categorical ?? [])]
	};
	const features = Int32Array.from({ length: x.cols }, (_, i) => i);

	const grad = new Float64Array(n);
	const hess = new Float64Array(n);
	const counts = new Uint32Array(n);
	const oobSum = new Float64Array(n);
	const oobTrees = new Uint32Array(n);
	for (let t = 0; t < params.nTrees; t++) {
		counts.fill(params.bootstrap ? 0 : 1);
		if (params.bootstrap) for (let i = 0; i < n; i++) counts[random.int(n)]!++;
		let m = 0;
		for (let i = 0; i < n; i++) {
			hess[i] = counts[i]! * w[i]!;
			grad[i] = -y[i]! * hess[i]!;
			if (hess[i]! > 0) m++;
		}
		const rows = new Uint32Array(m);
		for (let i = 0, j = 0; i < n; i++) if (hess[i]! > 0) rows[j++] = i;
		const { tree } = growTree({ data, grad, hess, rows, features, params, random });
		model.trees.push(tree);
		for (let i = 0; i < n; i++)
			if (counts[i] === 0) {
				oobSum[i]! += tree.value[leafIndex(tree, x.data, i * x.cols)]!;
				oobTrees[i]!++;
			}
		input.onTree?.(t + 1, params.nTrees, undefined);
	}
	const oob = oobSum.map((s, i) => (oobTrees[i]! > 0 ? s / oobTrees[i]! : NaN));
	return { model, oob };
}
