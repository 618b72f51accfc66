import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { predictRow, type Ensemble } from './ensemble';
import { trainForest } from './forest';
import { trainGbdt, type Matrix } from './gbdt';
import { PackedEnsemble } from './packed';
import { leafIndex, TreeBuilder } from './tree';
import { TreeShap } from './treeshap';
import { MAX_TABLE_FEATURES } from './treeshap-table';

const COLS = 8;
const CATEGORICAL = [5];

const train = synthetic(2000, 21);
const gbdt = trainGbdt({ ...train, categorical: CATEGORICAL }, { nTrees: 30, maxDepth: 6 }).model;
const forest = trainForest(
	{ ...train, categorical: CATEGORICAL },
	{ nTrees: 15, maxDepth: 8, minChildWeight: 2 }
).model;
// Depth 4: every leaf has at most 4 path features, so its tables are padded and read unrolled.
const shallow = trainGbdt(
	{ ...train, categorical: CATEGORICAL },
	{ nTrees: 20, maxDepth: 4 }
).model;
const rows = probes(300, 22);

describe('packed traversal', () => {
	it('finds the leaves leafIndex finds, on rows with NaNs and odd categories', () => {
		for (const model of [gbdt, forest]) {
			const packed = new PackedEnsemble(model);
			const n = model.trees.length;
			const leaves = new Int32Array(n);
			const values = new Float64Array(n);
			for (let r = 0; r < rows.length / COLS; r++) {
				packed.leaves(rows, r * COLS, leaves);
				packed.values(rows, r * COLS, values);
				model.trees.forEach((tree, t) => {
					const leaf = leafIndex(tree, rows, r * COLS);
					expect(leaves[t]).toBe(leaf);
					expect(values[t]).toBe(tree.value[leaf]);
				});
			}
		}
	});

	it('packs a tree whose children are not side by side, and refuses one that is not a tree', () => {
		// Root 0 → (2, 1), node 2 → (4, 3): right children come before left ones.
		const builder = new TreeBuilder();
		for (let n = 0; n < 5; n++) builder.add(n, 1);
		builder.split(0, { feature: 0, threshold: 0.5, defaultLeft: true, gain: 1 }, 2, 1);
		builder.split(2, { feature: 1, threshold: 0.5, defaultLeft: false, gain: 1 }, 4, 3);
		const tree = builder.build();
		const model: Ensemble = {
			kind: 'gbdt',
			trees: [tree],
			baseScore: 0,
			nFeatures: 2,
			categorical: []
		};
		const packed = new PackedEnsemble(model);
		const out = new Int32Array(1);
		for (const x of [
			[0, 0],
			[0, 1],
			[1, 0],
			[NaN, NaN],
			[0, NaN]
		])
			expect(packed.leaves(x, 0, out)[0]).toBe(leafIndex(tree, x));
		tree.right[2] = 1; // node 1 now has two parents
		expect(() => new PackedEnsemble(model)).toThrow(RangeError);
	});
});

