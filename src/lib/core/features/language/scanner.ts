import { CharTrie } from './char-trie';
import { compileEarly } from './compile-early';
import { alternatives, literalSplits } from './first-char';

/**
 * Many phrase families matched in one left-to-right pass, linear in the text. Each alternative
 * of the vocabulary is indexed by its literal beginning in a character trie (`voice ` for
 * `voice (?:agents?|bots?)`, small groups and optional characters expanded first); at each
 * word start the trie is walked along the text, and only the alternatives whose beginning is
 * there are tried, as small sticky expressions for the rest. The longest match at the leftmost
 * position wins, so "brand voice" is read before "voice" and "watching, not buying" before
 * "watching".
 *
 * Not one big alternation: V8 optimises a regular expression only while its isolate has
 * generated under 1 MB of regexp code, and the vocabulary's alternations were 25 MB, which left
 * every expression compiled after them (the reader's clause and date patterns too) unoptimised
 * and each note's time at the mercy of compile order. Which families a matched phrase belongs
 * to is worked out once per distinct phrase and cached.
 */
export class PhraseScanner<Name extends string> {
	readonly names: readonly Name[];
	private readonly tests: RegExp[];
	private readonly trie = new CharTrie();
	/** Per trie node: a plain phrase ends there. */
	private readonly word: Uint8Array;
	/** Per trie node: what may follow its literal to complete a phrase, tried where it ends. */
	private readonly tails: RegExp[][] = [];
	/** Alternatives with no literal beginning ("\\d{1,2}:\\d{2}"), scanned as one expression. */
	private readonly unindexed: RegExp | undefined;
	private readonly cache = new Map<string, Uint16Array>();

	constructor(families: Readonly<Record<Name, readonly string[]>>) {
		this.names = Object.keys(families) as Name[];
		this.tests = this.names.map((n) => new RegExp(`^(?:${families[n].join('|')})$`));
		const all = new Set(this.names.flatMap((n) => families[n].flatMap((p) => alternatives(p))));
		// An empty alternative (a stray "|") would match everywhere and nothing would be read.
		if ([...all].some((a) => new RegExp(`^(?:${a})$`).test('')))
			throw new Error('a phrase family has an alternative that matches the empty string');
		const compiled = new Map<string, RegExp>();
		const words = new Set<number>();
		const unindexed: string[] = [];
		for (const alternative of all) {
			const splits = literalSplits(alternative);
			if (!splits) {
				unindexed.push(alternative);
				continue;
			}
			for (const { literal, tail } of splits) {
				const at = this.trie.add(literal);
				if (tail === '') words.add(at);
				else {
					let re = compiled.get(tail);
					// A letter or digit may not touch a phrase's end (so "stt" misses "sttx").
					if (!re) compiled.set(tail, (re = new RegExp(`(?:${tail})(?![a-z0-9])`, 'y')));
					const tails = (this.tails[at] ??= []);
					if (!tails.includes(re)) tails.push(re);
				}
			}
		}
		this.trie.freeze();
		this.word = new Uint8Array(this.trie.size);
		for (const at of words) this.word[at] = 1;
		for (let at = 0; at < this.trie.size; at++) this.tails[at] ??= NO_TAILS;
		this.unindexed = unindexed.length
			? new RegExp(`(?<![a-z0-9])(?:${unindexed.join('|')})(?![a-z0-9])`, 'g')
			: undefined;
		if (this.unindexed) compileEarly(this.unindexed);
	}

	/**
	 * Calls `visit` for every phrase in lower-cased `text`, in order, with its family indices.
	 * Where phrases overlap the leftmost wins, and the longest of those starting together.
	 */
	scan(text: string, visit: (families: Uint16Array, start: number, end: number) => void): void {
		const n = text.length;
		const other = this.unindexed;
		// The next match of the unindexed alternatives at or after the scan's position.
		let otherStart = -1;
		let otherEnd = -1;
		for (let i = 0, visited = 0; i < n && visited < MAX_PHRASES;) {
			// A letter or digit may not touch a phrase's start either (so "stt" misses "seattle").
			if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
				i++;
				continue;
			}
			let end = -1;
			for (let j = i, at = 0; j < n;) {
				at = this.trie.child(at, text.charCodeAt(j++));
				if (at < 0) break;
				if (this.word[at] && j > end && (j === n || !isWordCode(text.charCodeAt(j)))) end = j;
				for (const re of this.tails[at]!) {
					re.lastIndex = j;
					if (re.test(text) && re.lastIndex > end) end = re.lastIndex;
				}
			}
			if (other && otherStart < i) {
				other.lastIndex = i;
				const m = other.exec(text);
				otherStart = m ? m.index : n;
				otherEnd = m ? m.index + m[0].length : n;
			}
			if (otherStart === i && otherEnd > end) end = otherEnd;
			if (end < 0) {
				i++;
				continue;
			}
			visited++;
			visit(this.familiesOf(text.slice(i, end)), i, end);
			i = end;
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

const NO_TAILS: RegExp[] = [];

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

const CACHE_LIMIT = 20_000;
/**
 * A text is read up to its 12,000th phrase: an hour-long transcript (~60,000 characters) holds about 3,000,
 * while a note that repeats one short phrase holds far more and says nothing new after it.
 */
const MAX_PHRASES = 12_000;
