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
	 * The `limit` strongest occurrences for model `k` (|contribution| largest first, ties in text
	 * order), kept as they come by a min-heap of occurrence indices: a later term displaces the
	 * weakest kept only when strictly stronger.
	 */
	strongest(k: number, limit: number): TermContribution[] {
		const { contribution, n } = this;
		const capacity = Math.min(limit, this.size);
		if (capacity <= 0) return [];
		const heap = new Int32Array(capacity);
		let size = 0;
		for (let o = 0; o < this.size; o++) {
			const s = Math.abs(contribution[o * n + k]!);
			if (s === 0) continue;
			if (size < capacity) {
				heap[size] = o;
				up(heap, size++, contribution, n, k);
			} else if (s > Math.abs(contribution[heap[0]! * n + k]!)) {
				heap[0] = o;
				down(heap, size, contribution, n, k);
			}
		}
		// Emptied weakest first, from the back: strongest first.
		const out = new Array<TermContribution>(size);
		for (let i = size - 1; i >= 0; i--) {
			const o = heap[0]!;
			const f = this.field[o]!;
			out[i] = {
				phrase: this.texts[f]!.slice(this.start[o]!, this.end[o]!),
				field: f === 0 ? 'call' : 'description',
				start: this.start[o]!,
				end: this.end[o]!,
				contribution: contribution[o * n + k]!
			};
			heap[0] = heap[--size]!;
			down(heap, size, contribution, n, k);
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
	}
}

// The heap's steps are module functions, not closures made per call: those ran a third slower.

/** Whether occurrence `a` ranks below `b` for model k: weaker, or as strong and later in the text. */
function weaker(c: Float64Array, n: number, k: number, a: number, b: number): boolean {
	const sa = Math.abs(c[a * n + k]!);
	const sb = Math.abs(c[b * n + k]!);
	return sa < sb || (sa === sb && a > b);
}

function up(heap: Int32Array, i: number, c: Float64Array, n: number, k: number): void {
	while (i > 0) {
		const parent = (i - 1) >> 1;
		if (!weaker(c, n, k, heap[i]!, heap[parent]!)) return;
		const swap = heap[i]!;
		heap[i] = heap[parent]!;
		heap[parent] = swap;
		i = parent;
	}
}

function down(heap: Int32Array, size: number, c: Float64Array, n: number, k: number): void {
	for (let i = 0; ;) {
		const left = 2 * i + 1;
		const right = left + 1;
		let least = i;
		if (left < size && weaker(c, n, k, heap[left]!, heap[least]!)) least = left;
		if (right < size && weaker(c, n, k, heap[right]!, heap[least]!)) least = right;
		if (least === i) return;
		const swap = heap[i]!;
		heap[i] = heap[least]!;
		heap[least] = swap;
		i = least;
	}
}
