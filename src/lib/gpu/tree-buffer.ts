import type { Tree } from '$lib/core/trees';

/**
 * One ensemble as the u32 words the WGSL kernel (tree-kernel.wgsl.ts) reads:
 * `[root word of each tree] [nodes, 4 words each] [category sets, length-prefixed]`.
 * Children and roots are word offsets into the same array, so a walk is pointer chasing
 * with no per-tree base arithmetic.
 *
 * Node words: `meta, key, left, right` where `meta` holds the feature and the flags below.
 * - numeric split: `key` = {@link orderKey} of the float32 threshold;
 * - categorical split: `key` = word offset of the node's set (`[words, ...bits]`);
 * - leaf: `key` = the float32 bits of its value; `left`, `right` unused.
 *
 * The kernel reads no float: numeric comparisons are unsigned comparisons of order keys and
 * category codes are decoded from the bits, so NaN handling and denormal flushing on the
 * device cannot change a leaf.
 */
export const NODE_WORDS = 4;
export const FEATURE_MASK = 0xffff;
export const LEAF = 1 << 16;
export const DEFAULT_LEFT = 1 << 17;
export const CATEGORICAL = 1 << 18;
/** A leaf counted in the kernel's second sum output (e.g. a forest vote above a cut-off). */
export const COUNTED = 1 << 19;

const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/**
 * Maps a float32 to a u32 whose unsigned order is the float's numeric order (−0 and +0 the
 * same key): for any non-NaN a, b: `a < b` ⇔ `orderKey(a) < orderKey(b)`. A NaN threshold
 * gets key 0, so that (as `x < NaN` in the flat walk) nothing goes left.
 */
export function orderKey(value: number): number {
	if (value !== value) return 0;
	const bits = floatBits(value);
	if (bits === 0x80000000) return 0x80000000;
	return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

function floatBits(value: number): number {
	scratch[0] = value;
	return scratchBits[0]!;
}

/**
 * Packs trees into kernel words. `counted(value)` marks the leaves the margins pass counts;
 * it is evaluated here in float64 on the leaf's value, so counts match the flat walk exactly.
 * @throws RangeError when a feature index does not fit the node's 16 feature bits.
 */
export function packTrees(
	trees: readonly Tree[],
	counted: (value: number) => boolean = () => false
): Uint32Array<ArrayBuffer> {
	let nodes = 0;
	let setWords = 0;
	for (const tree of trees) {
		nodes += tree.feature.length;
		for (const set of tree.categories.values()) setWords += 1 + set.length;
	}
	const words = new Uint32Array(trees.length + NODE_WORDS * nodes + setWords);
	let node = trees.length;
	let set = trees.length + NODE_WORDS * nodes;
	trees.forEach((tree, t) => {
		const root = node;
		words[t] = root;
		for (let n = 0; n < tree.feature.length; n++, node += NODE_WORDS) {
			const f = tree.feature[n]!;
			if (f < 0) {
				words[node] = LEAF | (counted(tree.value[n]!) ? COUNTED : 0);
				words[node + 1] = floatBits(tree.value[n]!);
				continue;
			}
			if (f > FEATURE_MASK) throw new RangeError(`feature ${f} exceeds the kernel's 16 bits`);
			const categories = tree.categorical[n] === 1 ? tree.categories.get(n)! : null;
			words[node] =
				f | (tree.defaultLeft[n] === 1 ? DEFAULT_LEFT : 0) | (categories ? CATEGORICAL : 0);
			if (categories) {
				words[node + 1] = set;
				words[set] = categories.length;
				words.set(categories, set + 1);
				set += 1 + categories.length;
			} else words[node + 1] = orderKey(tree.threshold[n]!);
			words[node + 2] = root + NODE_WORDS * tree.left[n]!;
			words[node + 3] = root + NODE_WORDS * tree.right[n]!;
		}
	});
	return words;
}
