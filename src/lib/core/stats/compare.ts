import jStat from 'jstat';

/** Per-row log loss, clipped like eval/metrics' logLoss. */
export function rowLogLoss(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	eps = 1e-15
): Float64Array {
	const out = new Float64Array(labels.length);
	for (let i = 0; i < labels.length; i++) {
		const p = Math.min(Math.max(probs[i]!, eps), 1 - eps);
		out[i] = labels[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
	}
	return out;
}

export interface Comparison {
	n: number;
	/** Mean log loss of the champion minus the challenger's: > 0 means the challenger is better. */
	mean_difference: number;
	/** Student's t of that difference. */
	statistic: number;
	df: number;
	/** One-sided: P(a difference this large | no real improvement). */
	p_value: number;
	/** One-sided the other way: small when the challenger is significantly worse. */
	p_value_worse: number;
	alpha: number;
	verdict: 'better' | 'worse' | 'inconclusive';
}

/**
 * Champion against challenger on the same rows: a paired one-sided t-test on the per-row
 * log-loss differences (the Diebold–Mariano test for independent rows; Diebold & Mariano 1995).
 * Why this test: log loss is a proper scoring rule, so it rewards the calibrated probabilities
 * the cut-offs and the score are built on; every row contributes (McNemar on accuracy only
 * counts the rows where the two disagree at 0.5, and DeLong on AUC ignores calibration); and
 * pairing removes the per-row difficulty both models share, so a few hundred holdout calls
 * suffice. The t distribution keeps it honest on small holdouts. Matches
 * scipy.stats.ttest_rel(champion, challenger, alternative='greater') (tested). O(n).
 * @throws RangeError with fewer than 2 rows or mismatched lengths.
 */
export function pairedLogLossTest(
	labels: ArrayLike<number>,
	champion: ArrayLike<number>,
	challenger: ArrayLike<number>,
	alpha: number
): Comparison {
	const n = labels.length;
	if (champion.length !== n || challenger.length !== n)
		throw new RangeError(
			`${n} labels, ${champion.length} champion and ${challenger.length} challenger probabilities`
		);
	if (n < 2) throw new RangeError(`a paired test needs at least 2 rows, got ${n}`);
	const a = rowLogLoss(labels, champion);
	const b = rowLogLoss(labels, challenger);
	let mean = 0;
	for (let i = 0; i < n; i++) mean += a[i]! - b[i]!;
	mean /= n;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (a[i]! - b[i]! - mean) ** 2;
	const se = Math.sqrt(ss / (n - 1) / n);
	const df = n - 1;
	return verdict(mean, se, df, n, alpha);
}

/**
 * Two groups of rows scored by different variants (an A/B test: each lead saw one variant):
 * Welch's one-sided t-test on their log losses. Matches
 * scipy.stats.ttest_ind(champion, challenger, equal_var=False, alternative='greater') (tested).
 * @throws RangeError with fewer than 2 rows in a group.
 */
export function welchLogLossTest(
	champion: { labels: ArrayLike<number>; probs: ArrayLike<number> },
	challenger: { labels: ArrayLike<number>; probs: ArrayLike<number> },
	alpha: number
): Comparison {
	const a = rowLogLoss(champion.labels, champion.probs);
	const b = rowLogLoss(challenger.labels, challenger.probs);
	if (a.length < 2 || b.length < 2)
		throw new RangeError(`Welch's test needs 2 rows per variant, got ${a.length} and ${b.length}`);
	const [ma, va] = meanVar(a);
	const [mb, vb] = meanVar(b);
	const qa = va / a.length;
	const qb = vb / b.length;
	const df = (qa + qb) ** 2 / (qa ** 2 / (a.length - 1) + qb ** 2 / (b.length - 1));
	return verdict(ma - mb, Math.sqrt(qa + qb), df, a.length + b.length, alpha);
}

function verdict(mean: number, se: number, df: number, n: number, alpha: number): Comparison {
	// Identical losses on every row: no evidence either way.
	const t = se > 0 ? mean / se : 0;
	const pBetter = se > 0 ? 1 - jStat.studentt.cdf(t, df) : 0.5;
	const pWorse = se > 0 ? jStat.studentt.cdf(t, df) : 0.5;
	return {
		n,
		mean_difference: mean,
		statistic: t,
		df,
		p_value: pBetter,
		p_value_worse: pWorse,
		alpha,
		verdict: pBetter < alpha ? 'better' : pWorse < alpha ? 'worse' : 'inconclusive'
	};
}

function meanVar(x: Float64Array): [number, number] {
	let mean = 0;
	for (const v of x) mean += v;
	mean /= x.length;
	let ss = 0;
	for (const v of x) ss += (v - mean) ** 2;
	return [mean, ss / (x.length - 1)];
}
