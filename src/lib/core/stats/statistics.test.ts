import { describe, expect, it } from 'vitest';
import { chiSquareTest } from './chi-square-test';
import { pairedLogLossTest, welchLogLossTest } from './compare';
import { jensenShannonDistance } from './jensen-shannon';
import { kolmogorovQ, ksTestBinned } from './ks-test';

// Reference values from scipy 1.17 (scipy.special.kolmogorov, scipy.stats.chisquare,
// scipy.spatial.distance.jensenshannon(base=2), scipy.stats.ttest_rel / ttest_ind).
describe('drift statistics against scipy', () => {
	it('kolmogorovQ matches scipy.special.kolmogorov', () => {
		expect(kolmogorovQ(0.5)).toBeCloseTo(0.9639452436648751, 10);
		expect(kolmogorovQ(1.0)).toBeCloseTo(0.26999967167735456, 10);
		expect(kolmogorovQ(1.36)).toBeCloseTo(0.049485876755377876, 10);
		expect(kolmogorovQ(2.0)).toBeCloseTo(0.0006709252557796953, 12);
	});

	it('KS: identical bins give D = 0, p = 1; a shifted sample is rejected', () => {
		const ref = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
		expect(ksTestBinned(ref, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toEqual({ statistic: 0, p_value: 1 });
		// 30 rows all in the top half: D = 0.5 (hand: cumulative 0.5 vs 0 after bin 5).
		const shifted = ksTestBinned(ref, [0, 0, 0, 0, 0, 6, 6, 6, 6, 6]);
		expect(shifted.statistic).toBeCloseTo(0.5, 12);
		expect(shifted.p_value).toBeLessThan(0.001);
	});

	it('chi-square matches scipy.stats.chisquare with the reference shares', () => {
		const r = chiSquareTest([100, 200, 300, 400], [15, 25, 30, 30]);
		expect(r.statistic).toBeCloseTo(6.25, 10);
		expect(r.df).toBe(3);
		expect(r.p_value).toBeCloseTo(0.10006083311939494, 8);
	});

	it('chi-square pools rare categories and notices a category never seen in training', () => {
		expect(chiSquareTest([990, 10], [20, 0]).p_value).toBe(1); // one pooled cell: untestable
		const unseen = chiSquareTest([500, 500, 0], [10, 10, 20]);
		// The unseen category pools with the smallest cell: X² = 10 on 1 df (hand: (30−20)²/20 + (10−20)²/20).
		expect(unseen.statistic).toBeCloseTo(9.98, 2); // expected 19.99 after add-½ smoothing
		expect(unseen.p_value).toBeLessThan(0.002);
	});

	it('Jensen–Shannon distance matches scipy and is 0 for identical shares', () => {
		expect(jensenShannonDistance([10, 20, 30, 40], [40, 30, 20, 10])).toBeCloseTo(
			0.3918681606471552,
			12
		);
		expect(jensenShannonDistance([1, 2, 3], [100, 200, 300])).toBe(0);
		expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 12);
	});
});

describe('champion vs challenger tests against scipy', () => {
	// Labels 1 and p = e^(−loss) make each row's log loss exactly the given value.
	const a = [0.2, 0.5, 0.3, 0.9, 0.1, 0.4, 0.35, 0.6];
	const b = [0.1, 0.45, 0.31, 0.7, 0.12, 0.3, 0.3, 0.5];
	const ones = (n: number) => new Array<number>(n).fill(1);
	const probs = (loss: number[]) => loss.map((l) => Math.exp(-l));

	it('paired log-loss test = ttest_rel(champion, challenger, alternative="greater")', () => {
		const r = pairedLogLossTest(ones(8), probs(a), probs(b), 0.05);
		expect(r.statistic).toBeCloseTo(2.854591428735285, 9);
		expect(r.df).toBe(7);
		expect(r.p_value).toBeCloseTo(0.012263348509502179, 9);
		expect(r.verdict).toBe('better');
		expect(pairedLogLossTest(ones(8), probs(b), probs(a), 0.05).verdict).toBe('worse');
		expect(pairedLogLossTest(ones(8), probs(a), probs(a), 0.05).verdict).toBe('inconclusive');
	});

	it('Welch log-loss test = ttest_ind(equal_var=False, alternative="greater")', () => {
		const r = welchLogLossTest(
			{ labels: ones(8), probs: probs(a) },
			{ labels: ones(6), probs: probs(b.slice(0, 6)) },
			0.05
		);
		expect(r.statistic).toBeCloseTo(0.6978986688147286, 9);
		expect(r.df).toBeCloseTo(11.545500639989537, 8);
		expect(r.p_value).toBeCloseTo(0.2495276148373771, 8);
		expect(r.verdict).toBe('inconclusive');
	});
});
