/** Most value bins per feature; bin 0 is reserved for missing values, so bins fit a byte. */
export const MAX_BINS = 255;
/** Rows sampled (evenly spaced, deterministic) to find a feature's quantile cuts. */
const CUT_SAMPLE = 200_000;

/** How one feature's raw values map to bins. */
export interface FeatureBins {
	kind: 'numeric' | 'categorical';
	/**
	 * Numeric: ascending cut points; value bin b ≥ 1 holds cuts[b-2] ≤ x < cuts[b-1], so a
	 * split after bin b sends `x < cuts[b-1]` left — the raw-value test serving uses.
	 * Categorical: empty; bin = category code + 1.
	 */
	cuts: Float32Array;
	/** Bins including the missing bin 0. */
	count: number;
}

/**
 * A feature matrix quantised once into ≤255 bins per feature (+ a missing bin) and reused by
 * every tree. Row-major, so building a node's histogram walks memory in order.
 */
export interface BinnedData {
	rows: number;
	cols: number;
	bins: Uint8Array;
	features: FeatureBins[];
	/** Offset of each feature's first bin in a histogram; histograms hold `totalBins` bins. */
	offsets: Uint32Array;
	totalBins: number;
}

export interface BinningOptions {
	/** Indices of categorical columns; their values are category codes 0…254 (NaN = missing). */
	categorical?: readonly number[];
	maxBins?: number;
}

/** Quantises a row-major rows×cols matrix; NaN is missing. */
export function binData(
	data: Float32Array,
	rows: number,
	cols: number,
	options: BinningOptions = {}
): BinnedData {
	if (data.length !== rows * cols)
		throw new RangeError(`matrix has ${data.length} values, expected ${rows}×${cols}`);
	const maxBins = Math.min(options.maxBins ?? MAX_BINS, MAX_BINS);
	const categorical = new Set(options.categorical ?? []);
	const features: FeatureBins[] = [];
	for (let f = 0; f < cols; f++)
		features.push(
			categorical.has(f)
				? categoricalBins(data, rows, cols, f)
				: numericBins(data, rows, cols, f, maxBins)
		);
	return applyBins(data, rows, cols, features);
}

function applyBins(
	data: Float32Array,
	rows: number,
	cols: number,
	features: FeatureBins[]
): BinnedData {
	const offsets = new Uint32Array(cols);
	let totalBins = 0;
	features.forEach((fb, f) => {
		offsets[f] = totalBins;
		totalBins += fb.count;
	});
	const bins = new Uint8Array(rows * cols);
	for (let f = 0; f < cols; f++) {
		const fb = features[f]!;
		if (fb.kind === 'categorical') {
			const last = fb.count - 1;
			for (let r = 0, i = f; r < rows; r++, i += cols) {
				const x = data[i]!;
				bins[i] = x !== x || x >= last ? 0 : x + 1;
			}
		} else {
			const cuts = fb.cuts;
			for (let r = 0, i = f; r < rows; r++, i += cols) {
				const x = data[i]!;
				bins[i] = x !== x ? 0 : 1 + upperBound(cuts, x);
			}
		}
	}
	return { rows, cols, bins, features, offsets, totalBins };
}

/** Number of cuts ≤ x. */
function upperBound(cuts: Float32Array, x: number): number {
	let lo = 0;
	let hi = cuts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cuts[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function categoricalBins(data: Float32Array, rows: number, cols: number, f: number): FeatureBins {
	let max = -1;
	for (let r = 0, i = f; r < rows; r++, i += cols) {
		const x = data[i]!;
		if (x !== x) continue;
		if (x < 0 || x !== Math.floor(x) || x >= MAX_BINS)
			throw new RangeError(
				`categorical feature ${f}: row ${r} holds ${x}; expected a code 0…${MAX_BINS - 1}`
			);
		if (x > max) max = x;
	}
	return { kind: 'categorical', cuts: new Float32Array(0), count: max + 2 };
}

/**
 * Cuts at quantiles of the distinct values: every distinct value gets its own bin when there
 * are few; otherwise bins hold roughly equal counts and a heavy value never shares a bin.
 */
function numericBins(
	data: Float32Array,
	rows: number,
	cols: number,
	f: number,
	maxBins: number
): FeatureBins {
	const step = Math.max(1, Math.floor(rows / CUT_SAMPLE));
	const sample: number[] = [];
	for (let r = 0; r < rows; r += step) {
		const x = data[r * cols + f]!;
		if (x === x) sample.push(x);
	}
	const sorted = Float32Array.from(sample).sort();
	const distinct: number[] = [];
	const counts: number[] = [];
	for (let i = 0; i < sorted.length; i++) {
		if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]!++;
		else {
			distinct.push(sorted[i]!);
			counts.push(1);
		}
	}
	const cuts: number[] = [];
	if (distinct.length <= maxBins) {
		for (let i = 1; i < distinct.length; i++) cuts.push(cutBetween(distinct[i - 1]!, distinct[i]!));
	} else {
		let remaining = sorted.length;
		let binsLeft = maxBins;
		let inBin = 0;
		for (let i = 0; i < distinct.length - 1; i++) {
			inBin += counts[i]!;
			remaining -= counts[i]!;
			// Close the bin once it holds its share, or before a value that alone fills one.
			const share = (inBin + remaining) / binsLeft;
			if (binsLeft > 1 && (inBin >= share || counts[i + 1]! >= share)) {
				cuts.push(cutBetween(distinct[i]!, distinct[i + 1]!));
				binsLeft--;
				inBin = 0;
			}
		}
	}
	return { kind: 'numeric', cuts: Float32Array.from(cuts), count: cuts.length + 2 };
}

/** A float32 cut c with lo < c ≤ hi, so `x < c` separates the two values exactly. */
function cutBetween(lo: number, hi: number): number {
	const mid = Math.fround(lo / 2 + hi / 2);
	return mid > lo ? mid : hi;
}
