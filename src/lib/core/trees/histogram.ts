import type { BinnedData } from './binning';

/** The rows of a tree with their gradients, over the binned data. */
export interface RowGradients {
	data: BinnedData;
	grad: Float64Array;
	hess: Float64Array;
	rows: Uint32Array;
}

/**
 * Sums gradient and hessian per bin of each listed feature over rows[begin, end).
 * Layout: hist[2·(offsets[f] + bin)] = ΣG, hist[2·(offsets[f] + bin) + 1] = ΣH.
 */
export function buildHistogram(
	src: RowGradients,
	begin: number,
	end: number,
	features: Int32Array,
	hist: Float64Array
): void {
	const { data, grad, hess, rows } = src;
	const { bins, cols, offsets } = data;
	const nf = features.length;
	for (let j = 0; j < nf; j++) {
		const f = features[j]!;
		hist.fill(0, offsets[f]! * 2, (offsets[f]! + data.features[f]!.count) * 2);
	}
	if (nf === cols) {
		// All features: walk each row's bins contiguously.
		for (let i = begin; i < end; i++) {
			const r = rows[i]!;
			const g = grad[r]!;
			const h = hess[r]!;
			const base = r * cols;
			for (let f = 0; f < cols; f++) {
				const k = (offsets[f]! + bins[base + f]!) << 1;
				hist[k]! += g;
				hist[k + 1]! += h;
			}
		}
		return;
	}
	accumulate(src, begin, end, features, hist);
}

/** Adds rows[begin, end) into the histogram bins of the listed features. */
function accumulate(
	src: RowGradients,
	begin: number,
	end: number,
	features: Int32Array,
	hist: Float64Array
): void {
	const { data, grad, hess, rows } = src;
	const { bins, cols, offsets } = data;
	const nf = features.length;
	for (let i = begin; i < end; i++) {
		const r = rows[i]!;
		const g = grad[r]!;
		const h = hess[r]!;
		const base = r * cols;
		for (let j = 0; j < nf; j++) {
			const f = features[j]!;
			const k = (offsets[f]! + bins[base + f]!) << 1;
			hist[k]! += g;
			hist[k + 1]! += h;
		}
	}
}

/** Below this many rows a node's histogram is zeroed and scanned only over the bins it uses. */
const SMALL_NODE = 64;

/**
 * {@link buildHistogram} for a forest node: also writes, per listed feature j, the range of
 * value bins in use to ranges[2j], ranges[2j+1]. Small nodes touch only those bins (and the
 * missing bin), which keeps deep trees from paying for 255 bins at every tiny node.
 */
export function buildNodeHistogram(
	src: RowGradients,
	begin: number,
	end: number,
	features: Int32Array,
	hist: Float64Array,
	ranges: Int32Array
): void {
	const { data, rows } = src;
	const { bins, cols, offsets } = data;
	const nf = features.length;
	if (end - begin >= SMALL_NODE) {
		for (let j = 0; j < nf; j++) {
			ranges[2 * j] = 1;
			ranges[2 * j + 1] = data.features[features[j]!]!.count - 1;
		}
		buildHistogram(src, begin, end, features, hist);
		return;
	}
	for (let j = 0; j < nf; j++) {
		const f = features[j]!;
		let lo = 255;
		let hi = 1;
		for (let i = begin; i < end; i++) {
			const b = bins[rows[i]! * cols + f]!;
			if (b === 0) continue;
			if (b < lo) lo = b;
			if (b > hi) hi = b;
		}
		ranges[2 * j] = lo;
		ranges[2 * j + 1] = hi;
		const o = offsets[f]! * 2;
		hist[o] = 0;
		hist[o + 1] = 0;
		if (lo <= hi) hist.fill(0, o + 2 * lo, o + 2 * hi + 2);
	}
	accumulate(src, begin, end, features, hist);
}

/** parent −= child over the listed features: the sibling's histogram without a pass over rows. */
export function subtractHistogram(
	parent: Float64Array,
	child: Float64Array,
	data: BinnedData,
	features: Int32Array
): void {
	for (const f of features) {
		const o = data.offsets[f]! * 2;
		const end = o + data.features[f]!.count * 2;
		for (let k = o; k < end; k++) parent[k]! -= child[k]!;
	}
}
