import type { TextField } from './terms';

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

/**
 * A lead's weighted term occurrences in text order, in typed arrays reused from lead to lead:
 * where each starts and ends, in which field, and what it adds to each of n models' margins.
 * A model's strongest terms are picked from them only when asked for, and without an object
 * per term (the scorer names the Voice AI and outcome models' words for a minority of leads).
 */
export class Occurrences {
	size = 0;
	/** The field texts, by field index (0: call, 1: description). */
	private readonly texts: string[] = ['', ''];
	private start = new Int32Array(256);
	private end = new Int32Array(256);
	private field = new Uint8Array(256);
	/**
	 * Scratch for strongest: each occurrence's strength, the strengths it reorders, and the
	 * occurrences it chose (made once: a typed array costs V8 ~250 ns to make).
	 */
	private strengths = new Float64Array(256);
	private sorted = new Float64Array(256);
	private chosen = new Int32Array(256);
	/** Model k's contribution of occurrence o at [o × n + k]. */
	contribution: Float64Array;

	constructor(readonly n: number) {
		this.contribution = new Float64Array(256 * n);
	}

	/** Records an occurrence; returns where its n contributions go in `contribution`. */
	add(field: TextField, start: number, end: number, text: string): number {
		if (this.size === this.start.length) this.grow();
		const o = this.size++;
		const f = field === 'call' ? 0 : 1;
		this.texts[f] = text;
		this.start[o] = start;
		this.end[o] = end;
		this.field[o] = f;
		return o * this.n;
	}

	/**
	 * The `limit` strongest occurrences for model `k`, |contribution| largest first and ties in
	 * text order: the `limit`-th largest strength found by selection (quickselect), the
	 * occurrences at or above it taken in text order (the earliest of those at it), then put in
	 * order by an insertion sort of those few. A heap kept as they came cost twice as much.
	 */
	strongest(k: number, limit: number): TermContribution[] {
		const { contribution, n, size } = this;
		const { strengths, sorted, chosen } = this;
		let weighted = 0;
		for (let o = 0; o < size; o++)
			if ((sorted[o] = strengths[o] = Math.abs(contribution[o * n + k]!)) > 0) weighted++;
		const count = Math.max(0, Math.min(limit, weighted));
		if (count === 0) return [];
		const cut = select(sorted, size, size - count);
		let above = 0;
		for (let o = 0; o < size; o++) if (strengths[o]! > cut) above++;
		for (let o = 0, c = 0, atCut = count - above; c < count; o++)
			if (strengths[o]! > cut || (strengths[o] === cut && atCut-- > 0)) {
				// Insertion by strength, after the as strong: chosen in text order, so ties stay so.
				let i = c++;
				for (; i > 0 && strengths[chosen[i - 1]!]! < strengths[o]!; i--) chosen[i] = chosen[i - 1]!;
				chosen[i] = o;
			}
		const out = new Array<TermContribution>(count);
		for (let c = 0; c < count; c++) {
			const o = chosen[c]!;
			const f = this.field[o]!;
			out[c] = {
				phrase: this.texts[f]!.slice(this.start[o]!, this.end[o]!),
				field: f === 0 ? 'call' : 'description',
				start: this.start[o]!,
				end: this.end[o]!,
				contribution: contribution[o * n + k]!
			};
		}
		return out;
	}

	private grow(): void {
		const twice = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
			const b = new (a.constructor as new (length: number) => T)(2 * a.length);
			b.set(a);
			return b;
		};
		this.start = twice(this.start);
		this.end = twice(this.end);
		this.field = twice(this.field);
		this.contribution = twice(this.contribution);
		this.strengths = new Float64Array(this.start.length);
		this.sorted = new Float64Array(this.start.length);
		this.chosen = new Int32Array(this.start.length);
	}
}

/**
 * The value that would be at `rank` if the first `size` values of `a` were sorted ascending
 * (Hoare's selection, median of three pivots), reordering them in place. Not TypedArray's sort:
 * V8's is several times slower than this on a few hundred values.
 */
function select(a: Float64Array, size: number, rank: number): number {
	let lo = 0;
	let hi = size - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const pivot = median(a[lo]!, a[mid]!, a[hi]!);
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const swap = a[i]!;
				a[i++] = a[j]!;
				a[j--] = swap;
			}
		}
		if (rank <= j) hi = j;
		else if (rank >= i) lo = i;
		else return a[rank]!;
	}
	return a[rank]!;
}

const median = (x: number, y: number, z: number) =>
	Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
