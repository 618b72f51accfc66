/**
 * One decision tree as flat arrays indexed by node (root = 0). A leaf has `feature` −1 and its
 * output in `value`. A numeric split sends `x < threshold` left; a categorical split sends
 * categories listed in `categories[node]` left. Missing values (NaN) follow `defaultLeft`.
 * `cover` (sum of hessians / sample weight reaching the node) is what TreeSHAP weighs paths by.
 */
export interface Tree {
	feature: Int32Array;
	threshold: Float32Array;
	left: Int32Array;
	right: Int32Array;
	defaultLeft: Uint8Array;
	value: Float64Array;
	cover: Float64Array;
	/** Loss reduction of each split (0 at leaves), for gain importance. */
	gain: Float64Array;
	/** Node → bitset (32 categories per word) of the categories that go left. */
	categories: Map<number, Uint32Array>;
	/** 1 where the node splits on categories: traversal reads the map only there. */
	categorical: Uint8Array;
}

/** The per-node categorical flags of a tree with these categorical split nodes. */
export function categoricalMask(nodes: number, categories: Map<number, Uint32Array>): Uint8Array {
	const mask = new Uint8Array(nodes);
	for (const node of categories.keys()) mask[node] = 1;
	return mask;
}

/** Grows a {@link Tree} node by node; children are always added after their parent. */
export class TreeBuilder {
	private feature: number[] = [];
	private threshold: number[] = [];
	private left: number[] = [];
	private right: number[] = [];
	private defaultLeft: number[] = [];
	private value: number[] = [];
	private cover: number[] = [];
	private gain: number[] = [];
	private categories = new Map<number, Uint32Array>();

	/** Adds a node as a leaf and returns its index. */
	add(value: number, cover: number): number {
		this.feature.push(-1);
		this.threshold.push(0);
		this.left.push(-1);
		this.right.push(-1);
		this.defaultLeft.push(0);
		this.value.push(value);
		this.cover.push(cover);
		this.gain.push(0);
		return this.feature.length - 1;
	}

	/** Turns leaf `node` into a split with the given children. */
	split(
		node: number,
		split: {
			feature: number;
			threshold: number;
			defaultLeft: boolean;
			gain: number;
			categories?: Uint32Array;
		},
		left: number,
		right: number
	): void {
		this.feature[node] = split.feature;
		this.threshold[node] = split.threshold;
		this.defaultLeft[node] = split.defaultLeft ? 1 : 0;
		this.gain[node] = split.gain;
		this.left[node] = left;
		this.right[node] = right;
		if (split.categories) this.categories.set(node, split.categories);
	}

	setValue(node: number, value: number): void {
		this.value[node] = value;
	}

	build(): Tree {
		return {
			feature: Int32Array.from(this.feature),
			threshold: Float32Array.from(this.threshold),
			left: Int32Array.from(this.left),
			right: Int32Array.from(this.right),
			defaultLeft: Uint8Array.from(this.defaultLeft),
			value: Float64Array.from(this.value),
			cover: Float64Array.from(this.cover),
			gain: Float64Array.from(this.gain),
			categories: this.categories,
			categorical: categoricalMask(this.feature.length, this.categories)
		};
	}
}

/** The leaf a row of raw feature values (starting at `offset` in `x`) falls into. */
export function leafIndex(tree: Tree, x: ArrayLike<number>, offset = 0): number {
	const { feature, threshold, left, right, defaultLeft, categorical } = tree;
	let node = 0;
	for (;;) {
		const f = feature[node]!;
		if (f < 0) return node;
		// Float32 as the thresholds (and XGBoost): a plain double just under a float32 threshold
		// must go where its float32 goes.
		const v = Math.fround(x[offset + f]!);
		const goLeft =
			v !== v
				? defaultLeft[node] === 1
				: categorical[node] === 1
					? inSet(tree.categories.get(node)!, v)
					: v < threshold[node]!;
		node = goLeft ? left[node]! : right[node]!;
	}
}

/** Whether category code `v` is in the bitset; codes outside it (unseen) are not. */
export function inSet(set: Uint32Array, v: number): boolean {
	if (v < 0 || v !== Math.floor(v)) return false;
	const word = set[v >>> 5];
	return word !== undefined && ((word >>> (v & 31)) & 1) === 1;
}

export function leafValue(tree: Tree, x: ArrayLike<number>, offset = 0): number {
	return tree.value[leafIndex(tree, x, offset)]!;
}
