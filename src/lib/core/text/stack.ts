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
 * score from scores like the ones new leads will get. With `groups` (one per fit row, 0…k−1)
 * each group is a fold: a writer's texts are then scored by a model that never read that
 * writer, as a new team's notes will be.
 */
export function fitTextModel(
	docs: readonly Int32Array[],
	y: Uint8Array,
	fit: ArrayLike<number>,
	options: {
		seed: number;
		weights?: ArrayLike<number>;
		params?: Partial<FtrlParams>;
		groups?: ArrayLike<number>;
	}
): TextFit {
	const bits = TEXT_BITS;
	const params = { ...FTRL_DEFAULTS, ...options.params };
	const { fold, folds } = options.groups
		? groupFolds(options.groups, fit.length)
		: randomFolds(fit.length, options.seed);

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
	for (let f = 0; f < folds; f++) {
		const model = fitOn((k) => fold[k] !== f, options.seed + f + 1);
		const w = densify(model, bits);
		for (let k = 0; k < fit.length; k++)
			if (fold[k] === f) margins[fit[k]!] = marginOf(docs[fit[k]!]!, w, model.bias);
	}
	return { json: textModelToJson(full, bits, folds, { ...params }), margins };
}

/** TEXT_FOLDS folds of equal size, in a seeded random order. */
function randomFolds(n: number, seed: number): { fold: Uint32Array; folds: number } {
	const fold = new Uint32Array(n);
	const random = createRandom(seed ^ 0x7e57);
	const order = Array.from(fold.keys());
	for (let i = order.length - 1; i > 0; i--) {
		const k = Math.floor(random.next() * (i + 1));
		[order[i], order[k]] = [order[k]!, order[i]!];
	}
	order.forEach((i, rank) => (fold[i] = rank % TEXT_FOLDS));
	return { fold, folds: TEXT_FOLDS };
}

/** One fold per group; at least two groups, each a whole number from 0. */
function groupFolds(groups: ArrayLike<number>, n: number): { fold: Uint32Array; folds: number } {
	if (groups.length !== n) throw new RangeError(`${groups.length} groups for ${n} rows`);
	const fold = Uint32Array.from(groups as ArrayLike<number>);
	fold.forEach((g, i) => {
		if (g !== groups[i]) throw new RangeError(`group ${groups[i]} is not a whole number`);
	});
	const folds = fold.reduce((m, g) => Math.max(m, g + 1), 0);
	if (folds < 2) throw new RangeError('cross-fitting by group needs at least two groups');
	return { fold, folds };
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
