import type { LoadedModel } from '$lib/core/scoring';
import { leafIndex, type Tree } from '$lib/core/trees';
import type { Engine } from './engine';

/** The core's flat typed-array traversal: one row at a time, tree by tree. */
export function createFlatEngine(model: LoadedModel): Engine {
	const nFeatures = model.progression.nFeatures;
	return {
		name: 'flat',
		backend: null,
		async leaves(x, rows) {
			return {
				progression: walk(model.progression.trees, x, rows, nFeatures),
				voiceAi: walk(model.voiceAi.trees, x, rows, nFeatures)
			};
		},
		dispose() {}
	};
}

function walk(trees: Tree[], x: Float32Array, rows: number, cols: number): Int32Array {
	const out = new Int32Array(rows * trees.length);
	for (let r = 0, at = 0; r < rows; r++)
		for (let t = 0; t < trees.length; t++) out[at++] = leafIndex(trees[t]!, x, r * cols);
	return out;
}
