import type { LoadedModel } from '$lib/core/scoring';
import { PackedEnsemble } from '$lib/core/trees';
import type { Engine } from './engine';

/** The core's packed typed-array traversal: one row at a time, tree by tree. */
export function createFlatEngine(model: LoadedModel): Engine {
	const nFeatures = model.progression.nFeatures;
	const progression = new PackedEnsemble(model.progression);
	const voiceAi = new PackedEnsemble(model.voiceAi);
	return {
		name: 'flat',
		backend: null,
		async leaves(x, rows) {
			return {
				progression: walk(progression, model.progression.trees.length, x, rows, nFeatures),
				voiceAi: walk(voiceAi, model.voiceAi.trees.length, x, rows, nFeatures)
			};
		},
		dispose() {}
	};
}

function walk(
	packed: PackedEnsemble,
	trees: number,
	x: Float32Array,
	rows: number,
	cols: number
): Int32Array {
	const out = new Int32Array(rows * trees);
	for (let r = 0; r < rows; r++) packed.leaves(x, r * cols, out, r * trees);
	return out;
}
