import type { Ensemble } from './ensemble';
import { inSet, type Tree } from './tree';
import { ShapPath } from './treeshap-path';

/**
 * Fast TreeSHAP v2 (Yang, "Fast TreeSHAP: Accelerating SHAP Value Computation for Trees",
 * arXiv:2109.09847) for path-dependent TreeSHAP. A leaf's contribution to each of the k unique
 * features on its path depends on the row only through which of those features the row
 * disagrees with (goes the other way at some split on it: one fraction 0, else 1); the zero
 * fractions are fixed cover ratios. So per leaf and per k-bit disagreement mask the k
 * contributions are computed once, with the same extend / unwoundSum kernels as Algorithm 2,
 * and explaining a row is one pass over the splits (each one's direction for the row, pushed
 * down as its children's masks) and one over the leaves (k table look-ups each):
 * O(T·L·D) per row instead of O(T·L·D²), for O(T·L·2^D·D) memory and O(T·L·2^D·D²)
 * precompute, with T trees, L leaves, D depth.
 *
 * Two sibling leaves under a split on a feature new to their path share their k features, and
 * the left one's mask determines the right one's (it differs in that feature's bit only), so
 * they are tabled as one: per left mask, the sum of both leaves' contributions. Half the
 * look-ups and half the table for such pairs (most leaves of a full tree).
 */

/** Leaves with more unique path features are never tabled (2^12 · 12 = 49,152 values each). */
export const MAX_TABLE_FEATURES = 12;
/**
 * Default cap on tabled contributions per ensemble: 2^22 Float32 = 16 MiB. Trees are tabled in
 * order while they fit; the rest use the recursive algorithm. The baseline Voice AI forest
 * (100 trees, depth ≤ 6) needs about a quarter of it (980,000 values).
 */
export const DEFAULT_TABLE_BUDGET = 1 << 22;

/** Per node of one tree: what tabling needs to know of its shape. */
interface Shape {
	parent: Int32Array;
	/**
	 * Per split: its feature's index among the unique features, in order of first occurrence,
	 * of every root-to-leaf path through it (the same for all: they share that prefix).
	 */
	bit: Uint8Array;
	/** Per node: unique features on the path from the root to it; a leaf's k. */
	width: Uint8Array;
	/**
	 * Per leaf: its right sibling when the two are tabled as one (see the file's comment), -2 for
	 * that right sibling, else -1.
	 */
	partner: Int32Array;
	/** Σ over tabled leaves of 2^k · k, of 2^k, and the largest k. */
	size: number;
	masks: number;
	widest: number;
}

/**
 * The tables of the trees of an ensemble that fit the budget, all trees' splits and leaves in
 * flat arrays (node slots numbered across trees), so that explaining them is two plain loops.
 */
export class ShapTables {
	/** Per tree of the ensemble: 1 when it is explained here. */
	readonly tabled: Uint8Array;
	/**
	 * 4 when no leaf has more than 4 unique path features (trees of depth ≤ 4, as the boosted
	 * model's): every leaf's contributions are padded to 4 values per mask, so that explaining
	 * reads them unrolled. 0: k values each (padding deeper trees to 8 grew the baseline
	 * forest's tables from 7.9 to 10.7 MB for 3–8%).
	 */
	private readonly stride: number;
	/** Number of tabled contributions (Float32), and bytes of all the arrays held. */
	readonly values: number;
	readonly bytes: number;

