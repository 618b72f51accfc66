import * as v from 'valibot';
import type { Lead } from '../schema/lead';
import { bucketOf, forEachLeadTerm, signOf } from './document';
import type { SparseLogistic } from './ftrl';
import type { TextField } from './terms';

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

/** A term of a lead with its exact contribution to the margin. */
export interface TermContribution {
	/** The words as written (lower-cased): one word or a pair. */
	phrase: string;
	field: TextField;
	/** [start, end) in the field's text (the call text: notes, then the transcript lines). */
	start: number;
	end: number;
	contribution: number;
}

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
	/** Marks the signed buckets seen in the current lead (a term counts once, as in training). */
	private readonly seen: Uint32Array;
	private stamp = 0;

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
		this.seen = new Uint32Array(2 * 2 ** json.bits);
	}

	/** A fresh mark for the signed buckets of the next lead (the marks wrap after 2^32 leads). */
	private nextLead(): number {
		if (++this.stamp === 2 ** 32) {
			this.seen.fill(0);
			this.stamp = 1;
		}
		return this.stamp;
	}

	/** What a term (by its hash) adds to a margin: its bucket's weight with the term's sign. */
	termWeight(hash: number): number {
		return signOf(hash) * this.weights[bucketOf(hash, this.bits)]!;
	}

	/**
	 * Calls `onTerm` with each signed bucket of the lead that has a weight, once (its first
	 * occurrence, exactly as hashLead gives it to training), with its weight × sign; true when
	 * the lead has any term at all. Zero-weight terms (most of them: the fit is sparse) are
	 * skipped before the once-only check, which saves a cache miss per term.
	 */
	private forEachWeighted(
		lead: Lead,
		onTerm: (field: TextField, start: number, end: number, text: string, w: number) => void
	): boolean {
		let any = false;
		const stamp = this.nextLead();
		const { bits, weights, seen } = this;
		forEachLeadTerm(lead, (field, hash, start, end, text) => {
			any = true;
			const bucket = bucketOf(hash, bits);
			const w = weights[bucket]!;
			if (w === 0) return;
			const key = 2 * bucket + (hash & 1);
			if (seen[key] === stamp) return;
			seen[key] = stamp;
			onTerm(field, start, end, text, signOf(hash) * w);
		});
		return any;
	}

	/** The lead's margin; NaN when it has no text (the trees then treat it as missing). */
	margin(lead: Lead): number {
		let margin = this.bias;
		const any = this.forEachWeighted(lead, (_field, _start, _end, _text, w) => (margin += w));
		return any ? margin : NaN;
	}

	/**
	 * The margin and the terms behind it, largest |contribution| first (ties in text order), at
	 * most `limit`, in one pass over the text. All the terms (no limit) plus the bias sum to the
	 * margin. Only the strongest `limit` terms are kept as they come (a heap), since a lead has
	 * hundreds of weighted terms and the scorer shows a few dozen.
	 */
	read(lead: Lead, limit = Infinity): TextRead {
		return TextModel.readAll(lead, [{ model: this, limit }])[0]!;
	}

	/**
	 * {@link read} for several distinct models in one pass over the lead's terms: the terms are
	 * hashed once, and each model looks up its own weights (the scorer reads the progression and
	 * the Voice AI text models together).
	 */
	static readAll(lead: Lead, reads: readonly { model: TextModel; limit: number }[]): TextRead[] {
		const n = reads.length;
		const models = reads.map((r) => r.model);
		const stamps = models.map((m) => m.nextLead());
		const margins = models.map((m) => m.bias);
		const tops = reads.map((r) => new StrongestTerms(r.limit));
		let any = false;
		forEachLeadTerm(lead, (field, hash, start, end, text) => {
			any = true;
			for (let k = 0; k < n; k++) {
				const { bits, weights, seen } = models[k]!;
				const bucket = bucketOf(hash, bits);
				const w = weights[bucket]!;
				if (w === 0) continue;
				const key = 2 * bucket + (hash & 1);
				if (seen[key] === stamps[k]) continue;
				seen[key] = stamps[k]!;
				const contribution = signOf(hash) * w;
				margins[k]! += contribution; // in text order, as margin() sums: the same float
				tops[k]!.offer(field, start, end, text, contribution);
			}
		});
		return tops.map((top, k) => ({ margin: any ? margins[k]! : NaN, terms: top.sorted() }));
	}
}

/** A lead read by a text model: its margin (NaN without text) and its strongest terms. */
export interface TextRead {
	margin: number;
	terms: TermContribution[];
}

interface Found {
	field: TextField;
	start: number;
	end: number;
	text: string;
	w: number;
	/** Position in text order: the tie-break, as a stable sort would give. */
	order: number;
}

/** True when `a` ranks below `b`: smaller |contribution|, or as large and later in the text. */
const weaker = (a: Found, b: Found) =>
	Math.abs(a.w) < Math.abs(b.w) || (Math.abs(a.w) === Math.abs(b.w) && a.order > b.order);

/** The `limit` strongest terms offered, by a min-heap on {@link weaker}. */
class StrongestTerms {
	private readonly heap: Found[] = [];
	private offered = 0;

	constructor(private readonly limit: number) {}

	offer(field: TextField, start: number, end: number, text: string, w: number): void {
		const order = this.offered++;
		const { heap } = this;
		if (heap.length < this.limit) {
			heap.push({ field, start, end, text, w, order });
			this.up(heap.length - 1);
		} else if (heap.length > 0 && Math.abs(w) > Math.abs(heap[0]!.w)) {
			// A later term only displaces the weakest when strictly stronger: ties keep text order.
			heap[0] = { field, start, end, text, w, order };
			this.down(0);
		}
	}

	/** The kept terms, strongest first. */
	sorted(): TermContribution[] {
		return this.heap
			.sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0))
			.map(({ field, start, end, text, w }) => ({
				phrase: text.slice(start, end),
				field,
				start,
				end,
				contribution: w
			}));
	}

	private up(i: number): void {
		const { heap } = this;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!weaker(heap[i]!, heap[parent]!)) return;
			[heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
			i = parent;
		}
	}

	private down(i: number): void {
		const { heap } = this;
		for (;;) {
			const left = 2 * i + 1;
			const right = left + 1;
			let least = i;
			if (left < heap.length && weaker(heap[left]!, heap[least]!)) least = left;
			if (right < heap.length && weaker(heap[right]!, heap[least]!)) least = right;
			if (least === i) return;
			[heap[i], heap[least]] = [heap[least]!, heap[i]!];
			i = least;
		}
	}
}
