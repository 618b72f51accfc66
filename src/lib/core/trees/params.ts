/** Settings of one tree (shared by gradient boosting and the random forest). */
export interface TreeParams {
	/** Deepest level a node may sit at (root = 0). */
	maxDepth: number;
	/** Grow leaf-wise (best gain first) up to this many leaves; Infinity = limited by depth only. */
	maxLeaves: number;
	/** L2 regularisation λ on leaf weights (XGBoost `lambda`). */
	lambda: number;
	/** Minimum loss reduction to make a split (XGBoost `gamma`). */
	gamma: number;
	/** Minimum sum of hessians in a child (XGBoost `min_child_weight`; sample weight for forests). */
	minChildWeight: number;
	/** Features considered per node; undefined = all of the tree's features. */
	featuresPerNode?: number;
	/**
	 * Added to a category's hessian when ordering categories by gradient/hessian for a
	 * categorical split (LightGBM `cat_smooth`): keeps rare categories from looking extreme.
	 */
	catSmooth: number;
	/** Extra L2 regularisation for categorical splits (LightGBM `cat_l2`). */
	catL2: number;
	/** Up to this many categories in a node, split one category against the rest. */
	maxCatToOnehot: number;
	/**
	 * Above maxCatToOnehot, categories with a smaller hessian sum in the node are not ranked
	 * and stay on the right (LightGBM ranks only categories with ≥ cat_smooth rows; a hessian
	 * of 2 is about 10 rows at p = 0.3).
	 */
	minCatHessian: number;
	/** At most this many categories go left in a partition split (LightGBM `max_cat_threshold`). */
	maxCatThreshold: number;
}

export const DEFAULT_TREE_PARAMS: TreeParams = {
	maxDepth: 6,
	maxLeaves: Infinity,
	lambda: 1,
	gamma: 0,
	minChildWeight: 1,
	catSmooth: 10,
	catL2: 10,
	maxCatToOnehot: 16,
	minCatHessian: 2,
	maxCatThreshold: 32
};

/** Throws a RangeError naming the first setting outside its domain. */
export function checkParams(
	params: Record<string, number | undefined>,
	rules: Record<string, [number, number]>
): void {
	for (const [name, [min, max]] of Object.entries(rules)) {
		const value = params[name];
		if (value === undefined) continue;
		if (!(value >= min && value <= max))
			throw new RangeError(`${name} must be between ${min} and ${max}, got ${value}`);
	}
}
