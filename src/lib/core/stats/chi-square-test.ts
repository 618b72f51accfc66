import jStat from 'jstat';
import type { TestResult } from './ks-test';

/** Pearson's approximation wants every expected count ≥ 5 (Cochran 1954). */
const MIN_EXPECTED = 5;

/**
 * Pearson's chi-square goodness-of-fit test of `current` counts against the shares of
 * `reference` counts (same categories). Categories expected fewer than 5 times are pooled
 * into one (Cochran's rule), so a rare category cannot blow the statistic up on a small batch;
 * a category never seen in the reference gets half a count (add-½ smoothing) so that its
 * appearance still counts. p-value from jStat's chi-square CDF with (pooled categories − 1)
 * degrees of freedom; with a single category left nothing is testable and p = 1. O(k log k).
 * @throws RangeError when the counts differ in length or a sample is empty.
 */
export function chiSquareTest(
	reference: ArrayLike<number>,
	current: ArrayLike<number>
): TestResult & { df: number } {
	if (reference.length !== current.length)
		throw new RangeError(`${reference.length} reference categories but ${current.length} current`);
	const smoothed = Array.from(reference as ArrayLike<number>, (c) => (c > 0 ? c : 0.5));
	const m = smoothed.reduce((a, b) => a + b, 0);
	let n = 0;
	for (let k = 0; k < current.length; k++) n += current[k]!;
	if (m <= 0 || n <= 0) throw new RangeError('chi-square test needs two non-empty samples');

	const cells = smoothed
		.map((c, k) => ({ expected: (n * c) / m, observed: current[k]! }))
		.sort((a, b) => a.expected - b.expected);
	const pooled: { expected: number; observed: number }[] = [];
	let rare = { expected: 0, observed: 0 };
	for (const cell of cells) {
		if (cell.expected >= MIN_EXPECTED) pooled.push(cell);
		else {
			rare.expected += cell.expected;
			rare.observed += cell.observed;
		}
	}
	// The pooled rare cell joins the smallest regular one when it is still too small.
	if (rare.expected > 0 && rare.expected < MIN_EXPECTED && pooled.length > 0) {
		const smallest = pooled.shift()!;
		rare = {
			expected: rare.expected + smallest.expected,
			observed: rare.observed + smallest.observed
		};
	}
	if (rare.expected > 0) pooled.push(rare);
	const df = pooled.length - 1;
	if (df < 1) return { statistic: 0, p_value: 1, df: 0 };
	let statistic = 0;
	for (const { expected, observed } of pooled) statistic += (observed - expected) ** 2 / expected;
	return { statistic, p_value: 1 - jStat.chisquare.cdf(statistic, df), df };
}
