/**
 * Metrics for binary classifiers: labels are 0/1, scores are probabilities (or any score for
 * the ranking metrics). Each function checks its input and throws a RangeError saying what
 * is wrong, rather than returning NaN.
 */

export interface Confusion {
	tp: number;
	fp: number;
	tn: number;
	fn: number;
}

function check(labels: ArrayLike<number>, scores: ArrayLike<number>): void {
	if (labels.length !== scores.length)
		throw new RangeError(`${labels.length} labels but ${scores.length} scores`);
	if (labels.length === 0) throw new RangeError('no rows to evaluate');
	for (let i = 0; i < labels.length; i++) {
		if (labels[i] !== 0 && labels[i] !== 1)
			throw new RangeError(`label ${i} is ${labels[i]}; expected 0 or 1`);
		if (Number.isNaN(scores[i])) throw new RangeError(`score ${i} is NaN`);
	}
}

/** Predicted positive when probability ≥ threshold. */
export function confusionMatrix(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	threshold = 0.5
): Confusion {
	check(labels, probs);
	const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
	for (let i = 0; i < labels.length; i++) {
		const predicted = probs[i]! >= threshold;
		if (labels[i] === 1) {
			if (predicted) c.tp++;
			else c.fn++;
		} else if (predicted) c.fp++;
		else c.tn++;
	}
	return c;
}

export function accuracy(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	threshold = 0.5
): number {
	const c = confusionMatrix(labels, probs, threshold);
	return (c.tp + c.tn) / labels.length;
}

/** tp / (tp + fp); 0 when nothing is predicted positive. */
export function precision(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	threshold = 0.5
): number {
	const c = confusionMatrix(labels, probs, threshold);
	return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}

/** tp / (tp + fn); 0 when there are no positives. */
export function recall(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	threshold = 0.5
): number {
	const c = confusionMatrix(labels, probs, threshold);
	return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

export function f1(labels: ArrayLike<number>, probs: ArrayLike<number>, threshold = 0.5): number {
	const p = precision(labels, probs, threshold);
	const r = recall(labels, probs, threshold);
	return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Row indices by descending score. */
function byScoreDesc(scores: ArrayLike<number>): Uint32Array {
	const order = Uint32Array.from({ length: scores.length }, (_, i) => i);
	return order.sort((a, b) => scores[b]! - scores[a]!);
}

/** ROC AUC by ranks (Mann–Whitney U); tied scores share their rank (half credit). */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
	check(labels, scores);
	const order = byScoreDesc(scores);
	let positives = 0;
	for (let i = 0; i < labels.length; i++) positives += labels[i]!;
	const negatives = labels.length - positives;
	if (positives === 0 || negatives === 0) throw new RangeError('ROC AUC needs both classes');
	// Walk from the highest score down; for each group of ties count pairs it wins.
	let negativesBelow = negatives;
	let wins = 0;
	for (let i = 0; i < order.length;) {
		let j = i;
		let pos = 0;
		let neg = 0;
		while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
			if (labels[order[j]!] === 1) pos++;
			else neg++;
			j++;
		}
		negativesBelow -= neg;
		wins += pos * negativesBelow + 0.5 * pos * neg;
		i = j;
	}
	return wins / (positives * negatives);
}

/** Average precision (scikit-learn's average_precision_score): Σ (R_k − R_{k−1}) · P_k over tie groups. */
export function prAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
	check(labels, scores);
	const order = byScoreDesc(scores);
	let positives = 0;
	for (let i = 0; i < labels.length; i++) positives += labels[i]!;
	if (positives === 0) throw new RangeError('PR AUC needs at least one positive');
	let tp = 0;
	let seen = 0;
	let ap = 0;
	for (let i = 0; i < order.length;) {
		let j = i;
		let pos = 0;
		while (j < order.length && scores[order[j]!] === scores[order[i]!]) {
			pos += labels[order[j]!]!;
			j++;
		}
		tp += pos;
		seen = j;
		ap += (pos / positives) * (tp / seen);
		i = j;
	}
	return ap;
}

export function logLoss(labels: ArrayLike<number>, probs: ArrayLike<number>, eps = 1e-15): number {
	check(labels, probs);
	let sum = 0;
	for (let i = 0; i < labels.length; i++) {
		const p = Math.min(Math.max(probs[i]!, eps), 1 - eps);
		sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
	}
	return sum / labels.length;
}

export function brier(labels: ArrayLike<number>, probs: ArrayLike<number>): number {
	check(labels, probs);
	let sum = 0;
	for (let i = 0; i < labels.length; i++) sum += (probs[i]! - labels[i]!) ** 2;
	return sum / labels.length;
}

export interface CalibrationBin {
	lo: number;
	hi: number;
	count: number;
	mean_predicted: number;
	fraction_positive: number;
}

