import { NEGATION_BEFORE } from '../features/language/lexicon';

/**
 * The terms a text model reads: lower-cased words and word pairs of one field, hashed. A word
 * after a negation cue in the same clause ("no budget", "not looking at voice agents") is its
 * own term, marked as negated; pairs never cross a clause break (. ! ? ; : , newline, brackets)
 * or the word "but", which also ends a negation. Linear in the text: one pass, no allocation per
 * word.
 */

/** Which text a term came from: its own hash space, so "voice" in a description and in the notes differ. */
export type TextField = 'call' | 'description';

/** A term seen at [start, end) of its field's text (the pair spans both words). */
export type OnTerm = (hash: number, start: number, end: number) => void;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const FIELD_SEED: Record<TextField, number> = { call: 0x3c6ef372, description: 0x1b873593 };
const NEGATED = 0x5bd1e995;
const PAIR = 0x27d4eb2f;

/**
 * Murmur3's finaliser: spreads a combined hash over all 32 bits. Hashes are kept as int32, not
 * uint32: V8 keeps an int32 unboxed, where half of all uint32 values became a heap number each
 * time a term was handed to a callback (6 KB a lead). Buckets and signs read the same bits.
 */
function mix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 0;
}

function wordHash(word: string): number {
	let h = FNV_OFFSET;
	for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
	return h | 0;
}

/** The language layer's one-word negation cues ("not", "no", "never", "don't"…), by hash. */
const NEGATORS = new Set(
	NEGATION_BEFORE[0]!
		.split('|')
		.filter((w) => /^[a-z']+$/.test(w))
		.map((w) => wordHash(w))
);
/**
 * A bit per low 10 bits of a negator's hash: most words have none set and skip the Set's look-up
 * (a hash of the key and a probe, for every word of every lead).
 */
const MAY_NEGATE = new Uint8Array(1024);
for (const h of NEGATORS) MAY_NEGATE[h & 1023] = 1;
const BUT = wordHash('but');

const isWordCode = (c: number) =>
	(c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0x2019 && c !== 0x2014);
/** Apostrophes inside a word ("don't", "customer’s") keep it whole. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isClauseBreak = (c: number) =>
	c === 46 ||
	c === 33 ||
	c === 63 ||
	c === 59 ||
	c === 58 ||
	c === 44 ||
	c === 10 ||
	c === 40 ||
	c === 41;

/** Calls `onTerm` for every word (negation-marked in a negated clause) and every word pair of `lower`. */
export function forEachTerm(lower: string, field: TextField, onTerm: OnTerm): void {
	const seed = FIELD_SEED[field];
	let prev = 0; // hash of the previous word in the clause, 0 = none
	let prevStart = 0;
	let negated = false;
	let start = -1;
	let h = FNV_OFFSET;
	const n = lower.length;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? lower.charCodeAt(i) : 10;
		if (
			isWordCode(c) ||
			(start >= 0 && isApostrophe(c) && i + 1 < n && isWordCode(lower.charCodeAt(i + 1)))
		) {
			if (start < 0) {
				start = i;
				h = FNV_OFFSET;
			}
			h = Math.imul(h ^ (isApostrophe(c) ? 39 : c), FNV_PRIME);
			continue;
		}
		if (start >= 0) {
			const word = h | 0;
			if (word === BUT) negated = false;
			onTerm(mix(seed ^ word ^ (negated ? NEGATED : 0)), start, i);
			if (prev !== 0) onTerm(mix(Math.imul(prev, PAIR) ^ word ^ seed), prevStart, i);
			if (MAY_NEGATE[word & 1023] === 1 && NEGATORS.has(word)) negated = true;
			prev = word;
			prevStart = start;
			start = -1;
		}
		if (isClauseBreak(c)) {
			prev = 0;
			negated = false;
		}
	}
}
