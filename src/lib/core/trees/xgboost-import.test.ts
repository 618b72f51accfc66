import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predictRow, sigmoid } from './ensemble';
import { ensembleFromJson, ensembleToJson, ModelFormatError } from './model-format';
import { TreeShap } from './treeshap';
import { fromXgboostJson, parseXgboostJson } from './xgboost-import';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixture documents
const fixture = (name: string): any =>
	parseXgboostJson(
		readFileSync(new URL(`../../../../tests/fixtures/xgboost/${name}`, import.meta.url), 'utf8')
	);

describe('XGBoost JSON import', () => {
	const xgb = fixture('model.json');
	const expected = fixture('expected.json') as {
		rows: (number | null)[][];
		margin: number[];
		probability: number[];
		categorical: number[];
	};

	it('predicts what XGBoost predicted, to 1e-5, numeric, missing and categorical splits', async () => {
		const model = fromXgboostJson(xgb);
		expect(model.categorical).toEqual(expected.categorical);
		expect(model.trees.some((t) => t.categories.size > 0)).toBe(true);
		// The same through this project's own artifact format.
		const roundTrip = await ensembleFromJson(
			JSON.parse(JSON.stringify(await ensembleToJson(model)))
		);
		let worst = 0;
		expected.rows.forEach((row, i) => {
			const x = row.map((v) => (v === null ? NaN : v));
			const p = predictRow(model, x);
			worst = Math.max(worst, Math.abs(p - expected.probability[i]!));
			expect(Math.abs(p - sigmoid(expected.margin[i]!))).toBeLessThan(1e-5);
			expect(predictRow(roundTrip, x)).toBe(p);
		});
		expect(worst).toBeLessThan(1e-5);
		expect(expected.rows.some((r) => r.includes(null))).toBe(true);
	});

	it('compares in float32 as XGBoost does: a double just under a threshold goes where its float32 goes', () => {
		const model = fromXgboostJson(xgb);
		const base = expected.rows[0]!.map((v) => (v === null ? NaN : v));
		let flipped = 0;
		for (const tree of model.trees.slice(0, 20)) {
			const f = tree.feature[0]!;
			if (f < 0 || tree.categorical[0] === 1) continue;
			// The largest doubles below the root threshold t that still round to t in float32.
			const t = tree.threshold[0]!;
			const x = [...base];
			x[f] = t - Math.abs(t) * 2 ** -26;
			expect(Math.fround(x[f]!)).toBe(t);
			const plain = predictRow(model, x);
			expect(plain).toBe(predictRow(model, Float32Array.from(x)));
			// TreeSHAP follows the same path: contributions + expected value = the margin.
			const shap = new TreeShap(model);
			const sum = shap.explain(x).reduce((a, b) => a + b, shap.expectedValue);
			expect(sigmoid(sum)).toBeCloseTo(plain, 7); // the tables hold float32 contributions
			flipped++;
		}
		expect(flipped).toBeGreaterThan(5);
	});

	it('refuses what it cannot import, saying why', () => {
		const multi = structuredClone(xgb);
		multi.learner.objective.name = 'multi:softprob';
		expect(() => fromXgboostJson(multi)).toThrow(/objective multi:softprob is not supported/);
		expect(() => fromXgboostJson({ learner: {} })).toThrow(ModelFormatError);
	});
});

describe('TreeSHAP on the imported XGBoost model', () => {
	it("matches XGBoost's pred_contribs (features and bias) to 1e-5", () => {
		const xgb = fixture('model.json');
		const expected = fixture('expected.json') as {
			rows: (number | null)[][];
			contributions: number[][];
		};
		const model = fromXgboostJson(xgb);
		const shap = new TreeShap(model);
		// Every tree explained from its Fast TreeSHAP v2 table.
		expect(shap.tableStats.trees).toBe(model.trees.length);
		let worst = 0;
		expected.rows.forEach((row, i) => {
			const phi = shap.explain(row.map((v) => (v === null ? NaN : v)));
			const want = expected.contributions[i]!;
			phi.forEach((p, f) => (worst = Math.max(worst, Math.abs(p - want[f]!))));
			worst = Math.max(worst, Math.abs(shap.expectedValue - want.at(-1)!));
		});
		expect(worst).toBeLessThan(1e-5);
	});
});
