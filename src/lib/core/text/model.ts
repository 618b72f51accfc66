import * as v from 'valibot';
import type { Lead } from '../schema/lead';
import { bucketOf, forEachLeadTerm, signOf } from './document';
import type { SparseLogistic } from './ftrl';
import { Occurrences, type TermContribution } from './strongest';

/**
 * An artifact's text model: logistic regression over the hashed terms of a lead's notes,
 * transcript and description, fitted on outcomes (progressed). The progression trees see its
 * margin (log-odds) as the feature text_progression; the margin is an exact sum of per-term
 * weights, so it explains itself term by term.
 *
 * The text models learned from real text (scoring/text-blend.ts) are the same kind of model
 * fitted on the team's real texts. (A Voice AI one fitted on generated descriptions had learned
 * the generator's wording and cut real Voice AI precision from .98 to .65 on descriptions and
 * .97 to .54 on calls.)
 */
export const TextModelJson = v.object({
	/** Hash space of 2^bits buckets. */
	bits: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(24)),
	bias: v.number(),
	/** Non-zero weights by hash bucket, buckets ascending. */
	buckets: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
	weights: v.array(v.number()),
	/** How the training rows' scores were made: k-fold out-of-fold fits. */
	folds: v.number(),
	params: v.record(v.string(), v.number())
});
export type TextModelJson = v.InferOutput<typeof TextModelJson>;

/** The artifact form of a fitted model; weights with six significant digits (fitFtrl rounds them so). */
export const textModelToJson = (
	m: SparseLogistic,
	bits: number,
	folds: number,
	params: Record<string, number>
): TextModelJson => ({
	bits,
	bias: m.bias,
	buckets: Array.from(m.buckets),
	weights: Array.from(m.weights, (w) => Number(w.toPrecision(6))),
	folds,
	params
});

/** The text model loaded for scoring: weights dense by bucket. */
export class TextModel {
	readonly bits: number;
	readonly bias: number;
	private readonly weights: Float32Array;
	private reader?: TextReader;

	constructor(json: TextModelJson) {
		if (json.buckets.length !== json.weights.length)
			throw new RangeError(`${json.buckets.length} buckets, ${json.weights.length} weights`);
		this.bits = json.bits;
		this.bias = json.bias;
		this.weights = new Float32Array(2 ** json.bits);
		json.buckets.forEach((b, i) => {
			if (b >= 2 ** json.bits) throw new RangeError(`bucket ${b} out of range`);
			this.weights[b] = json.weights[i]!;
		});
	}

	/** What a term (by its hash) adds to a margin: its bucket's weight with the term's sign. */
	termWeight(hash: number): number {
		return signOf(hash) * this.weights[bucketOf(hash, this.bits)]!;
	}

	/** The lead's margin; NaN when it has no text (the trees then treat it as missing). */
	margin(lead: Lead): number {
		return this.read(lead, 0).margin;
	}

	/**
	 * The margin and the terms behind it, largest |contribution| first (ties in text order), at
	 * most `limit`, in one pass over the text. All the terms (no limit) plus the bias sum to the
	 * margin. Only the strongest `limit` terms are made into objects (chosen by selection), since
	 * a lead has hundreds of weighted terms and the scorer shows a few dozen.
	 */
	read(lead: Lead, limit = Infinity): TextRead {
		this.reader ??= new TextReader([this]);
		const read = this.reader.read(lead);
		return { margin: read.margins[0]!, terms: read.terms(0, limit) };
	}

	/** This model's weight of a bucket. */
	bucketWeight(bucket: number): number {
		return this.weights[bucket]!;
	}
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	x = (x + (x >>> 4)) & 0x0f0f0f0f;
	return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Several text models of one hash space read together, in one pass over a lead's terms: the
 * terms are hashed once, and the weights are interleaved by bucket, so a term costs one cache
 * line for all the models where a 1 MB table per model cost a miss each (the scorer reads the
 * stacked, progression and Voice AI text models of every lead). Only the buckets some model
 * weighs are stored (a fifth of them): 3 MB of mostly zeros would leave the cache to the
 * other stages of a score, and each term would miss.
 */
export class TextReader {
	private readonly n: number;
	private readonly bits: number;
	private readonly biases: readonly number[];
	/** Model k's weight for the r-th weighted bucket at [r × n + k]. */
	private readonly weights: Float32Array;
	/**
	 * One bit per bucket: some model weighs it (32 KB at 2^18 buckets). Most of a lead's terms
	 * have no weight (the fits are sparse) and stop here, before the once-only check.
	 */
	private readonly weighted: Uint32Array;
	/** Weighted buckets before each 32-bit word of `weighted`: a bucket's rank is this plus the bits below it. */
	private readonly rank: Uint32Array;
	/**
	 * One bit per signed bucket seen in the current lead (a term counts once, as in training),
	 * and the words set, cleared after the lead: 64 KB where a stamp per bucket took 2 MB.
	 */
	private readonly seen: Uint32Array;
	/**
	 * The words of `seen` set in the current lead, to clear after it: a typed array kept from
	 * lead to lead (setting a JS array's length to 0 freed its storage, and every lead grew it
	 * again: 4.6 KB a read).
	 */
	private marked = new Int32Array(256);
	private readonly occurrences: Occurrences;
	/** Reads so far: a lead's terms are only there until the next read. */
	private reads = 0;

