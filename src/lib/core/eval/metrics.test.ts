import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import {
	accuracy,
	bestThreshold,
	wilsonLower,
	binaryReport,
	brier,
	calibrationTable,
	confusionMatrix,
	expectedCalibrationError,
	f1,
	logLoss,
	prAuc,
	precision,
	recall,
	rocAuc
} from './metrics';
import { kFold, stratifiedSplit, timeSplit } from './splits';

// scikit-learn's documented example: average_precision_score → 0.8333…, roc_auc_score → 0.75.
const y = [0, 0, 1, 1];
const s = [0.1, 0.4, 0.35, 0.8];

describe('metrics', () => {
	it("match scikit-learn's documented examples", () => {
		expect(rocAuc(y, s)).toBeCloseTo(0.75, 12);
		expect(prAuc(y, s)).toBeCloseTo(0.8333333333333333, 12);
	});

	it('count the confusion matrix and derived rates', () => {
		const p = [0.9, 0.6, 0.4, 0.2, 0.7];
		const t = [1, 0, 1, 0, 1];
		expect(confusionMatrix(t, p)).toEqual({ tp: 2, fp: 1, tn: 1, fn: 1 });
		expect(accuracy(t, p)).toBe(0.6);
		expect(precision(t, p)).toBeCloseTo(2 / 3, 12);
		expect(recall(t, p)).toBeCloseTo(2 / 3, 12);
		expect(f1(t, p)).toBeCloseTo(2 / 3, 12);
		expect(precision([1, 0], [0.1, 0.2])).toBe(0);
	});

	it('give ties half credit in ROC AUC, equal to the pairwise definition', () => {
		const random = createRandom(5);
		const labels: number[] = [];
		const scores: number[] = [];
		for (let i = 0; i < 300; i++) {
			labels.push(random.next() < 0.3 ? 1 : 0);
			scores.push(Math.round(random.next() * 20) / 20 + labels.at(-1)! * 0.1);
		}
		let wins = 0;
		let pairs = 0;
		for (let i = 0; i < 300; i++)
			for (let j = 0; j < 300; j++)
				if (labels[i] === 1 && labels[j] === 0) {
					pairs++;
					wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
				}
		expect(rocAuc(labels, scores)).toBeCloseTo(wins / pairs, 12);
	});

	it('compute log loss and Brier score', () => {
		expect(logLoss([1, 0], [0.8, 0.4])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
		expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 6);
		expect(brier([1, 0], [0.8, 0.4])).toBeCloseTo((0.04 + 0.16) / 2, 12);
	});

	it('build a reliability table and its calibration error', () => {
		const table = calibrationTable([0, 1, 1, 0, 1], [0.05, 0.15, 0.95, 0.9, 0.99], 10);
		expect(table.map((b) => [b.lo, b.count, b.fraction_positive])).toEqual([
			[0, 1, 0],
			[0.1, 1, 1],
			[0.9, 3, 2 / 3]
		]);
		expect(expectedCalibrationError(table)).toBeGreaterThan(0);
		expect(calibrationTable(y, s, 2, 'quantile').reduce((n, b) => n + b.count, 0)).toBe(4);
	});

	it('choose thresholds by F1 or by a precision floor', () => {
		const labels = [1, 1, 0, 1, 0, 0];
		const scores = [0.9, 0.8, 0.7, 0.6, 0.3, 0.1];
		expect(bestThreshold(labels, scores, 'f1')!.threshold).toBe(0.6);
		expect(bestThreshold(labels, scores, { minPrecision: 1 })!.threshold).toBe(0.8);
		expect(bestThreshold([0, 1], [0.9, 0.1], { minPrecision: 1 })).toBeNull();
		// With a confidence bound the cut-off stops where precision is surely ≥ 90%, not where it scrapes it.
		const many = Array.from({ length: 200 }, (_, i) =>
			i < 50 ? 1 : i < 150 ? (i % 10 >= 8 ? 0 : 1) : 0
		);
		const ranked = many.map((_, i) => 1 - i / 200);
		const plain = bestThreshold(many, ranked, { minPrecision: 0.9 })!;
		const sure = bestThreshold(many, ranked, { minPrecision: 0.9, z: 1.28 })!;
		expect(plain.precision).toBeGreaterThanOrEqual(0.9);
		expect(sure.threshold).toBeGreaterThan(plain.threshold);
		// Positives half as common as in this set: the same cut-off is less precise, so it rises.
		const share = many.reduce<number>((a, b) => a + b, 0) / many.length;
		const rarer = bestThreshold(many, ranked, { minPrecision: 0.9, baseRate: share / 2 })!;
		expect(rarer.threshold).toBeGreaterThan(plain.threshold);
		expect(rarer.precision).toBeGreaterThanOrEqual(0.9);
		expect(bestThreshold(many, ranked, { minPrecision: 0.9, baseRate: share })).toEqual(plain);
		expect(() => bestThreshold(many, ranked, { minPrecision: 0.9, baseRate: 1 })).toThrow(
			/baseRate/
		);
		expect(wilsonLower(90, 100, 0)).toBe(0.9);
		expect(wilsonLower(90, 100, 1.28)).toBeCloseTo(0.8549, 3);
	});

	it('reject bad input and report one-class sets without AUC', () => {
		expect(() => rocAuc([1, 0], [0.5])).toThrow(/2 labels but 1 scores/);
		expect(() => rocAuc([], [])).toThrow(/no rows/);
		expect(() => rocAuc([1, 2], [0.1, 0.2])).toThrow(/label 1 is 2/);
		expect(() => brier([1], [NaN])).toThrow(/NaN/);
		expect(() => rocAuc([1, 1], [0.1, 0.2])).toThrow(/both classes/);
		expect(binaryReport([1, 1], [0.9, 0.2]).roc_auc).toBeNull();
	});
});

describe('splits', () => {
	const labels = Array.from({ length: 1000 }, (_, i) => (i % 4 === 0 ? 1 : 0));

	it('stratify, deterministically for a seed', () => {
		const a = stratifiedSplit(labels, 0.2, createRandom(1).next);
		const b = stratifiedSplit(labels, 0.2, createRandom(1).next);
		const c = stratifiedSplit(labels, 0.2, createRandom(2).next);
		expect(a.test.length).toBe(200);
		expect(Array.from(a.test).filter((i) => labels[i] === 1).length).toBe(50);
		expect(Array.from(a.test)).toEqual(Array.from(b.test));
		expect(Array.from(a.test)).not.toEqual(Array.from(c.test));
		expect(new Set([...a.train, ...a.test]).size).toBe(1000);
	});

	it('put the latest rows in the time-based test set', () => {
		const times = [5, 1, 4, 2, 3, NaN, 5];
		const split = timeSplit(times, 0.3);
		expect(Array.from(split.test)).toEqual([0, 6]);
		expect(split.cutoff).toBe(5);
		expect(Array.from(split.train)).toEqual([1, 2, 3, 4, 5]);
		// Ties at the cutoff stay together on the test side.
		expect(Array.from(timeSplit([1, 2, 3, 3], 0.25).test)).toEqual([2, 3]);
	});

	it('cover every row exactly once across k folds', () => {
		const folds = kFold(labels, 5, createRandom(3).next);
		const tested = folds.flatMap((f) => Array.from(f.test)).sort((a, b) => a - b);
		expect(tested).toEqual(labels.map((_, i) => i));
		for (const f of folds) expect(f.train.length + f.test.length).toBe(1000);
		expect(() => kFold(labels, 1, createRandom(3).next)).toThrow(/k must be/);
	});
});
