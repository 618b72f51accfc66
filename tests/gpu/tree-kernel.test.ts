import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '$lib/core/features';
import { loadArtifact, type LoadedModel } from '$lib/core/scoring';
import { leafIndex, type Tree } from '$lib/core/trees';
import { TreeKernel } from '$lib/gpu/tree-kernel';
import { requestDawnDevice } from './dawn';

const models = new URL('../../models/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, models), 'utf8'));
const model: LoadedModel = await loadArtifact(read(`${read('manifest.json').current}.json`));

/**
 * Rows that hit every branch of the walk: per feature, values drawn from that feature's own
 * split thresholds (exactly, and one float32 step either side), NaN (missing), category codes
 * in and out of the sets, negatives, fractions, ±0, ±∞, denormals and codes ≥ 2^32.
 */
function boundaryRows(rows: number, trees: readonly Tree[], seed: number): Float32Array {
	const cuts: number[][] = Array.from({ length: FEATURE_COUNT }, () => []);
	for (const tree of trees)
		for (let n = 0; n < tree.feature.length; n++)
			if (tree.feature[n]! >= 0 && tree.categorical[n] === 0)
				cuts[tree.feature[n]!]!.push(tree.threshold[n]!);
	const odd = [0, -0, 1.5, -1, Infinity, -Infinity, 1e-45, 2 ** 32 + 3 * 512, 2 ** 40];
	const step = new Float32Array(1);
	const bits = new Int32Array(step.buffer);
	let state = seed >>> 0;
	const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const x = new Float32Array(rows * FEATURE_COUNT);
	for (let i = 0; i < x.length; i++) {
		const f = i % FEATURE_COUNT;
		const u = random();
		const own = cuts[f]!;
		if (u < 0.15) x[i] = NaN;
		else if (u < 0.25) x[i] = odd[Math.floor(random() * odd.length)]!;
		else if (u < 0.45) x[i] = Math.floor(random() * 64);
		else if (own.length) {
			step[0] = own[Math.floor(random() * own.length)]!;
			bits[0]! += Math.floor(random() * 3) - 1;
			x[i] = step[0]!;
		} else x[i] = (random() - 0.5) * 100;
	}
	return x;
}

/** Rows × trees leaves of the core's flat walk (`leafIndex`), as the flat engine returns them. */
function flatLeaves(trees: readonly Tree[], x: Float32Array, rows: number): Int32Array {
	const out = new Int32Array(rows * trees.length);
	for (let r = 0, at = 0; r < rows; r++)
		for (let t = 0; t < trees.length; t++) out[at++] = leafIndex(trees[t]!, x, r * FEATURE_COUNT);
	return out;
}

function mismatches(a: Int32Array, b: Int32Array): number {
	expect(a.length).toBe(b.length);
	let n = 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
	return n;
}

let device: GPUDevice;
let adapter: string;
beforeAll(async () => {
	({ device, adapter } = await requestDawnDevice());
	console.log(`WebGPU adapter: ${adapter}`);
});
afterAll(() => device?.destroy());

describe('WebGPU tree kernel (Dawn)', () => {
	const { progression, voiceAi } = model;
	const full = [{ trees: progression.trees }, { trees: voiceAi.trees }];

	for (const rows of [10_000, 100_000]) {
		it(`finds the flat walk's leaves for ${rows.toLocaleString('en-US')} rows, both ensembles`, async () => {
			const kernel = await TreeKernel.create(device, full, FEATURE_COUNT);
			const x = boundaryRows(rows, [...progression.trees, ...voiceAi.trees], rows);
			const [gbdt, forest] = await kernel.leaves(x, rows);
			kernel.dispose();
			expect(mismatches(gbdt!, flatLeaves(progression.trees, x, rows))).toBe(0);
			expect(mismatches(forest!, flatLeaves(voiceAi.trees, x, rows))).toBe(0);
		});
	}

	it("finds the flat walk's leaves for 1,000,000 rows, first 40 + 10 trees", async () => {
		const rows = 1_000_000;
		// Numeric and categorical splits and missing values, in two row chunks (200 MB of rows);
		// all 578 trees would take minutes on llvmpipe's two cores and 4.6 GB of leaves.
		const trees = [progression.trees.slice(0, 40), voiceAi.trees.slice(0, 10)];
		expect(trees.flat().some((t) => t.categories.size > 0)).toBe(true);
		const kernel = await TreeKernel.create(
			device,
			trees.map((t) => ({ trees: t })),
			FEATURE_COUNT
		);
		const x = boundaryRows(rows, trees.flat(), 7);
		const leaves = await kernel.leaves(x, rows);
		kernel.dispose();
		trees.forEach((t, e) => expect(mismatches(leaves[e]!, flatLeaves(t, x, rows))).toBe(0));
	});

	it('tells a threshold one float32 step off (the comparison can fail)', async () => {
		const tree = progression.trees[0]!;
		const threshold = Float32Array.from(tree.threshold);
		const bits = new Int32Array(threshold.buffer);
		bits[0]! += 1; // the root, which every row passes
		const moved = { ...tree, threshold };
		const kernel = await TreeKernel.create(device, [{ trees: [moved] }], FEATURE_COUNT);
		const rows = 10_000;
		const x = boundaryRows(rows, [tree], 3);
		const [leaves] = await kernel.leaves(x, rows);
		kernel.dispose();
		expect(mismatches(leaves!, flatLeaves([tree], x, rows))).toBeGreaterThan(0);
		expect(mismatches(leaves!, flatLeaves([moved], x, rows))).toBe(0);
	});

	it('sums leaf values and counts marked leaves as the core does (float32 sums)', async () => {
		const rows = 10_000;
		const cut = model.artifact.thresholds.voice_ai;
		const kernel = await TreeKernel.create(
			device,
			[{ trees: progression.trees }, { trees: voiceAi.trees, counted: (v) => v >= cut }],
			FEATURE_COUNT
		);
		const x = boundaryRows(rows, progression.trees, 11);
		const [gbdt, forest] = await kernel.sums(x, rows);
		kernel.dispose();
		const p = flatLeaves(progression.trees, x, rows);
		const v = flatLeaves(voiceAi.trees, x, rows);
		let worst = 0;
		for (let r = 0; r < rows; r++) {
			let sum = 0;
			progression.trees.forEach((t, i) => (sum += t.value[p[r * progression.trees.length + i]!]!));
			worst = Math.max(worst, Math.abs(sum - gbdt!.sum[r]!));
			let above = 0;
			voiceAi.trees.forEach(
				(t, i) => (above += t.value[v[r * voiceAi.trees.length + i]!]! >= cut ? 1 : 0)
			);
			expect(forest!.counted[r]).toBe(above);
		}
		expect(worst).toBeLessThan(1e-4);
	});
});
