import type { BinnedData } from './binning';
import type { TreeParams } from './params';

/** The best split of a node. */
export interface Split {
	feature: number;
	/** Loss reduction ½[G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ)] − γ. */
	gain: number;
	/** Numeric: rows with x < threshold go left. */
	threshold: number;
	defaultLeft: boolean;
	/** Categorical: bitset of category codes that go left. */
	categories?: Uint32Array;
	/** Per bin of the feature (bin 0 = missing): 1 when the bin's rows go left. */
	leftBins: Uint8Array;
	leftG: number;
	leftH: number;
}

/** Running best over all features of a node; written in place to avoid per-bin allocation. */
interface Best {
	gain: number;
	feature: number;
	/** Numeric: last bin that goes left. */
	bin: number;
	/** Categorical: bins that go left. */
	categoryBins: number[] | null;
	missingLeft: boolean;
	leftG: number;
	leftH: number;
}

const MIN_GAIN = 1e-10;

/**
 * The highest-gain split over the listed features, or null when none reduces the loss.
 * `ranges` (from buildNodeHistogram) limits the scan of feature j to bins ranges[2j]…ranges[2j+1].
 */
export function findBestSplit(
	hist: Float64Array,
	data: BinnedData,
	features: Int32Array,
	g: number,
	h: number,
	params: TreeParams,
	ranges?: Int32Array
): Split | null {
	const best: Best = {
		gain: MIN_GAIN,
		feature: -1,
		bin: -1,
		categoryBins: null,
		missingLeft: false,
		leftG: 0,
		leftH: 0
	};
	for (let j = 0; j < features.length; j++) {
		const f = features[j]!;
		const fb = data.features[f]!;
		const lo = ranges ? ranges[2 * j]! : 1;
		const hi = ranges ? ranges[2 * j + 1]! : fb.count - 1;
		if (fb.kind === 'numeric')
			numericScan(best, f, hist, data.offsets[f]!, lo, Math.min(hi, fb.count - 2), g, h, params);
		else categoricalScan(best, f, hist, data.offsets[f]!, lo, hi, g, h, params);
	}
	if (best.feature < 0) return null;

	const fb = data.features[best.feature]!;
	const leftBins = new Uint8Array(fb.count);
	leftBins[0] = best.missingLeft ? 1 : 0;
	const split: Split = {
		feature: best.feature,
		gain: best.gain,
		threshold: 0,
		defaultLeft: best.missingLeft,
		leftBins,
		leftG: best.leftG,
		leftH: best.leftH
	};
	if (best.categoryBins) {
		const categories = new Uint32Array(Math.ceil((fb.count - 1) / 32));
		for (const b of best.categoryBins) {
			leftBins[b] = 1;
			categories[(b - 1) >>> 5]! |= 1 << ((b - 1) & 31);
		}
		split.categories = categories;
	} else {
		leftBins.fill(1, 1, best.bin + 1);
		split.threshold = fb.cuts[best.bin - 1]!;
	}
	return split;
}

/**
 * Tries one division of a node — left gets (gl, hl) plus, on the second try, the missing bin —
 * and records it in `best` when it wins. Returns whether it did.
 */
function tryDivision(
	best: Best,
	gl: number,
	hl: number,
	gm: number,
	hm: number,
	g: number,
	h: number,
	lambda: number,
	params: TreeParams
): boolean {
	const parentScore = (g * g) / (h + lambda);
	if (hm === 0) {
		// No missing rows here: unseen missing values follow the heavier child.
		return consider(best, gl, hl, hl > h - hl, g, h, parentScore, lambda, params);
	}
	const right = consider(best, gl, hl, false, g, h, parentScore, lambda, params);
	const left = consider(best, gl + gm, hl + hm, true, g, h, parentScore, lambda, params);
	return right || left;
}

function consider(
	best: Best,
	lg: number,
	lh: number,
	missingLeft: boolean,
	g: number,
	h: number,
	parentScore: number,
	lambda: number,
	params: TreeParams
): boolean {
	const rh = h - lh;
	if (lh < params.minChildWeight || rh < params.minChildWeight) return false;
	const rg = g - lg;
	const gain =
		0.5 * ((lg * lg) / (lh + lambda) + (rg * rg) / (rh + lambda) - parentScore) - params.gamma;
	if (!(gain > best.gain)) return false;
	best.gain = gain;
	best.leftG = lg;
	best.leftH = lh;
	best.missingLeft = missingLeft;
	return true;
}

/** Divisions after each bin lo…last (bins below lo and above last are empty). */
function numericScan(
	best: Best,
	f: number,
	hist: Float64Array,
	offset: number,
	lo: number,
	last: number,
	g: number,
	h: number,
	params: TreeParams
): void {
	const o = offset * 2;
	const gm = hist[o]!;
	const hm = hist[o + 1]!;
	let gl = 0;
	let hl = 0;
	for (let b = lo; b <= last; b++) {
		const hb = hist[o + 2 * b + 1]!;
		if (hb === 0) continue; // same division as the previous bin
		gl += hist[o + 2 * b]!;
		hl += hb;
		if (tryDivision(best, gl, hl, gm, hm, g, h, params.lambda, params)) {
			best.feature = f;
			best.bin = b;
			best.categoryBins = null;
		}
	}
}

/**
 * Categorical split without one-hot columns. With few categories in the node, the best
 * one-vs-rest division (what one-hot columns would give); with more, LightGBM's method:
 * categories ordered by G/(H + catSmooth) and the best prefix of that order goes left (one
 * pass finds the optimal two-way partition for a second-order loss). Categorical divisions
 * pay extra L2 (`catL2`), since a many-way choice overfits sooner.
 */
function categoricalScan(
	best: Best,
	f: number,
	hist: Float64Array,
	offset: number,
	lo: number,
	hi: number,
	g: number,
	h: number,
	params: TreeParams
): void {
	const lambda = params.lambda + params.catL2;
	const o = offset * 2;
	const gm = hist[o]!;
	const hm = hist[o + 1]!;
	const present: number[] = [];
	for (let b = lo; b <= hi; b++) if (hist[o + 2 * b + 1]! > 0) present.push(b);
	if (present.length < 2) return;
	if (present.length <= params.maxCatToOnehot) {
		for (const b of present)
			if (tryDivision(best, hist[o + 2 * b]!, hist[o + 2 * b + 1]!, gm, hm, g, h, lambda, params)) {
				best.feature = f;
				best.categoryBins = [b];
			}
		return;
	}
	// LightGBM's guards against many-way overfitting: categories with too little weight to
	// rank stay on the right, and at most maxCatThreshold categories go left, taken from
	// either end of the order.
	const ranked = present.filter((b) => hist[o + 2 * b + 1]! >= params.minCatHessian);
	const key = (b: number) => hist[o + 2 * b]! / (hist[o + 2 * b + 1]! + params.catSmooth);
	ranked.sort((a, b) => key(a) - key(b) || a - b);
	const last = Math.min(ranked.length - 1, params.maxCatThreshold);
	for (const order of last < ranked.length - 1 ? [ranked, ranked.toReversed()] : [ranked]) {
		let gl = 0;
		let hl = 0;
		for (let i = 0; i < last; i++) {
			const b = order[i]!;
			gl += hist[o + 2 * b]!;
			hl += hist[o + 2 * b + 1]!;
			if (tryDivision(best, gl, hl, gm, hm, g, h, lambda, params)) {
				best.feature = f;
				best.categoryBins = order.slice(0, i + 1);
			}
		}
	}
}
