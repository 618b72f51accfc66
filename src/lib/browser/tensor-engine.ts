import type { LoadedModel } from '$lib/core/scoring';
import type { Tree } from '$lib/core/trees';
import type { BackendName, Engine } from './engine';
import { compileTrees, encodeRows, type TensorTables } from './tensor-tables';
import { tf } from './tf-backend';

/**
 * Tensorized traversal (Hummingbird's TreeTraversal; see tensor-tables.ts) of each ensemble:
 * per level, over a [rows × trees] tensor of global node indices, gather each node's column
 * and threshold, gather the row's value, compare, and gather the child — depth levels × 9 ops
 * over rows × trees values. The leaves go back to the core, which sums their outputs in
 * float64. Must be created while `backend` is the active tfjs backend.
 */
export function createTensorEngine(model: LoadedModel, backend: BackendName): Engine {
	const nFeatures = model.progression.nFeatures;
	const progression = compiledEnsemble(model.progression.trees, nFeatures);
	const voiceAi = compiledEnsemble(model.voiceAi.trees, nFeatures);
	return {
		name: 'tfjs',
		backend,
		async leaves(x, rows) {
			return {
				progression: await progression.leaves(x, rows),
				voiceAi: await voiceAi.leaves(x, rows)
			};
		},
		dispose() {
			progression.dispose();
			voiceAi.dispose();
		}
	};
}

/**
 * Indices and elements per tensor of one slice of an engine call. WebGPU's tfjs kernels do
 * index arithmetic in float32, exact only below 2^24: a 100,000-row call once read other rows'
 * values past it (~48,000 rows of the baseline's Voice AI model). Slices of at most 2^24
 * elements also keep each buffer (64 MiB) inside the 128 MiB storage binding every WebGPU
 * device grants by default. (A batch-dims gather on [rows × width] would avoid the flat
 * index, but tfjs-wasm 4.22 answers it wrongly.)
 */
const MAX_INDEX = 1 << 24;

function compiledEnsemble(trees: readonly Tree[], nFeatures: number) {
	const tables: TensorTables = compileTrees(trees, nFeatures);
	const { nodes, depth, width } = tables;
	if (2 * tables.trees * nodes > MAX_INDEX)
		throw new RangeError(
			`${tables.trees} trees of ${nodes} nodes are too many for exact float32 indices`
		);
	const t = {
		slot: tf.tensor1d(tables.slot, 'int32'),
		threshold: tf.tensor1d(tables.threshold, 'float32'),
		children: tf.tensor1d(tables.children, 'int32'),
		// Integer scalars: a plain number would promote the int32 indices to float32.
		two: tf.scalar(2, 'int32'),
		treeBase: tf.tensor2d(
			Int32Array.from({ length: tables.trees }, (_, i) => i * nodes),
			[1, tables.trees],
			'int32'
		)
	};
	const walk = (encoded: Float32Array, rows: number): tf.Tensor => {
		const values = tf.tensor1d(encoded, 'float32');
		const rowBase = tf.reshape(tf.mul(tf.range(0, rows, 1, 'int32'), tf.scalar(width, 'int32')), [
			rows,
			1
		]);
		let node: tf.Tensor = tf.tile(t.treeBase, [rows, 1]);
		for (let level = 0; level < depth; level++) {
			// One level at a time, so only the current nodes outlive it.
			const next = tf.tidy(() => {
				const value = tf.gather(values, tf.add(rowBase, tf.gather(t.slot, node)));
				const goLeft = tf.cast(tf.less(value, tf.gather(t.threshold, node)), 'int32');
				return tf.gather(t.children, tf.add(tf.mul(node, t.two), goLeft));
			});
			node.dispose();
			node = next;
		}
		values.dispose();
		rowBase.dispose();
		return node;
	};
	// Rows per slice: every index of a slice (row·width + column, rows × trees nodes) stays
	// below MAX_INDEX.
	const sliceRows = Math.max(1, Math.floor(MAX_INDEX / Math.max(width, tables.trees)));
	return {
		async leaves(x: Float32Array, rows: number): Promise<Int32Array> {
			const cols = x.length / rows;
			const out = new Int32Array(rows * tables.trees);
			for (let from = 0; from < rows; from += sliceRows) {
				const n = Math.min(sliceRows, rows - from);
				const slice = x.subarray(from * cols, (from + n) * cols);
				const leaf = walk(encodeRows(tables, slice, n), n);
				const global = (await leaf.data()) as Int32Array;
				leaf.dispose();
				// Global → per-tree node index.
				const at = from * tables.trees;
				for (let i = 0; i < global.length; i++) out[at + i] = global[i]! % nodes;
			}
			return out;
		},
		dispose() {
			for (const tensor of Object.values(t)) tensor.dispose();
		}
	};
}
