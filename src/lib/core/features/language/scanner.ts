import { compileEarly } from './compile-early';
import { alternatives, expandHead, literalHead } from './first-char';

/**
 * Many phrase families compiled into a few regular expressions, so a text is scanned a few times,
 * left to right, whatever the number of families: the cost is linear in the text. Phrases are
 * grouped by first character (`v(?:oice ai|oice bots?)|…`), so at each position a scan tries
 * that character's phrases only. Which families a matched phrase belongs to is worked out once
 * per distinct phrase and cached.
 */
export class PhraseScanner<Name extends string> {
	readonly names: readonly Name[];
	private readonly scanners: RegExp[];
	private readonly tests: RegExp[];
	private readonly cache = new Map<string, Uint16Array>();

	constructor(families: Readonly<Record<Name, readonly string[]>>) {
		this.names = Object.keys(families) as Name[];
		this.tests = this.names.map((n) => new RegExp(`^(?:${families[n].join('|')})$`));
		// Longest alternatives first: at one position the longer phrase wins ("brand voice" over
		// "voice"); a letter or digit may not touch either end (so "stt" misses "Seattle").
		const all = [
			...new Set(this.names.flatMap((n) => families[n].flatMap((p) => alternatives(p))))
		].sort((a, b) => b.length - a.length);
		// An empty alternative (a stray "|") would match everywhere and nothing would be read.
		if (all.some((a) => a === '' || new RegExp(`^(?:${a})$`).test('')))
			throw new Error('a phrase family has an alternative that matches the empty string');
		const { factored, rest } = factorByFirstChar(all);
		this.scanners = [...factored, ...chunks(rest, CHUNK_CHARS)].map(
			(part) => new RegExp(`(?<![a-z0-9])(?:${part.join('|')})(?![a-z0-9])`, 'g')
		);
		// The patterns that cannot be factored (digits first: "\\d{1,2}:\\d{2}") are tried at
		// every character; the big factored alternations, compiled later, spend V8's budget.
		compileEarly(...this.scanners.filter((re) => re.source.length <= EARLY_SOURCE_CHARS));
	}

	/**
	 * Calls `visit` for every phrase in lower-cased `text`, in order, with its family indices.
	 * Where phrases overlap the leftmost wins, and the longest of those starting together.
	 */
	scan(text: string, visit: (families: Uint16Array, start: number, end: number) => void): void {
		const found = this.scanners.map((re) => {
			const spans: number[] = [];
			re.lastIndex = 0;
			for (let m = re.exec(text); m !== null && spans.length < 2 * MAX_PHRASES; m = re.exec(text)) {
				if (m[0].length === 0) re.lastIndex++;
				else spans.push(m.index, m.index + m[0].length);
			}
			return spans;
		});
		// A k-way merge of the scanners' sorted spans, up to MAX_PHRASES of them.
		const at = found.map(() => 0);
		for (let covered = 0, visited = 0; visited < MAX_PHRASES;) {
			let best = -1;
			for (let k = 0; k < found.length; k++) {
				const i = at[k]!;
				if (i >= found[k]!.length) continue;
				const b = best < 0 ? undefined : found[best]!;
				const ib = at[best] ?? 0;
				if (
					b === undefined ||
					found[k]![i]! < b[ib]! ||
					(found[k]![i] === b[ib] && found[k]![i + 1]! > b[ib + 1]!)
				)
					best = k;
			}
			if (best < 0) return;
			const start = found[best]![at[best]!]!;
			const end = found[best]![at[best]! + 1]!;
			at[best]! += 2;
			if (start < covered) continue;
			covered = end;
			visited++;
			visit(this.familiesOf(text.slice(start, end)), start, end);
		}
	}

	private familiesOf(phrase: string): Uint16Array {
		let families = this.cache.get(phrase);
		if (!families) {
			families = Uint16Array.from(this.tests.flatMap((re, i) => (re.test(phrase) ? [i] : [])));
			if (this.cache.size < CACHE_LIMIT) this.cache.set(phrase, families);
		}
		return families;
	}
}

const CACHE_LIMIT = 20_000;
/** Scanners this small are compiled at construction (compileEarly). */
const EARLY_SOURCE_CHARS = 2_000;
/**
 * A text is read up to its 12,000th phrase: an hour-long transcript (~60,000 characters) holds about 3,000,
 * while a note that repeats one short phrase holds far more and says nothing new after it.
 */
