/**
 * Jensen–Shannon distance between two distributions given as counts over the same bins:
 * √(½ KL(p‖m) + ½ KL(q‖m)) with m = ½(p + q), logarithms base 2, so it lies in [0, 1]
 * (0 identical, 1 disjoint) whatever the sample sizes — which is why it suits large batches,
 * where p-value tests flag differences too small to matter (Lin 1991; Evidently uses it with
 * threshold 0.1). scipy.spatial.distance.jensenshannon(p, q, base=2) gives the same. O(bins).
 * @throws RangeError when the counts differ in length or a distribution is empty.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
	if (p.length !== q.length) throw new RangeError(`${p.length} bins against ${q.length} bins`);
	let sp = 0;
	let sq = 0;
	for (let i = 0; i < p.length; i++) {
		sp += p[i]!;
		sq += q[i]!;
	}
	if (sp <= 0 || sq <= 0)
		throw new RangeError('Jensen–Shannon distance needs two non-empty distributions');
	let divergence = 0;
	for (let i = 0; i < p.length; i++) {
		const a = p[i]! / sp;
		const b = q[i]! / sq;
		const mid = (a + b) / 2;
		if (a > 0) divergence += 0.5 * a * Math.log2(a / mid);
		if (b > 0) divergence += 0.5 * b * Math.log2(b / mid);
	}
	return Math.sqrt(Math.max(0, divergence));
}
