/**
 * Two-sample Kolmogorov–Smirnov test on grouped data: both samples given as counts over the
 * same ordered bins. The statistic is the largest gap between the two cumulative shares at a
 * bin boundary — what the exact test would see if every value sat on its bin's edge, so on
 * grouped data it is conservative (never above the ungrouped statistic).
 */
export interface TestResult {
	statistic: number;
	p_value: number;
}

/**
 * Kolmogorov's limiting distribution Q(λ) = P(√n·D > λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}.
 * No maintained npm package computes it (jStat has no Kolmogorov distribution;
 * @stdlib/stats-kstest is one-sample against named distributions), so the alternating series
 * is summed here until its terms vanish (Press et al., Numerical Recipes, 3rd ed., §14.3.3).
 * Matches scipy.special.kolmogorov to 1e-10 (tested).
 */
export function kolmogorovQ(lambda: number): number {
	if (lambda < 0.2) return 1; // the series converges slowly here and Q is 1 to 1e-9
	let sum = 0;
	for (let k = 1; k <= 100; k++) {
		const term = Math.exp(-2 * k * k * lambda * lambda);
		sum += (k % 2 === 1 ? 1 : -1) * term;
		if (term < 1e-16) break;
	}
	return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * KS test of `current` against `reference`, both counts per ordered bin. p-value from
 * Kolmogorov's distribution with the effective size nm/(n+m) and Stephens' small-sample
 * correction λ = (√nₑ + 0.12 + 0.11/√nₑ)·D (Stephens 1970; Numerical Recipes §14.3.3),
 * accurate from nₑ ≈ 4 up. O(bins).
 * @throws RangeError when the bin counts differ in length or a sample is empty.
 */
export function ksTestBinned(reference: ArrayLike<number>, current: ArrayLike<number>): TestResult {
	if (reference.length !== current.length)
		throw new RangeError(`${reference.length} reference bins but ${current.length} current bins`);
	let m = 0;
	let n = 0;
	for (let b = 0; b < reference.length; b++) {
		m += reference[b]!;
		n += current[b]!;
	}
	if (m <= 0 || n <= 0) throw new RangeError('KS test needs two non-empty samples');
	let cumRef = 0;
	let cumCur = 0;
	let d = 0;
	for (let b = 0; b < reference.length; b++) {
		cumRef += reference[b]!;
		cumCur += current[b]!;
		d = Math.max(d, Math.abs(cumRef / m - cumCur / n));
	}
	const ne = (n * m) / (n + m);
	const root = Math.sqrt(ne);
	return { statistic: d, p_value: kolmogorovQ((root + 0.12 + 0.11 / root) * d) };
}
