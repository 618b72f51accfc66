import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { rocAuc } from '../eval/metrics';
import { binData, MAX_BINS } from './binning';
import { predictMatrix, predictRow, featureImportance } from './ensemble';
import { trainForest } from './forest';
import { trainGbdtAuto } from './auto';
import { trainGbdt, type Matrix } from './gbdt';
import { ensembleFromJson, ensembleToJson, ModelFormatError } from './model-format';
import { inSet, type Tree } from './tree';
import { TreeShap } from './treeshap';

const column = (values: number[]): Matrix => ({
	data: Float32Array.from(values),
	rows: values.length,
	cols: 1
});

describe('binning', () => {
	it('gives each of few distinct values its own bin, missing bin 0, and x < cut semantics', () => {
		const data = Float32Array.from([3, 1, 2, NaN, 2, 1]);
		const b = binData(data, 6, 1);
		expect(Array.from(b.features[0]!.cuts)).toEqual([1.5, 2.5]);
		expect(Array.from(b.bins)).toEqual([3, 1, 2, 0, 2, 1]);
	});

	it('caps bins at 255 + missing on many distinct values and keeps heavy values alone', () => {
		const rows = 20_000;
		const data = new Float32Array(rows);
		const random = createRandom(3);
		for (let i = 0; i < rows; i++) data[i] = i % 4 === 0 ? 0 : random.next() * 1000;
		const b = binData(data, rows, 1);
		expect(b.features[0]!.count).toBeLessThanOrEqual(MAX_BINS + 1);
		expect(b.features[0]!.count).toBeGreaterThan(200);
		// 0 holds a quarter of the rows: one bin of its own.
		const zeroBin = b.bins[0]!;
		expect(b.bins.filter((x) => x === zeroBin).length).toBe(rows / 4);
	});

	it('rejects categorical values that are not codes', () => {
		expect(() => binData(Float32Array.from([0, 1.5]), 2, 1, { categorical: [0] })).toThrow(
			/row 1 holds 1.5/
		);
	});
});

