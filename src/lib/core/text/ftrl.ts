import { createRandom } from '../random';

/** FTRL-Proximal settings (McMahan et al. 2013): per-coordinate rates, L1 for sparse weights. */
export interface FtrlParams {
	alpha: number;
	beta: number;
	l1: number;
	l2: number;
	epochs: number;
}

export const FTRL_DEFAULTS: FtrlParams = { alpha: 0.1, beta: 1, l1: 1, l2: 1, epochs: 3 };

/** A fitted logistic model over hashed terms: the bias and the non-zero weights by bucket. */
export interface SparseLogistic {
	bias: number;
	buckets: Int32Array;
	weights: Float32Array;
}

/**
 * Logistic regression on hashed documents (hashLead's ±(bucket + 1) lists, binary values) by
 * FTRL-Proximal: `epochs` passes in a seeded random order, row weights scaling each gradient.
 * The bias is an unregularised coordinate. Deterministic for a seed.
 */
export function fitFtrl(
	docs: readonly Int32Array[],
	y: ArrayLike<number>,
	options: { bits: number; seed: number; weights?: ArrayLike<number> } & Partial<FtrlParams>
): SparseLogistic {
	const { alpha, beta, l1, l2, epochs } = { ...FTRL_DEFAULTS, ...options };
	const dim = 2 ** options.bits;
	const z = new Float64Array(dim + 1); // the last coordinate is the bias
	const n = new Float64Array(dim + 1);
	const random = createRandom(options.seed);
	const order = Uint32Array.from(docs.keys());
	const weight = (j: number, l1j: number) => {
		const zj = z[j]!;
		if (Math.abs(zj) <= l1j) return 0;
		return (Math.sign(zj) * l1j - zj) / ((beta + Math.sqrt(n[j]!)) / alpha + (j === dim ? 0 : l2));
	};
	const wDoc = new Float64Array(docs.reduce((m, d) => Math.max(m, d.length), 0));
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const k = Math.floor(random.next() * (i + 1));
			[order[i], order[k]] = [order[k]!, order[i]!];
		}
		for (const r of order) {
			const doc = docs[r]!;
			let margin = weight(dim, 0);
			for (let t = 0; t < doc.length; t++) {
				const term = doc[t]!;
				const j = Math.abs(term) - 1;
				wDoc[t] = weight(j, l1);
				margin += term > 0 ? wDoc[t]! : -wDoc[t]!;
			}
			const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, margin))));
			const g = (p - y[r]!) * (options.weights?.[r] ?? 1);
			if (g === 0) continue;
			const update = (j: number, gj: number, wj: number) => {
				const sigma = (Math.sqrt(n[j]! + gj * gj) - Math.sqrt(n[j]!)) / alpha;
				z[j] = z[j]! + gj - sigma * wj;
				n[j] = n[j]! + gj * gj;
			};
			update(dim, g, weight(dim, 0));
			for (let t = 0; t < doc.length; t++) {
				const term = doc[t]!;
				update(Math.abs(term) - 1, term > 0 ? g : -g, wDoc[t]!);
			}
		}
	}
	const buckets: number[] = [];
	const weights: number[] = [];
	for (let j = 0; j < dim; j++) {
		const wj = weight(j, l1);
		if (wj !== 0) {
			buckets.push(j);
			// Six significant digits, as the artifact stores them: training and scoring then
			// add up exactly the same Float32 weights.
			weights.push(Number(wj.toPrecision(6)));
		}
	}
	return {
		bias: weight(dim, 0),
		buckets: Int32Array.from(buckets),
		weights: Float32Array.from(weights)
	};
}
