import { createRandom } from '../random';
import { fitFtrl, FTRL_DEFAULTS, type FtrlParams, type SparseLogistic } from './ftrl';
import { textModelToJson, type TextModelJson } from './model';

/** 2^18 buckets: 1 MB of weights when loaded, few collisions at our vocabularies. */
export const TEXT_BITS = 18;
/** Bumped whenever terms change (tokens, pairs, negation, hashing): part of the feature-spec hash. */
export const TEXT_TERMS_VERSION = 1;
export const TEXT_FOLDS = 5;

export interface TextFit {
	/** What the artifact stores: the model fitted on all the fit rows. */
	json: TextModelJson;
	/**
	 * Each row's margin as a feature: out-of-fold for the fit rows (from a model that never saw
	 * the row's label), the full model's for every other row.
	 */
	margins: Float64Array;
}

/**
 * Fits the text model and stacks it honestly: k-fold cross-fitting on `fit` gives those rows
 * margins from models that never saw their labels, so the trees learn how far to trust a text
 * score from scores like the ones new leads will get.
 */
export function fitTextModel(
	docs: readonly Int32Array[],
	y: Uint8Array,
	fit: ArrayLike<number>,
	options: { seed: number; weights?: ArrayLike<number>; params?: Partial<FtrlParams> }
): TextFit {
	const bits = TEXT_BITS;
	const params = { ...FTRL_DEFAULTS, ...options.params };
	const fold = new Uint8Array(fit.length);
	const random = createRandom(options.seed ^ 0x7e57);
	const order = Array.from(fold.keys());
	for (let i = order.length - 1; i > 0; i--) {
		const k = Math.floor(random.next() * (i + 1));
		[order[i], order[k]] = [order[k]!, order[i]!];
	}
	order.forEach((i, rank) => (fold[i] = rank % TEXT_FOLDS));

	const fitOn = (keep: (k: number) => boolean, seed: number) => {
		const rows = Array.from(fit as ArrayLike<number>).filter((_, k) => keep(k));
		return fitFtrl(
			rows.map((r) => docs[r]!),
			rows.map((r) => y[r]!),
			{
				bits,
				seed,
				...params,
				weights: options.weights ? rows.map((r) => options.weights![r]!) : undefined
			}
		);
	};

	const margins = new Float64Array(docs.length);
	const full = fitOn(() => true, options.seed);
	const dense = densify(full, bits);
	docs.forEach((doc, r) => (margins[r] = marginOf(doc, dense, full.bias)));
	for (let f = 0; f < TEXT_FOLDS; f++) {
		const model = fitOn((k) => fold[k] !== f, options.seed + f + 1);
		const w = densify(model, bits);
		for (let k = 0; k < fit.length; k++)
			if (fold[k] === f) margins[fit[k]!] = marginOf(docs[fit[k]!]!, w, model.bias);
	}
	return { json: textModelToJson(full, bits, TEXT_FOLDS, { ...params }), margins };
}

function densify(model: SparseLogistic, bits: number): Float32Array {
	const dense = new Float32Array(2 ** bits);
	model.buckets.forEach((b, i) => (dense[b] = model.weights[i]!));
	return dense;
}

/** A document's margin; NaN for a lead without text, as TextModel.margin gives it. */
function marginOf(doc: Int32Array, dense: Float32Array, bias: number): number {
	if (!doc.length) return NaN;
	let m = bias;
	for (const term of doc) m += term > 0 ? dense[term - 1]! : -dense[-term - 1]!;
	return m;
}