describe('gradient boosting', () => {
	it('matches hand-computed gain and leaf weights on a tiny set', () => {
		// p = 0.5 everywhere: g = p − y = ±0.5, h = 0.25. Split 2|3: G_L = 1, H_L = 0.5.
		// gain = ½(1²/1.5 + 1²/1.5 − 0) = 2/3; leaves −G/(H+λ) = ∓2/3.
		const { model } = trainGbdt(
			{ x: column([1, 2, 3, 4]), y: [0, 0, 1, 1] },
			{ nTrees: 1, maxDepth: 1, learningRate: 1, lambda: 1, minChildWeight: 0 }
		);
		const tree = model.trees[0]!;
		expect(model.baseScore).toBe(0);
		expect(tree.feature[0]).toBe(0);
		expect(tree.threshold[0]).toBe(2.5);
		expect(tree.gain[0]).toBeCloseTo(2 / 3, 12);
		expect(tree.value[tree.left[0]!]).toBeCloseTo(-2 / 3, 12);
		expect(tree.value[tree.right[0]!]).toBeCloseTo(2 / 3, 12);
		expect(tree.cover[0]).toBeCloseTo(1, 12);
	});

	it('learns where missing values go', () => {
		const x = column([1, 2, NaN, NaN, 3, 4, 1, 2]);
		const toRight = trainGbdt(
			{ x, y: [0, 0, 1, 1, 1, 1, 0, 0] },
			{ nTrees: 1, maxDepth: 1, minChildWeight: 0 }
		);
		expect(toRight.model.trees[0]!.defaultLeft[0]).toBe(0);
		const toLeft = trainGbdt(
			{ x, y: [0, 0, 0, 0, 1, 1, 0, 0] },
			{ nTrees: 1, maxDepth: 1, minChildWeight: 0 }
		);
		expect(toLeft.model.trees[0]!.defaultLeft[0]).toBe(1);
		expect(predictRow(toLeft.model, [NaN])).toBeLessThan(predictRow(toLeft.model, [4]));
	});

	it('splits categories by gradient order without one-hot columns', () => {
		const codes = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 2, 4, 1, 3];
		const y = codes.map((c) => (c % 2 === 0 ? 1 : 0));
		const { model } = trainGbdt(
			{ x: column(codes), y, categorical: [0] },
			{
				nTrees: 1,
				maxDepth: 1,
				minChildWeight: 0,
				catSmooth: 0,
				maxCatToOnehot: 0,
				minCatHessian: 0
			}
		);
		const p = [0, 1, 2, 3, 4].map((c) => predictRow(model, [c]));
		expect(model.trees[0]!.categories.size).toBe(1);
		expect(p[0]).toBe(p[2]);
		expect(p[0]).toBe(p[4]);
		expect(p[1]).toBe(p[3]);
		expect(p[0]).toBeGreaterThan(p[1]!);
	});

	it('leaves categories too light to rank on the right, and caps the left set', () => {
		// 20 categories of 50 rows (0–9 positive, 10–18 negative) and a rare, positive 19.
		const codes: number[] = [];
		for (let c = 0; c < 19; c++) for (let i = 0; i < 50; i++) codes.push(c);
		codes.push(19, 19);
		const y = codes.map((c) => (c < 10 || c === 19 ? 1 : 0));
		const grow = (options: object) =>
			trainGbdt(
				{ x: column(codes), y, categorical: [0] },
				{ nTrees: 1, maxDepth: 1, minChildWeight: 0, ...options }
			).model.trees[0]!;
		const goesLeft = (tree: Tree, c: number) => inSet(tree.categories.get(0)!, c);
		const light = grow({ minCatHessian: 0 });
		expect(goesLeft(light, 19)).toBe(goesLeft(light, 0)); // ranked with the positives
		const guarded = grow({});
		expect(goesLeft(guarded, 19)).toBe(false); // hessian 0.5 < 2: stays right
		expect([...Array(10).keys()].every((c) => goesLeft(guarded, c))).toBe(true);
		const capped = grow({ maxCatThreshold: 4 });
		expect(Array.from({ length: 20 }, (_, c) => goesLeft(capped, c)).filter(Boolean)).toHaveLength(
			4
		);
	});

	it('splits one category against the rest when a node has few categories', () => {
		const codes = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 3, 3];
		const y = codes.map((c) => (c === 3 ? 1 : 0));
		const { model } = trainGbdt(
			{ x: column(codes), y, categorical: [0] },
			{ nTrees: 1, maxDepth: 1, minChildWeight: 0, catL2: 0 }
		);
		const p = [0, 1, 2, 3, 4, 5].map((c) => predictRow(model, [c]));
		expect(new Set(p.filter((_, c) => c !== 3)).size).toBe(1);
		expect(p[3]).toBeGreaterThan(p[0]!);
		// A code never seen in training goes with the rest (right), not with the isolated one.
		expect(predictRow(model, [9])).toBe(p[0]);
	});

	it('is deterministic for a seed and differs across seeds', async () => {
		const { x, y } = synthetic(800, 11);
		const opts = { nTrees: 20, subsample: 0.7, colsampleByTree: 0.6 };
		const a = await ensembleToJson(trainGbdt({ x, y }, { ...opts, seed: 1 }).model);
		const b = await ensembleToJson(trainGbdt({ x, y }, { ...opts, seed: 1 }).model);
		const c = await ensembleToJson(trainGbdt({ x, y }, { ...opts, seed: 2 }).model);
		expect(a.sha256).toBe(b.sha256);
		expect(c.sha256).not.toBe(a.sha256);
	});

	it('stops early when validation loss stops improving', () => {
		const train = synthetic(1500, 5, 0.45);
		const valid = synthetic(1000, 6, 0.45);
		const result = trainGbdt(
			{ ...train, valid },
			{ nTrees: 500, earlyStoppingRounds: 10, learningRate: 0.3 }
		);
		expect(result.bestIteration).toBeLessThan(500);
		expect(result.validLoss.length).toBe(result.bestIteration + 10);
		const best = Math.min(...result.validLoss);
		expect(result.validLoss[result.bestIteration - 1]).toBe(best);
	});

	it('beats the prior on held-out data and reports gain importance on the signal features', () => {
		const train = synthetic(3000, 1);
		const test = synthetic(2000, 2);
		const { model } = trainGbdt(train, { nTrees: 60 });
		const auc = rocAuc(test.y, predictMatrix(model, test.x.data, test.x.rows));
		expect(auc).toBeGreaterThan(0.8);
		const { gain } = featureImportance(model);
		expect(gain[0]! + gain[1]!).toBeGreaterThan(gain[2]! + gain[3]!);
	});
});

describe('untuned boosting (trainGbdtAuto)', () => {
	it('sets a stratified tenth aside and stops when its loss stops improving', () => {
		// One informative column plus noise labels: a few trees capture it, more only overfit.
		const rows = 4000;
		const random = createRandom(11);
		const data = new Float32Array(rows * 2);
		const y = new Uint8Array(rows);
		for (let i = 0; i < rows; i++) {
			data[2 * i] = random.next();
			data[2 * i + 1] = random.next();
			y[i] = random.next() < 0.2 + 0.6 * data[2 * i]! ? 1 : 0;
		}
		const fit = trainGbdtAuto({ x: { data, rows, cols: 2 }, y });
		expect(fit.validRows).toBeGreaterThanOrEqual(399);
		expect(fit.validRows).toBeLessThanOrEqual(401);
		expect(fit.model.trees.length).toBeLessThan(200);
		expect(fit.model.trees.length).toBe(fit.bestIteration);
		// The kept iteration is the best validation loss seen.
		expect(fit.validLoss[fit.bestIteration - 1]).toBe(Math.min(...fit.validLoss));
		expect(fit.validLoss.length).toBe(fit.bestIteration + 30);
	});
});