/** Reliability table: predicted vs observed rate per bin (empty bins left out). */
export function calibrationTable(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	bins = 10,
	strategy: 'uniform' | 'quantile' = 'uniform'
): CalibrationBin[] {
	check(labels, probs);
	const edges: number[] = [];
	if (strategy === 'uniform') for (let b = 0; b <= bins; b++) edges.push(b / bins);
	else {
		const sorted = Float64Array.from(probs).sort();
		for (let b = 0; b <= bins; b++)
			edges.push(sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / bins))]!);
		edges[bins] = Math.max(edges[bins]!, 1);
		edges[0] = Math.min(edges[0]!, 0);
	}
	const count = new Float64Array(bins);
	const sumP = new Float64Array(bins);
	const sumY = new Float64Array(bins);
	for (let i = 0; i < labels.length; i++) {
		const p = probs[i]!;
		let b = 0;
		while (b < bins - 1 && p >= edges[b + 1]!) b++;
		count[b]!++;
		sumP[b]! += p;
		sumY[b]! += labels[i]!;
	}
	const table: CalibrationBin[] = [];
	for (let b = 0; b < bins; b++)
		if (count[b]! > 0)
			table.push({
				lo: edges[b]!,
				hi: edges[b + 1]!,
				count: count[b]!,
				mean_predicted: sumP[b]! / count[b]!,
				fraction_positive: sumY[b]! / count[b]!
			});
	return table;
}

/** Count-weighted mean |predicted − observed| over the table's bins. */
export function expectedCalibrationError(table: readonly CalibrationBin[]): number {
	let n = 0;
	let sum = 0;
	for (const bin of table) {
		n += bin.count;
		sum += bin.count * Math.abs(bin.mean_predicted - bin.fraction_positive);
	}
	return n === 0 ? 0 : sum / n;
}

export interface BinaryReport {
	n: number;
	positives: number;
	threshold: number;
	accuracy: number;
	precision: number;
	recall: number;
	f1: number;
	/** null when only one class is present. */
	roc_auc: number | null;
	pr_auc: number | null;
	log_loss: number;
	brier: number;
	confusion: Confusion;
}

/** The headline figures of a report, for tables that compare models. */
export type HeadlineMetrics = Pick<
	BinaryReport,
	'accuracy' | 'precision' | 'recall' | 'f1' | 'roc_auc' | 'pr_auc'
>;

export function binaryReport(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	threshold = 0.5
): BinaryReport {
	const confusion = confusionMatrix(labels, probs, threshold);
	const positives = confusion.tp + confusion.fn;
	const both = positives > 0 && positives < labels.length;
	return {
		n: labels.length,
		positives,
		threshold,
		accuracy: accuracy(labels, probs, threshold),
		precision: precision(labels, probs, threshold),
		recall: recall(labels, probs, threshold),
		f1: f1(labels, probs, threshold),
		roc_auc: both ? rocAuc(labels, probs) : null,
		pr_auc: positives > 0 ? prAuc(labels, probs) : null,
		log_loss: logLoss(labels, probs),
		brier: brier(labels, probs),
		confusion
	};
}

export interface ThresholdChoice {
	threshold: number;
	precision: number;
	recall: number;
	f1: number;
}

/**
 * Lower Wilson bound of a proportion k/n at z standard errors (z = 0: k/n itself): a cut-off
 * that keeps precision ≥ 90% "with 95% confidence" (z = 1.64) holds on new calls, where one
 * that only scrapes 90% on the validation slice lands just under it half the time.
 */
export function wilsonLower(k: number, n: number, z: number): number {
	if (n === 0) return 0;
	const p = k / n;
	if (z === 0) return p;
	const z2 = z * z;
	return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * The decision threshold among the distinct scores that maximises F1, or — with a precision
 * floor — the one with the highest recall whose precision meets the floor (null if none does).
 * `baseRate` judges precision as it would be where positives are that share of the rows rather
 * than this set's share (counts reweighted; recall does not depend on it): a slice where
 * positives are more common than they will be overstates precision. One sort, one sweep.
 */
export function bestThreshold(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	criterion: 'f1' | { minPrecision: number; z?: number; baseRate?: number }
): ThresholdChoice | null {
	check(labels, probs);
	const order = byScoreDesc(probs);
	let positives = 0;
	for (let i = 0; i < labels.length; i++) positives += labels[i]!;
	if (positives === 0) return null;
	const share = positives / labels.length;
	const rate = criterion === 'f1' ? undefined : criterion.baseRate;
	if (rate !== undefined && !(rate > 0 && rate < 1))
		throw new RangeError(`baseRate must be in (0, 1), got ${rate}`);
	// Weights of a positive and a negative row that turn this set's share into `rate`.
	const reweight = rate !== undefined && share < 1;
	const wPos = reweight ? rate / share : 1;
	const wNeg = reweight ? (1 - rate) / (1 - share) : 1;
	let best: ThresholdChoice | null = null;
	let tp = 0;
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j < order.length && probs[order[j]!] === probs[order[i]!]) tp += labels[order[j++]!]!;
		const k = tp * wPos;
		const n = k + (j - tp) * wNeg;
		const p = k / n;
		const r = tp / positives;
		const choice = {
			threshold: probs[order[i]!]!,
			precision: p,
			recall: r,
			f1: p + r === 0 ? 0 : (2 * p * r) / (p + r)
		};
		if (criterion === 'f1') {
			if (!best || choice.f1 > best.f1) best = choice;
		} else if (
			wilsonLower(k, n, criterion.z ?? 0) >= criterion.minPrecision &&
			(!best || r > best.recall)
		)
			best = choice;
		i = j;
	}
	return best;
}
