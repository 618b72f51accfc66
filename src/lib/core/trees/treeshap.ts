import type { Ensemble } from './ensemble';
import { inSet, type Tree } from './tree';

/**
 * Exact path-dependent TreeSHAP (Lundberg et al., "Consistent Individualized Feature
 * Attribution for Tree Ensembles", Algorithm 2), weighting paths by node cover. The path of
 * each recursion level lives in flat typed arrays (one slice per depth) so a call allocates
 * nothing once the workspace exists.
 */
export class TreeShap {
	private readonly feature: Int32Array;
	private readonly zero: Float64Array;
	private readonly one: Float64Array;
	private readonly weight: Float64Array;
	/** inverse[k] = 1 / k for every path length k. */
	private readonly inverse: Float64Array;
	/** Per tree: Σ leaf value × cover / root cover — the tree's output with no feature known. */
	private readonly expected: Float64Array;

	constructor(private readonly model: Ensemble) {
		let depth = 0;
		for (const tree of model.trees) depth = Math.max(depth, treeDepth(tree));
		const size = ((depth + 2) * (depth + 3)) / 2;
		this.feature = new Int32Array(size);
		this.zero = new Float64Array(size);
		this.one = new Float64Array(size);
		this.weight = new Float64Array(size);
		this.inverse = Float64Array.from({ length: depth + 3 }, (_, k) => 1 / k);
		this.expected = Float64Array.from(model.trees, expectedValue);
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
		for (const tree of this.model.trees) this.recurse(tree, x, offset, out, 0, 0, 0, 1, 1, -1);
		if (this.model.kind === 'forest') {
			const n = this.model.trees.length;
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
		this.extend(path, depth, zeroFraction, oneFraction, featureIndex);
		const split = tree.feature[node]!;
		if (split < 0) {
			const value = tree.value[node]!;
			for (let i = 1; i <= depth; i++) {
				const w = this.unwoundSum(path, depth, i);
				phi[this.feature[path + i]!]! += w * (this.one[path + i]! - this.zero[path + i]!) * value;
			}
			return;
		}
		const v = x[offset + split]!;
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
		while (k <= d && this.feature[path + k] !== split) k++;
		if (k <= d) {
			incomingZero = this.zero[path + k]!;
			incomingOne = this.one[path + k]!;
			this.unwind(path, d, k);
			d--;
		}
		const next = path + depth + 1;
		this.copy(path, next, d + 1);
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
		this.copy(path, next, d + 1);
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

	/** Plain loops: paths are a few entries long, where copyWithin's call overhead dominated (7× on deep forests). */
	private copy(from: number, to: number, n: number): void {
		const { feature, zero, one, weight } = this;
		for (let i = 0; i < n; i++) {
			feature[to + i] = feature[from + i]!;
			zero[to + i] = zero[from + i]!;
			one[to + i] = one[from + i]!;
			weight[to + i] = weight[from + i]!;
		}
	}

	// The three path kernels below run O(depth) per call and O(depth²) per leaf: divisions are
	// replaced by multiplications with 1/k from `inverse` and the zero/one branch is hoisted, since
	// dependent divisions dominated (≈ 4× slower on the Voice AI forest's deep trees).
	private extend(
		p: number,
		depth: number,
		zeroFraction: number,
		oneFraction: number,
		featureIndex: number
	): void {
		const { feature, zero, one, weight } = this;
		const scale = this.inverse[depth + 1]!;
		feature[p + depth] = featureIndex;
		zero[p + depth] = zeroFraction;
		one[p + depth] = oneFraction;
		weight[p + depth] = depth === 0 ? 1 : 0;
		const z = zeroFraction * scale;
		const o = oneFraction * scale;
		for (let i = depth - 1; i >= 0; i--) {
			const w = weight[p + i]!;
			weight[p + i + 1]! += o * w * (i + 1);
			weight[p + i] = z * w * (depth - i);
		}
	}

	private unwind(p: number, depth: number, index: number): void {
		const { feature, zero, one, weight, inverse } = this;
		const oneFraction = one[p + index]!;
		const zeroFraction = zero[p + index]!;
		if (oneFraction !== 0) {
			const up = (depth + 1) / oneFraction;
			const down = zeroFraction * inverse[depth + 1]!;
			let nextOne = weight[p + depth]!;
			for (let i = depth - 1; i >= 0; i--) {
				const tmp = weight[p + i]!;
				const w = nextOne * up * inverse[i + 1]!;
				weight[p + i] = w;
				nextOne = tmp - w * down * (depth - i);
			}
		} else {
			const up = (depth + 1) / zeroFraction;
			for (let i = depth - 1; i >= 0; i--)
				weight[p + i] = weight[p + i]! * up * inverse[depth - i]!;
		}
		for (let i = index; i < depth; i++) {
			feature[p + i] = feature[p + i + 1]!;
			zero[p + i] = zero[p + i + 1]!;
			one[p + i] = one[p + i + 1]!;
		}
	}

	private unwoundSum(p: number, depth: number, index: number): number {
		const { zero, one, weight, inverse } = this;
		const oneFraction = one[p + index]!;
		const zeroFraction = zero[p + index]!;
		let total = 0;
		if (oneFraction !== 0) {
			const up = (depth + 1) / oneFraction;
			const down = zeroFraction * inverse[depth + 1]!;
			// One multiply-subtract on the loop-carried chain; the sum's terms hang off it.
			let nextOne = weight[p + depth]!;
			for (let i = depth - 1; i >= 0; i--) {
				const a = up * inverse[i + 1]!;
				total += nextOne * a;
				nextOne = weight[p + i]! - nextOne * (a * down * (depth - i));
			}
		} else {
			const up = (depth + 1) / zeroFraction;
			for (let i = depth - 1; i >= 0; i--) total += weight[p + i]! * up * inverse[depth - i]!;
		}
		return total;
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