	constructor(models: readonly TextModel[]) {
		const bits = models[0]?.bits;
		if (bits === undefined || models.some((m) => m.bits !== bits))
			throw new RangeError('a text reader needs one or more models of the same hash space');
		const n = (this.n = models.length);
		this.bits = bits;
		this.biases = models.map((m) => m.bias);
		const buckets: number[] = [];
		for (let bucket = 0; bucket < 2 ** bits; bucket++)
			if (models.some((m) => m.bucketWeight(bucket) !== 0)) buckets.push(bucket);
		this.weights = new Float32Array(n * buckets.length);
		this.weighted = new Uint32Array(Math.ceil(2 ** bits / 32));
		this.rank = new Uint32Array(this.weighted.length);
		buckets.forEach((bucket, r) => {
			models.forEach((m, k) => (this.weights[r * n + k] = m.bucketWeight(bucket)));
			this.weighted[bucket >>> 5]! |= 1 << (bucket & 31);
		});
		for (let w = 1; w < this.rank.length; w++)
			this.rank[w] = this.rank[w - 1]! + popcount(this.weighted[w - 1]!);
		this.seen = new Uint32Array(Math.ceil((2 * 2 ** bits) / 32));
		this.occurrences = new Occurrences(n);
	}

	/**
	 * One pass over a lead's terms: each model's margin (NaN without text), and its strongest
	 * terms when asked for, until the next read. All a model's terms plus its bias sum to its
	 * margin.
	 */
	read(lead: Lead): LeadRead {
		const { n, bits, weights, weighted, rank, seen, occurrences } = this;
		let { marked } = this;
		let words = 0;
		const margins = [...this.biases];
		occurrences.size = 0;
		let any = false;
		forEachLeadTerm(lead, (field, hash, start, end, text) => {
			any = true;
			const bucket = bucketOf(hash, bits);
			const bucketBits = weighted[bucket >>> 5]!;
			const bucketBit = 1 << (bucket & 31);
			if ((bucketBits & bucketBit) === 0) return;
			const key = 2 * bucket + (hash & 1);
			const word = key >>> 5;
			const bit = 1 << (key & 31);
			if (seen[word]! & bit) return;
			if (seen[word] === 0) {
				if (words === marked.length) marked = this.growMarked();
				marked[words++] = word;
			}
			seen[word]! |= bit;
			const sign = signOf(hash);
			const at = (rank[bucket >>> 5]! + popcount(bucketBits & (bucketBit - 1))) * n;
			const o = occurrences.add(field, start, end, text);
			const { contribution } = occurrences;
			for (let k = 0; k < n; k++) {
				const w = sign * weights[at + k]!;
				margins[k]! += w;
				contribution[o + k] = w;
			}
		});
		for (let w = 0; w < words; w++) seen[marked[w]!] = 0;
		return new Read(any ? margins : margins.map(() => NaN), this, ++this.reads);
	}

	private growMarked(): Int32Array<ArrayBuffer> {
		const grown = new Int32Array(2 * this.marked.length);
		grown.set(this.marked);
		return (this.marked = grown);
	}

	/** Model k's strongest terms of read number `read`, which must be the latest. */
	strongest(read: number, k: number, limit: number): TermContribution[] {
		if (read !== this.reads) throw new Error("a lead's terms are asked for after the next read");
		return this.occurrences.strongest(k, limit);
	}
}

/**
 * A {@link LeadRead}: an object of a class rather than of closures, since tsx and wrangler build
 * with esbuild's keepNames, which names every closure as it is made (~220 ns each).
 */
class Read implements LeadRead {
	constructor(
		readonly margins: number[],
		private readonly reader: TextReader,
		private readonly read: number
	) {}

	terms(k: number, limit: number): TermContribution[] {
		return this.reader.strongest(this.read, k, limit);
	}
}

/** One pass of a {@link TextReader} over a lead. */
export interface LeadRead {
	/** Model k's margin at [k]; NaN without text. */
	margins: number[];
	/**
	 * Model k's strongest terms, largest |contribution| first (ties in text order), at most
	 * `limit`; only until the reader's next read.
	 */
	terms(k: number, limit: number): TermContribution[];
}

/** A lead read by a text model: its margin (NaN without text) and its strongest terms. */
export interface TextRead {
	margin: number;
	terms: TermContribution[];
}
