import type { Ensemble } from './ensemble';
import { inSet } from './tree';

/**
 * All trees of an ensemble in one set of typed arrays, nodes renumbered breadth-first so that
 * every split's right child sits next to its left one. A step down is then arithmetic —
 * `node = left + goesRight` — instead of a branch on a direction that is random for each row,
 * and the nodes a row visits lie close together: about 4× faster than walking each
 * {@link Tree} with `leafIndex` on the baseline (same leaves, same values).
 */
export class PackedEnsemble {
	/** Packed node of each tree's root. */
	private readonly roots: Int32Array;
	/** Split feature, or −1 at a leaf. */
	private readonly feature: Int32Array;
	private readonly threshold: Float32Array;
	/** Packed node of the left child; the right child is the next one. */
	private readonly left: Int32Array;
	/** 1 when a missing value goes right (the complement of `Tree.defaultLeft`). */
	private readonly missingRight: Int32Array;
	/** Categories that go left, at categorical splits only. */
	private readonly sets: (Uint32Array | undefined)[];
	/** The node's index in its own tree and its value (a leaf's output). */
	private readonly node: Int32Array;
	private readonly value: Float64Array;

	constructor(model: Ensemble) {
		const total = model.trees.reduce((n, tree) => n + tree.feature.length, 0);
		this.roots = new Int32Array(model.trees.length);
		this.feature = new Int32Array(total);
		this.threshold = new Float32Array(total);
		this.left = new Int32Array(total);
		this.missingRight = new Int32Array(total);
		this.sets = new Array<Uint32Array | undefined>(total);
		this.node = new Int32Array(total);
		this.value = new Float64Array(total);
		let next = 0;
		model.trees.forEach((tree, t) => {
			// Breadth-first: a node's packed slot is taken before its children are queued.
			const queue = [0];
			const seen = new Uint8Array(tree.feature.length);
			this.roots[t] = next++;
			for (let q = 0; q < queue.length; q++) {
				const n = queue[q]!;
				if (seen[n] === 1 || n >= seen.length)
					throw new RangeError(`tree ${t}: node ${n} is reached twice or does not exist`);
				seen[n] = 1;
				const at = this.roots[t]! + q;
				this.node[at] = n;
				this.value[at] = tree.value[n]!;
				this.feature[at] = tree.feature[n]!;
				if (tree.feature[n]! < 0) continue;
				this.threshold[at] = tree.threshold[n]!;
				this.missingRight[at] = 1 - tree.defaultLeft[n]!;
				if (tree.categorical[n] === 1) this.sets[at] = tree.categories.get(n);
				this.left[at] = this.roots[t]! + queue.length;
				queue.push(tree.left[n]!, tree.right[n]!);
				next += 2;
			}
			if (queue.length !== tree.feature.length)
				throw new RangeError(`tree ${t}: ${tree.feature.length - queue.length} nodes unreachable`);
		});
	}

	/** The packed leaf tree `t` sends the row at `offset` in `x` to (as `leafIndex` decides). */
	private leaf(t: number, x: ArrayLike<number>, offset: number): number {
		const { feature, threshold, left, missingRight, sets } = this;
		let n = this.roots[t]!;
		for (let f = feature[n]!; f >= 0; f = feature[n]!) {
			const v = Math.fround(x[offset + f]!); // float32, as the thresholds
			const set = sets[n];
			// NaN compares false, so it goes right only when the split sends missing values right.
			const right = set
				? v === v
					? Number(!inSet(set, v))
					: missingRight[n]!
				: Number(v >= threshold[n]!) | (Number(v !== v) & missingRight[n]!);
			n = left[n]! + right;
		}
		return n;
	}

	/** Each tree's leaf value for the row at `offset` in `x`, in tree order, written to `out`. */
	values(x: ArrayLike<number>, offset: number, out: Float64Array): Float64Array {
		for (let t = 0; t < this.roots.length; t++) out[t] = this.value[this.leaf(t, x, offset)]!;
		return out;
	}

	/** Each tree's leaf (its node index in that tree) for the row, written to `out` from `at`. */
	leaves(x: ArrayLike<number>, offset: number, out: Int32Array, at = 0): Int32Array {
		for (let t = 0; t < this.roots.length; t++) out[at + t] = this.node[this.leaf(t, x, offset)]!;
		return out;
	}
}
