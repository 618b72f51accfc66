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

function compiledEnsemble(trees: readonly Tree[], nFeatures: number) {
	const tables: TensorTables = compileTrees(trees, nFeatures);
	const { nodes, depth, width } = tables;
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
	return {
		async leaves(x: Float32Array, rows: number): Promise<Int32Array> {
			const encoded = encodeRows(tables, x, rows);
			const leaf = tf.tidy(() => {
				const values = tf.tensor1d(encoded, 'float32');
				const rowBase = tf.reshape(
					tf.mul(tf.range(0, rows, 1, 'int32'), tf.scalar(width, 'int32')),
					[rows, 1]
				);
				let node: tf.Tensor = tf.tile(t.treeBase, [rows, 1]);
				for (let level = 0; level < depth; level++) {
					const value = tf.gather(values, tf.add(rowBase, tf.gather(t.slot, node)));
					const goLeft = tf.cast(tf.less(value, tf.gather(t.threshold, node)), 'int32');
					node = tf.gather(t.children, tf.add(tf.mul(node, t.two), goLeft));
				}
				return node;
			});
			const global = (await leaf.data()) as Int32Array;
			leaf.dispose();
			// Global → per-tree node index.
			const out = new Int32Array(global.length);
			for (let i = 0; i < global.length; i++) out[i] = global[i]! % nodes;
			return out;
		},
		dispose() {
			for (const tensor of Object.values(t)) tensor.dispose();
		}
	};
}