describe('random forest', () => {
	it('beats a single tree on held-out data and gives out-of-bag estimates', () => {
		const train = synthetic(3000, 3);
		const test = synthetic(2000, 4);
		const auc = (m: Parameters<typeof predictMatrix>[0]) =>
			rocAuc(test.y, predictMatrix(m, test.x.data, test.x.rows));
		const forest = trainForest(train, { nTrees: 60, seed: 1 });
		// A single fully grown tree (the classic decision tree) overfits; averaging fixes that.
		const single = trainForest(train, {
			nTrees: 1,
			bootstrap: false,
			featuresPerNode: 5,
			minChildWeight: 1,
			seed: 1
		});
		expect(auc(forest.model)).toBeGreaterThan(auc(single.model) + 0.03);
		const oobRows = forest.oob.filter((p) => !Number.isNaN(p)).length;
		expect(oobRows).toBeGreaterThan(2900);
		const labeled = train.y.filter((_, i) => !Number.isNaN(forest.oob[i]!));
		expect(
			rocAuc(
				labeled,
				forest.oob.filter((p) => !Number.isNaN(p))
			)
		).toBeGreaterThan(0.75);
	});

	it('leaves hold positive fractions, so probabilities stay in [0, 1]', () => {
		const train = synthetic(500, 9);
		const { model } = trainForest(train, { nTrees: 10 });
		for (const t of model.trees) for (const v of t.value) expect(v >= 0 && v <= 1).toBe(true);
	});
});

describe('artifact', () => {
	it('round-trips with identical predictions', async () => {
		const train = synthetic(600, 8);
		const { model } = trainGbdt({ ...train, categorical: [4] }, { nTrees: 15 });
		const doc = JSON.parse(JSON.stringify(await ensembleToJson(model)));
		const back = await ensembleFromJson(doc);
		const a = predictMatrix(model, train.x.data, train.x.rows);
		const b = predictMatrix(back, train.x.data, train.x.rows);
		expect(Array.from(b)).toEqual(Array.from(a));
	});

	it('rejects a tampered, truncated or mismatched artifact with a clear error', async () => {
		const train = synthetic(300, 8);
		const doc = await ensembleToJson(trainGbdt(train, { nTrees: 3 }).model);
		const tampered = structuredClone(doc);
		tampered.trees[1]!.value[0]! += 0.5;
		await expect(ensembleFromJson(tampered)).rejects.toThrow(/corrupt: sha256 is/);
		const unhashed = { ...doc, sha256: undefined };
		await expect(ensembleFromJson(unhashed)).rejects.toThrow(/sha256 is missing/);
		await expect(ensembleFromJson({ ...doc, format_version: 2 })).rejects.toThrow(/format_version/);
		const cyclic = structuredClone(unhashed);
		cyclic.trees[0]!.left[0] = 0;
		await expect(ensembleFromJson(cyclic, { requireHash: false })).rejects.toThrow(
			/children must come after their parent/
		);
		await expect(ensembleFromJson(doc, { nFeatures: 9 })).rejects.toThrow(ModelFormatError);
	});
});

describe('TreeSHAP', () => {
	it('is locally accurate: contributions + expected value = margin (boosting), probability (forest)', () => {
		const train = synthetic(1500, 12);
		const boosted = trainGbdt({ ...train, categorical: [4] }, { nTrees: 40 }).model;
		const forest = trainForest({ ...train, categorical: [4] }, { nTrees: 20 }).model;
		for (const model of [boosted, forest]) {
			const shap = new TreeShap(model);
			for (let r = 0; r < 200; r++) {
				const phi = shap.explain(train.x.data, r * train.x.cols);
				const total = phi.reduce((a, b) => a + b, shap.expectedValue);
				const p = predictRow(model, train.x.data, r * train.x.cols);
				const output = model.kind === 'gbdt' ? Math.log(p / (1 - p)) : p;
				expect(Math.abs(total - output)).toBeLessThan(1e-6);
			}
		}
	});

	it('gives features the model never splits on no credit', () => {
		const train = synthetic(800, 13);
		const model = trainGbdt(train, { nTrees: 10, colsampleByTree: 1 }).model;
		const used = new Set(model.trees.flatMap((t) => Array.from(t.feature).filter((f) => f >= 0)));
		const phi = new TreeShap(model).explain(train.x.data, 0);
		phi.forEach((p, f) => {
			if (!used.has(f)) expect(p).toBe(0);
		});
		expect(phi.some((p) => p !== 0)).toBe(true);
	});
});

/**
 * y depends on features 0 and 1 (plus a categorical 4 with a small effect); 2 and 3 are noise.
 * `noise` flips labels at random.
 */
function synthetic(rows: number, seed: number, noise = 0.1): { x: Matrix; y: number[] } {
	const random = createRandom(seed);
	const cols = 5;
	const data = new Float32Array(rows * cols);
	const y: number[] = [];
	for (let r = 0; r < rows; r++) {
		const a = random.next() * 4 - 2;
		const b = random.next() * 4 - 2;
		const cat = random.int(6);
		data.set([a, random.next() < 0.05 ? NaN : b, random.next(), random.next(), cat], r * cols);
		const signal = a * a + b - 1 + (cat === 2 ? 0.8 : 0) > 0 ? 1 : 0;
		y.push(random.next() < noise ? 1 - signal : signal);
	}
	return { x: { data, rows, cols }, y };
}
