import { inSet, type Tree } from '$lib/core/trees';

/**
 * Trees compiled into the lookup tables of Hummingbird's tree-traversal strategy (Nakandala et
 * al., OSDI 2020, §4.2 "TreeTraversal"): every tree is padded to the same node count N and
 * node n of tree t gets the global index t·N + n, so one gather over a [rows × trees] tensor of
 * node indices reads every tree's current node at once; `depth` levels reach every leaf.
 * Leaves point to themselves, so rows that reach a leaf early stay there.
 *
 * Missing values and categorical splits are resolved when rows are encoded, so that a level
 * is only "gather the value, compare with the threshold, gather the child" — 4 gathers (the
 * slow kernel on every backend) instead of one per node attribute:
 * - Each row is written twice: with NaN as −∞ (then `x < threshold` holds: goes left) and with
 *   NaN as +∞ (goes right). A node reads the copy that matches its default direction.
 * - Each categorical node gets a column of its own: 0 when the row's category is in the
 *   node's left set (0 < 0.5: left), 1 otherwise, and its default direction when missing —
 *   what `inSet` says in the flat traversal, computed once per row and node.
 * Comparisons are float32 against float32 thresholds in every engine, so leaves are identical.
 */
export interface TensorTables {
	trees: number;
	/** Nodes per tree after padding (N). */
	nodes: number;
	/** Levels to walk: the deepest tree's depth. */
	depth: number;
	/** Per global node: the column of the encoded row it compares (0 at leaves). */
	slot: Int32Array;
	threshold: Float32Array;
	/** Per global node: [right, left] global child indices, so child = 2·node + goLeft. */
	children: Int32Array;
	/** Categorical nodes in column order: feature, left set, default direction. */
	categorical: { feature: number; set: Uint32Array; defaultLeft: boolean }[];
	/** Columns of an encoded row: 2 × features + categorical nodes. */
	width: number;
}

/** Threshold that sends a categorical node's 0 column left and its 1 column right. */
const CATEGORY_CUT = 0.5;

export function compileTrees(trees: readonly Tree[], nFeatures: number): TensorTables {
	const nodes = Math.max(1, ...trees.map((t) => t.feature.length));
	const size = trees.length * nodes;
	const slot = new Int32Array(size);
	const threshold = new Float32Array(size);
	const children = new Int32Array(size * 2);
	const categorical: TensorTables['categorical'] = [];
	let depth = 0;
	trees.forEach((tree, t) => {
		const base = t * nodes;
		for (let g = base; g < base + nodes; g++) children[2 * g] = children[2 * g + 1] = g;
		const levels = new Int32Array(tree.feature.length);
		for (let n = 0; n < tree.feature.length; n++) {
			const f = tree.feature[n]!;
			if (f < 0) continue;
			const g = base + n;
			const defaultLeft = tree.defaultLeft[n] === 1;
			if (tree.categorical[n] === 1) {
				slot[g] = 2 * nFeatures + categorical.length;
				threshold[g] = CATEGORY_CUT;
				categorical.push({ feature: f, set: tree.categories.get(n)!, defaultLeft });
			} else {
				slot[g] = defaultLeft ? f : nFeatures + f;
				threshold[g] = tree.threshold[n]!;
			}
			children[2 * g] = base + tree.right[n]!;
			children[2 * g + 1] = base + tree.left[n]!;
			// Children come after their parent, so a parent's level is known first.
			levels[tree.left[n]!] = levels[tree.right[n]!] = levels[n]! + 1;
			depth = Math.max(depth, levels[n]! + 1);
		}
	});
	return {
		trees: trees.length,
		nodes,
		depth,
		slot,
		threshold,
		children,
		categorical,
		width: 2 * nFeatures + categorical.length
	};
}

/** Rows × features (NaN for missing) → rows × `width` encoded values (see {@link TensorTables}). */
export function encodeRows(tables: TensorTables, x: Float32Array, rows: number): Float32Array {
	const { width, categorical } = tables;
	const cols = x.length / rows;
	const out = new Float32Array(rows * width);
	for (let r = 0; r < rows; r++) {
		const from = r * cols;
		const to = r * width;
		for (let f = 0; f < cols; f++) {
			const v = x[from + f]!;
			out[to + f] = v !== v ? -Infinity : v;
			out[to + cols + f] = v !== v ? Infinity : v;
		}
		for (let c = 0; c < categorical.length; c++) {
			const { feature, set, defaultLeft } = categorical[c]!;
			const v = x[from + feature]!;
			const left = v !== v ? defaultLeft : inSet(set, v);
			out[to + 2 * cols + c] = left ? 0 : 1;
		}
	}
	return out;
}
