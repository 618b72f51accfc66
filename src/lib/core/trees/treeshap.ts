import type { Ensemble } from './ensemble';
import { inSet, type Tree } from './tree';
import { ShapPath } from './treeshap-path';
import { ShapTables } from './treeshap-table';

export interface TreeShapOptions {
	/**
	 * Most Fast TreeSHAP v2 table values (Float32) to precompute for the ensemble; trees that
	 * no longer fit use the recursive algorithm. 0 explains every tree recursively.
	 */
	tableBudget?: number;
}

/**
 * Exact path-dependent TreeSHAP (Lundberg et al., "Consistent Individualized Feature
 * Attribution for Tree Ensembles", Algorithm 2), weighting paths by node cover. Trees whose
 * Fast TreeSHAP v2 table (Yang 2021, see treeshap-table.ts) fits the budget are explained by
 * table look-ups, O(leaves × depth) per row; the others by the recursion, O(leaves × depth²),
 * whose path lives in flat typed arrays (one slice per depth). A call allocates nothing once
 * the workspace exists.
 */
export class TreeShap {
	private readonly path: ShapPath;
	private readonly tables: ShapTables;
	/** Per tree: Σ leaf value × cover / root cover — the tree's output with no feature known. */
	private readonly expected: Float64Array;

	constructor(
		private readonly model: Ensemble,
		options: TreeShapOptions = {}
	) {
		let depth = 0;
		for (const tree of model.trees) depth = Math.max(depth, treeDepth(tree));
		this.path = new ShapPath(depth);
		this.expected = Float64Array.from(model.trees, expectedValue);
		this.tables = new ShapTables(model, options.tableBudget);
	}

	/** Trees explained from Fast TreeSHAP v2 tables, their contributions and the bytes they take. */
	get tableStats(): { trees: number; values: number; bytes: number } {
		const { tabled, values, bytes } = this.tables;
		return { trees: tabled.reduce((a, b) => a + b, 0), values, bytes };
	}

	/** The model's output with no feature known: the base of every explanation (margin units for boosting). */
	get expectedValue(): number {
		let sum = 0;
		for (const e of this.expected) sum += e;
		return this.model.kind === 'gbdt' ? this.model.baseScore + sum : sum / this.model.trees.length;
	}

	/**
	 * Contributions of each feature for one row; they sum with {@link expectedValue} to the
	 * model's margin (boosting) or probability (forest). Written to `out` (length nFeatures).
	 */
	explain(
		x: ArrayLike<number>,
		offset = 0,
		out = new Float64Array(this.model.nFeatures)
	): Float64Array {
		out.fill(0);
		const { trees } = this.model;
		const { tabled } = this.tables;
		this.tables.explain(x, offset, out);
		for (let t = 0; t < trees.length; t++)
			if (tabled[t] === 0) this.recurse(trees[t]!, x, offset, out, 0, 0, 0, 1, 1, -1);
		if (this.model.kind === 'forest') {
			const n = trees.length;
			for (let i = 0; i < out.length; i++) out[i]! /= n;
		}
		return out;
	}

	private recurse(
		tree: Tree,
		x: ArrayLike<number>,
		offset: number,
		phi: Float64Array,
		node: number,
		path: number,
		depth: number,
		zeroFraction: number,
		oneFraction: number,
		featureIndex: number
	): void {
		const p = this.path;
		p.extend(path, depth, zeroFraction, oneFraction, featureIndex);
		const split = tree.feature[node]!;
		if (split < 0) {
			const value = tree.value[node]!;
			for (let i = 1; i <= depth; i++) {
				const w = p.unwoundSum(path, depth, i);
				phi[p.feature[path + i]!]! += w * (p.one[path + i]! - p.zero[path + i]!) * value;
			}
			return;
		}
		const v = Math.fround(x[offset + split]!); // float32, as leafIndex compares
		const set = tree.categories.size > 0 ? tree.categories.get(node) : undefined;
		const goLeft =
			v !== v ? tree.defaultLeft[node] === 1 : set ? inSet(set, v) : v < tree.threshold[node]!;
		const hot = goLeft ? tree.left[node]! : tree.right[node]!;
		const cold = goLeft ? tree.right[node]! : tree.left[node]!;
		const cover = tree.cover[node]!;

		let incomingZero = 1;
		let incomingOne = 1;
		let d = depth;
		// A feature split on again higher up: undo its earlier extension, carry its fractions.
		let k = 0;
		while (k <= d && p.feature[path + k] !== split) k++;
		if (k <= d) {
			incomingZero = p.zero[path + k]!;
			incomingOne = p.one[path + k]!;
			p.unwind(path, d, k);
			d--;
		}
		const next = path + depth + 1;
		p.copy(path, next, d + 1);
		this.recurse(
			tree,
			x,
			offset,
			phi,
			hot,
			next,
			d + 1,
			(tree.cover[hot]! / cover) * incomingZero,
			incomingOne,
			split
		);
		p.copy(path, next, d + 1);
		this.recurse(
			tree,
			x,
			offset,
			phi,
			cold,
			next,
			d + 1,
			(tree.cover[cold]! / cover) * incomingZero,
			0,
			split
		);
	}
}

function treeDepth(tree: Tree): number {
	const depth = new Int32Array(tree.feature.length);
	let max = 0;
	for (let n = 0; n < tree.feature.length; n++) {
		if (tree.feature[n]! < 0) continue;
		depth[tree.left[n]!] = depth[tree.right[n]!] = depth[n]! + 1;
		max = Math.max(max, depth[n]! + 1);
	}
	return max;
}

function expectedValue(tree: Tree): number {
	let sum = 0;
	for (let n = 0; n < tree.feature.length; n++)
		if (tree.feature[n]! < 0) sum += tree.value[n]! * tree.cover[n]!;
	return sum / tree.cover[0]!;
}