	// Splits of tabled trees, parents before children.
	private readonly splitFeature: Int32Array;
	private readonly splitThreshold: Float32Array;
	/** 1 when a missing value goes left. */
	private readonly splitMissingLeft: Int32Array;
	/** 1 for a categorical split, whose category set is in `splitSets` by split index. */
	private readonly splitCategorical: Uint8Array;
	private readonly splitSets = new Map<number, Uint32Array>();
	private readonly splitSlot: Int32Array;
	private readonly splitLeft: Int32Array;
	private readonly splitRight: Int32Array;
	/** 1 << the split's bit. */
	private readonly splitBit: Int32Array;
	// Tabled leaves of tabled trees (a left leaf stands for a merged pair).
	private readonly leafSlot: Int32Array;
	private readonly leafWidth: Int32Array;
	/** Where the leaf's 2^k × stride contributions start in `table` (row-major by mask). */
	private readonly leafValueAt: Int32Array;
	/** Where the leaf's k features (padded to the stride) start in `features` (bit order). */
	private readonly leafFeatureAt: Int32Array;
	/**
	 * Float32, as XGBoost computes contributions: half the bytes of Float64, and the look-ups
	 * are cache misses (measured when the baseline's progression tables were ~2 MB), so
	 * explaining is ~30% faster; each value keeps ~7 significant digits, far below what a
	 * reason can show.
	 */
	private readonly table: Float32Array;
	private readonly features: Int32Array;
	/** Per node slot: the row's disagreement mask; roots are never written and stay 0. */
	private readonly masks: Int32Array;
	/** Per leaf: where its row of the table starts for the row explained (scratch). */
	private readonly leafAt: Int32Array;

	constructor(model: Ensemble, budget = DEFAULT_TABLE_BUDGET) {
		const analysed = model.trees.map(analyse);
		let widest = 0;
		for (const shape of analysed) if (shape) widest = Math.max(widest, shape.widest);
		this.stride = widest <= 4 ? 4 : 0;
		/** Table values a tree takes: padded to the stride, or k per leaf and mask. */
		const tableSize = (shape: Shape) => (this.stride ? shape.masks * this.stride : shape.size);
		const shapes = analysed.map((shape) => {
			if (!shape || tableSize(shape) > budget) return undefined;
			budget -= tableSize(shape);
			return shape;
		});
		this.tabled = Uint8Array.from(shapes, (s) => (s ? 1 : 0));
		let slots = 0;
		let splits = 0;
		let leaves = 0;
		let values = 0;
		let features = 0;
		model.trees.forEach((tree, t) => {
			const shape = shapes[t];
			if (!shape) return;
			slots += tree.feature.length;
			for (let n = 0; n < tree.feature.length; n++) {
				if (tree.feature[n]! >= 0) splits++;
				else if (shape.partner[n] !== -2) {
					leaves++;
					features += this.stride || shape.width[n]!;
				}
			}
			values += tableSize(shape);
		});
		this.values = values;
		this.splitFeature = new Int32Array(splits);
		this.splitThreshold = new Float32Array(splits);
		this.splitMissingLeft = new Int32Array(splits);
		this.splitCategorical = new Uint8Array(splits);
		this.splitSlot = new Int32Array(splits);
		this.splitLeft = new Int32Array(splits);
		this.splitRight = new Int32Array(splits);
		this.splitBit = new Int32Array(splits);
		this.leafSlot = new Int32Array(leaves);
		this.leafWidth = new Int32Array(leaves);
		this.leafValueAt = new Int32Array(leaves);
		this.leafFeatureAt = new Int32Array(leaves);
		this.table = new Float32Array(values);
		this.features = new Int32Array(features);
		this.masks = new Int32Array(slots);
		this.leafAt = new Int32Array(leaves);
		this.bytes = 4 * (values + features + slots + 7 * splits + 5 * leaves) + splits;

		const path = new ShapPath(MAX_TABLE_FEATURES);
		/** One tabled leaf's contributions in float64, summed over a merged pair before rounding. */
		const sums = new Float64Array(2 ** widest * (this.stride || widest));
		let base = 0;
		let split = 0;
		let leaf = 0;
		values = 0;
		features = 0;
		model.trees.forEach((tree, t) => {
			const shape = shapes[t];
			if (!shape) return;
			for (let n = 0; n < tree.feature.length; n++) {
				if (tree.feature[n]! >= 0) {
					this.splitFeature[split] = tree.feature[n]!;
					this.splitThreshold[split] = tree.threshold[n]!;
					this.splitMissingLeft[split] = tree.defaultLeft[n]!;
					if (tree.categorical[n] === 1) {
						this.splitCategorical[split] = 1;
						this.splitSets.set(split, tree.categories.get(n)!);
					}
					this.splitSlot[split] = base + n;
					this.splitLeft[split] = base + tree.left[n]!;
					this.splitRight[split] = base + tree.right[n]!;
					this.splitBit[split] = 1 << shape.bit[n]!;
					split++;
				} else if (shape.partner[n] !== -2) {
					const k = shape.width[n]!;
					const stride = this.stride || k;
					this.leafSlot[leaf] = base + n;
					this.leafWidth[leaf] = k;
					this.leafValueAt[leaf] = values;
					this.leafFeatureAt[leaf] = features;
					const partner = shape.partner[n]!;
					fillLeaf(tree, shape, n, 0, path, stride, sums, this.features, features);
					// The right leaf's mask is the left one's with the parent's bit flipped.
					if (partner >= 0) {
						const flip = 1 << shape.bit[shape.parent[n]!]!;
						fillLeaf(tree, shape, partner, flip, path, stride, sums, this.features, features);
					}
					const size = 2 ** k * stride;
					this.table.set(sums.subarray(0, size), values);
					sums.fill(0, 0, size);
					values += size;
					features += stride;
					leaf++;
				}
			}
			base += tree.feature.length;
		});
	}