describe('Fast TreeSHAP v2 tables', () => {
	it('trains models with categorical splits and leaves of many path features', () => {
		for (const model of [gbdt, forest]) {
			expect(model.trees.some((t) => t.categories.size > 0)).toBe(true);
			expect(maxDepth(model)).toBeGreaterThanOrEqual(5);
		}
	});

	it('give what the recursive algorithm gives, to float32 precision, on random rows with NaNs and odd categories', () => {
		for (const model of [gbdt, forest, shallow]) {
			const fast = new TreeShap(model);
			const slow = new TreeShap(model, { tableBudget: 0 });
			expect(fast.tableStats.trees).toBe(model.trees.length);
			expect(slow.tableStats).toEqual({ trees: 0, values: 0, bytes: expect.any(Number) });
			expect(fast.expectedValue).toBe(slow.expectedValue);
			const a = new Float64Array(COLS);
			const b = new Float64Array(COLS);
			let nonzero = 0;
			for (let r = 0; r < rows.length / COLS; r++) {
				fast.explain(rows, r * COLS, a);
				slow.explain(rows, r * COLS, b);
				for (let f = 0; f < COLS; f++) {
					expect(Math.abs(a[f]! - b[f]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(b[f]!)));
					if (b[f] !== 0) nonzero++;
				}
			}
			expect(nonzero).toBeGreaterThan(rows.length / 2);
		}
	});

	it('stay locally accurate: contributions + expected value = margin (boosting), probability (forest)', () => {
		for (const model of [gbdt, forest, shallow]) {
			const shap = new TreeShap(model);
			for (let r = 0; r < rows.length / COLS; r++) {
				const phi = shap.explain(rows, r * COLS);
				const total = phi.reduce((s, p) => s + p, shap.expectedValue);
				const p = predictRow(model, rows, r * COLS);
				const output = model.kind === 'gbdt' ? Math.log(p / (1 - p)) : p;
				expect(Math.abs(total - output)).toBeLessThan(1e-6);
			}
		}
	});

	it('fall back to the recursion for the trees past the budget, with the same results', () => {
		const full = new TreeShap(forest);
		const half = new TreeShap(forest, { tableBudget: full.tableStats.values / 2 });
		const slow = new TreeShap(forest, { tableBudget: 0 });
		expect(half.tableStats.trees).toBeGreaterThan(0);
		expect(half.tableStats.trees).toBeLessThan(forest.trees.length);
		expect(half.tableStats.values).toBeLessThanOrEqual(full.tableStats.values / 2);
		for (let r = 0; r < 50; r++) {
			const a = half.explain(rows, r * COLS);
			const b = slow.explain(rows, r * COLS);
			a.forEach((p, f) =>
				expect(Math.abs(p - b[f]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(b[f]!)))
			);
		}
	});

	it(`fall back for a leaf with more than ${MAX_TABLE_FEATURES} unique path features`, () => {
		// A chain: split on feature i, the left child a leaf, the right one the next split.
		const nFeatures = MAX_TABLE_FEATURES + 2;
		const builder = new TreeBuilder();
		let node = builder.add(0, 2 ** nFeatures);
		for (let f = 0; f < nFeatures; f++) {
			const cover = 2 ** (nFeatures - f - 1);
			const left = builder.add(f % 2 ? 1 : -1, cover);
			const right = builder.add(0.5 - f / 10, cover);
			builder.split(
				node,
				{ feature: f, threshold: 0.5, defaultLeft: f % 3 === 0, gain: 1 },
				left,
				right
			);
			node = right;
		}
		const model: Ensemble = {
			kind: 'gbdt',
			trees: [gbdt.trees[0]!, builder.build()],
			baseScore: 0.1,
			nFeatures: COLS + nFeatures,
			categorical: []
		};
		const shap = new TreeShap(model);
		expect(shap.tableStats.trees).toBe(1);
		const random = createRandom(23);
		const x = new Float64Array(model.nFeatures);
		for (let r = 0; r < 100; r++) {
			for (let f = 0; f < x.length; f++) x[f] = random.next() < 0.1 ? NaN : random.next() * 0.6;
			const phi = shap.explain(x);
			const total = phi.reduce((s, p) => s + p, shap.expectedValue);
			const p = predictRow(model, x);
			expect(Math.abs(total - Math.log(p / (1 - p)))).toBeLessThan(1e-6);
		}
	});
});

function maxDepth(model: Ensemble): number {
	let max = 0;
	for (const tree of model.trees) {
		const depth = new Int32Array(tree.feature.length);
		for (let n = 0; n < tree.feature.length; n++)
			if (tree.feature[n]! >= 0) {
				depth[tree.left[n]!] = depth[tree.right[n]!] = depth[n]! + 1;
				max = Math.max(max, depth[n]! + 1);
			}
	}
	return max;
}

/** y depends on features 0–3 and the categorical 5 (codes 0–7); NaNs in 1, 2 and 5. */
function synthetic(rows: number, seed: number): { x: Matrix; y: number[] } {
	const random = createRandom(seed);
	const data = new Float32Array(rows * COLS);
	const y: number[] = [];
	for (let r = 0; r < rows; r++) {
		const row = Array.from({ length: COLS }, () => random.next() * 4 - 2);
		row[5] = random.int(8);
		const signal =
			row[0]! * row[1]! + Math.sin(2 * row[2]!) - row[3]! + ([1, 4, 6].includes(row[5]) ? 1 : 0);
		for (const f of [1, 2, 5]) if (random.next() < 0.08) row[f] = NaN;
		data.set(row, r * COLS);
		y.push(random.next() < 0.1 ? +(signal <= 0) : +(signal > 0));
	}
	return { x: { data, rows, cols: COLS }, y };
}

/** Rows to explain: NaNs anywhere, categories unseen (8, 40), negative or fractional. */
function probes(rows: number, seed: number): Float64Array {
	const random = createRandom(seed);
	const data = new Float64Array(rows * COLS);
	const odd = [8, 40, -1, 2.5, NaN];
	for (let i = 0; i < data.length; i++) {
		const f = i % COLS;
		data[i] = random.next() < 0.1 ? NaN : random.next() * 4.4 - 2.2;
		if (CATEGORICAL.includes(f))
			data[i] = random.next() < 0.2 ? odd[random.int(odd.length)]! : random.int(8);
	}
	return data;
}