const MAX_PHRASES = 12_000;
// Measured on generated notes with the trie: chunks of 24k source characters scan 1.6× slower
// than 12k ones, and 6k (more passes) 1.25×; 6k suits notes of one repeated phrase better.
const CHUNK_CHARS = 12_000;

/**
 * The alternatives that can be written to start with a literal character, grouped by it
 * (`v(?:oice ai|oice bots?)|b(?:udget|…)`, packed into chunks), and the rest as they are.
 * A regular expression tries every alternative at every position: grouped, it tries one
 * character there and only that character's phrases — 4× faster on notes. Within a group the
 * alternatives keep their order, so the same phrase wins where several start together.
 */
function factorByFirstChar(all: readonly string[]): { factored: string[][]; rest: string[] } {
	// Plain words apart from patterns: among words, longest first is exactly the longest match;
	// a pattern's length says less, so where a pattern and words start together the scan's
	// merge keeps the longer match ("no meeting booked yet" over "no meeting booked(?: …)").
	const words = new Map<string, string[]>();
	const patterns = new Map<string, string[]>();
	const rest: string[] = [];
	for (const alternative of all) {
		const expanded = expandHead(alternative);
		if (!expanded) {
			rest.push(alternative);
			continue;
		}
		for (const e of expanded) {
			const head = literalHead(e)!;
			const groups = PLAIN.test(e) ? words : patterns;
			groups.set(head, [...(groups.get(head) ?? []), e.slice(head.length)]);
		}
	}
	return { factored: [...pack(words), ...pack(patterns)], rest };
}

/** Words and escaped characters only. */
const PLAIN = /^(?:[^\\[\](){}?*+|^$.]|\\[^dDsSwWbB])*$/;

/**
 * Groups of alternatives by first character, as `h(?:tail|tail)` sources, packed into as few
 * chunks as fit (first fit, largest first): each chunk is one more pass over the text.
 */
function pack(groups: ReadonlyMap<string, string[]>): string[][] {
	const sources: string[] = [];
	for (const [head, tails] of groups) {
		// Longest first, as across the whole vocabulary (the character alone last).
		const ordered = [...tails].sort((a, b) => b.length - a.length);
		for (const part of chunks(ordered, CHUNK_CHARS)) sources.push(`${head}(?:${trie(part)})`);
	}
	const bins: { sources: string[]; size: number }[] = [];
	for (const source of sources.sort((a, b) => b.length - a.length)) {
		const bin = bins.find((b) => b.size + source.length <= CHUNK_CHARS);
		if (bin) {
			bin.sources.push(source);
			bin.size += source.length + 1;
		} else bins.push({ sources: [source], size: source.length + 1 });
	}
	return bins.map((b) => b.sources);
}

/**
 * Alternatives as a trie of their literal first characters, `h(?:e(?:y x|))` for `hey x|he`:
 * unoptimised (see compileEarly), V8 tries alternatives one after another, so a common letter
 * with hundreds of tails cost hundreds of tries at each word that starts with it. Only runs of
 * tails that start with a literal character are grouped: two of them with different first
 * characters never match at the same place, so the order that decides which one wins is kept.
 */
function trie(tails: readonly string[]): string {
	const out: string[] = [];
	let run = new Map<string, string[]>();
	const flush = () => {
		for (const [head, rest] of run)
			out.push(rest.length === 1 ? head + rest[0]! : `${head}(?:${trie(rest)})`);
		run = new Map();
	};
	for (const tail of tails) {
		const head = literalHead(tail);
		if (head === undefined) {
			flush();
			out.push(tail);
		} else run.set(head, [...(run.get(head) ?? []), tail.slice(head.length)]);
	}
	flush();
	return out.join('|');
}

function chunks(alternatives: readonly string[], chars: number): string[][] {
	const out: string[][] = [[]];
	let size = 0;
	for (const a of alternatives) {
		if (size + a.length > chars && out.at(-1)!.length) {
			out.push([]);
			size = 0;
		}
		out.at(-1)!.push(a);
		size += a.length + 1;
	}
	return out;
}