	/** Adds the tabled trees' contributions for the row at `offset` in `x` to `phi`. */
	explain(x: ArrayLike<number>, offset: number, phi: Float64Array): void {
		const { splitFeature, splitThreshold, splitMissingLeft, splitCategorical, splitSets } = this;
		const { splitSlot, splitLeft, splitRight, splitBit, masks } = this;
		for (let s = 0; s < splitFeature.length; s++) {
			const v = Math.fround(x[offset + splitFeature[s]!]!); // float32, as leafIndex compares
			// 1 when the row goes left; NaN compares false, so missing values go right unless
			// the split sends them left. Arithmetic rather than branches: directions are random.
			const left =
				splitCategorical[s] === 1
					? Number(v === v ? inSet(splitSets.get(s)!, v) : splitMissingLeft[s] === 1)
					: Number(v < splitThreshold[s]!) | (Number(v !== v) & splitMissingLeft[s]!);
			const m = masks[splitSlot[s]!]!;
			const b = splitBit[s]!;
			const off = (left - 1) & b; // 0 going left, b going right
			masks[splitLeft[s]!] = m | off;
			masks[splitRight[s]!] = m | (off ^ b);
		}
		const { leafSlot, leafWidth, leafValueAt, table, features } = this;
		// Unrolled for a stride of 4: V8's inner loop over a leaf's few features cost as much as
		// the look-ups themselves (the baseline's progression trees: 29 → 24 µs a row).
		if (this.stride === 4) {
			for (let l = 0, f = 0; l < leafSlot.length; l++, f += 4) {
				const at = leafValueAt[l]! + masks[leafSlot[l]!]! * 4;
				phi[features[f]!]! += table[at]!;
				phi[features[f + 1]!]! += table[at + 1]!;
				phi[features[f + 2]!]! += table[at + 2]!;
				phi[features[f + 3]!]! += table[at + 3]!;
			}
		} else {
			// Two passes: the first only finds each leaf's row and reads it, loads that do not
			// wait on one another, so many of the cache misses (tables of megabytes: a deep
			// forest's) are in flight at once; the second adds the rows up from the cache. A
			// single pass waited on them a few at a time: the baseline forest 155–178 → 125–133 µs
			// a row after a 4 MB sweep. The boosted model's small tables gain nothing from it.
			const { leafAt } = this;
			let touched = 0;
			for (let l = 0; l < leafSlot.length; l++) {
				const k = leafWidth[l]!;
				const at = leafValueAt[l]! + masks[leafSlot[l]!]! * k;
				leafAt[l] = at;
				touched += table[at]! + (k > 1 ? table[at + k - 1]! : 0);
			}
			this.touched = touched;
			for (let l = 0; l < leafSlot.length; l++) {
				const k = leafWidth[l]!;
				const at = leafAt[l]!;
				const f = this.leafFeatureAt[l]!;
				for (let i = 0; i < k; i++) phi[features[f + i]!]! += table[at + i]!;
			}
		}
	}
	/** Keeps the first pass's reads from being optimised away. */
	private touched = 0;
}

