import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_COUNT } from '$lib/core/features';
import { Lead } from '$lib/core/schema';
import { loadArtifact } from '$lib/core/scoring';
import { generateCalls } from '$lib/core/synth';
import { leafIndex, type Tree } from '$lib/core/trees';
import { compileTrees, encodeRows } from './tensor-tables';

/** The tensor engine's per-level arithmetic, in plain loops: the tables' reference semantics. */
function traverse(trees: readonly Tree[], x: Float32Array, rows: number): Int32Array {
	const tables = compileTrees(trees, FEATURE_COUNT);
	const values = encodeRows(tables, x, rows);
	const out = new Int32Array(rows * tables.trees);
	for (let r = 0; r < rows; r++)
		for (let t = 0; t < tables.trees; t++) {
			let node = t * tables.nodes;
			for (let level = 0; level < tables.depth; level++) {
				const goLeft =
					values[r * tables.width + tables.slot[node]!]! < tables.threshold[node]! ? 1 : 0;
				node = tables.children[2 * node + goLeft]!;
			}
			out[r * tables.trees + t] = node % tables.nodes;
		}
	return out;
}

describe('tensor tables (Hummingbird tree traversal)', async () => {
	const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8'));
	const model = await loadArtifact(
		JSON.parse(readFileSync(`models/${manifest.current}.json`, 'utf8'))
	);
	const leads = generateCalls({ rows: 300, seed: 4 }).calls.map((c) => v.parse(Lead, c));
	const x = new Float32Array(leads.length * FEATURE_COUNT);
	leads.forEach((lead, i) =>
		extractFeatures(lead, x.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT))
	);
	// Missing values in every feature of some rows, and categories the trees never saw.
	for (let f = 0; f < FEATURE_COUNT; f++) x[f] = NaN;
	for (const f of model.progression.categorical) x[FEATURE_COUNT + f] = 250;

	for (const [name, ensemble] of [
		['boosted', model.progression],
		['forest', model.voiceAi]
	] as const)
		it(`reaches the flat traversal's leaf in every ${name} tree`, () => {
			const leaves = traverse(ensemble.trees, x, leads.length);
			const expected = new Int32Array(leaves.length);
			for (let r = 0; r < leads.length; r++)
				ensemble.trees.forEach(
					(tree, t) =>
						(expected[r * ensemble.trees.length + t] = leafIndex(tree, x, r * FEATURE_COUNT))
				);
			expect(leaves).toEqual(expected);
		});

	it('pads trees to one node count and measures the deepest path', () => {
		const tables = compileTrees(model.progression.trees, FEATURE_COUNT);
		expect(tables.nodes).toBe(Math.max(...model.progression.trees.map((t) => t.feature.length)));
		const depth = (tree: Tree, n: number): number =>
			tree.feature[n]! < 0
				? 0
				: 1 + Math.max(depth(tree, tree.left[n]!), depth(tree, tree.right[n]!));
		expect(tables.depth).toBe(Math.max(...model.progression.trees.map((t) => depth(t, 0))));
		expect(tables.categorical.length).toBeGreaterThan(0);
	});
});