/**
 * Adds the contributions of leaf `leaf` for every disagreement mask to `sums`, at row
 * mask ^ `flip`, and writes its features at `featureAt`.
 */
function fillLeaf(
	tree: Tree,
	{ parent, bit, width }: Shape,
	leaf: number,
	flip: number,
	path: ShapPath,
	stride: number,
	sums: Float64Array,
	features: Int32Array,
	featureAt: number
): void {
	const k = width[leaf]!;
	const zero = new Float64Array(k).fill(1);
	// A feature's zero fraction: the product of the cover ratios of its splits on the path.
	for (let child = leaf, node = parent[leaf]!; node >= 0; child = node, node = parent[node]!) {
		zero[bit[node]!]! *= tree.cover[child]! / tree.cover[node]!;
		features[featureAt + bit[node]!] = tree.feature[node]!;
	}
	// Padding past k adds 0 to a feature of the path (the first; feature 0 for a lone root leaf).
	features.fill(k ? features[featureAt]! : 0, featureAt + k, featureAt + stride);
	const value = tree.value[leaf]!;
	for (let mask = 0; mask < 2 ** k; mask++) {
		path.extend(0, 0, 1, 1, -1);
		for (let j = 0; j < k; j++)
			path.extend(0, j + 1, zero[j]!, (mask >>> j) & 1 ? 0 : 1, features[featureAt + j]!);
		for (let i = 1; i <= k; i++)
			sums[(mask ^ flip) * stride + i - 1]! +=
				path.unwoundSum(0, k, i) * (path.one[i]! - path.zero[i]!) * value;
	}
}

/**
 * The tree's {@link Shape}; undefined when a child does not come after its parent, a node has
 * two parents or none, or a leaf has more than {@link MAX_TABLE_FEATURES} unique path features.
 */
function analyse(tree: Tree): Shape | undefined {
	const { feature, left, right } = tree;
	const n = feature.length;
	const parent = new Int32Array(n).fill(-1);
	for (let node = 0; node < n; node++) {
		if (feature[node]! < 0) continue;
		for (const child of [left[node]!, right[node]!]) {
			if (child <= node || child >= n || parent[child] !== -1) return undefined;
			parent[child] = node;
		}
	}
	const bit = new Uint8Array(n);
	const width = new Uint8Array(n);
	const partner = new Int32Array(n).fill(-1);
	let size = 0;
	let masks = 0;
	let widest = 0;
	for (let node = 0; node < n; node++) {
		if (node > 0 && parent[node] === -1) return undefined;
		const k = width[node]!;
		if (k > MAX_TABLE_FEATURES) return undefined;
		const f = feature[node]!;
		if (f < 0) {
			if (partner[node] === -2) continue;
			size += 2 ** k * k;
			masks += 2 ** k;
			widest = Math.max(widest, k);
			continue;
		}
		let seen = -1;
		for (let a = parent[node]!; a >= 0 && seen < 0; a = parent[a]!)
			if (feature[a] === f) seen = bit[a]!;
		bit[node] = seen >= 0 ? seen : k;
		width[left[node]!] = width[right[node]!] = seen >= 0 ? k : k + 1;
		if (seen < 0 && feature[left[node]!]! < 0 && feature[right[node]!]! < 0) {
			partner[left[node]!] = right[node]!;
			partner[right[node]!] = -2;
		}
	}
	return { parent, bit, width, partner, size, masks, widest };
}
