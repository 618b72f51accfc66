import { CharTrie } from './char-trie';
import { compileEarly } from './compile-early';
import { alternatives, firstChars, literalSplits } from './first-char';

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
	private readonly trie: CharTrie;
	/** Per trie node: the families of the plain phrases that end there (empty: none). */
	private readonly words: Uint16Array[];
	/** Per trie node: what may follow its literal to complete a phrase, tried where it ends. */
	private readonly tails: Tail[][];
	/**
	 * Per trie node, WORD if a plain phrase ends there and TAILS if tails follow, and above
	 * them (`>>> 2`) the node's group of tails in the flat arrays below: the walk reads one
	 * integer a step instead of two arrays of objects spread over the heap.
	 */
	private readonly flags: Int32Array;
	/**
	 * The tails of every node, flat: group g's are tailFrom[g] … tailFrom[g + 1] − 1, each with its
	 * first characters (4 words of tailAscii, tailOther) and sticky expression. Most tails are
	 * tried where they cannot match, so the test before the expression is a look-up in one array,
	 * where the tail's object, its first-character object and its bitmap were each a read waiting
	 * on the one before.
	 */
	private readonly tailFrom: Int32Array;
	private readonly tailAscii: Uint32Array;
	private readonly tailOther: Uint8Array;
	private readonly tailSticky: RegExp[];
	/** Per trie node, the families of the phrase it spells when that phrase is found whole (filled as found). */
	private readonly nodeFamilies: (Uint16Array | undefined)[];
	/**
	 * Alternatives with no literal beginning ("\\d{1,2}:\\d{2}"), as one sticky expression tried
	 * at the word starts whose character one of them can start with.
	 */
	private readonly unindexed: RegExp | undefined;
	private readonly unindexedFirst: FirstChars;
	private readonly unindexedTests: Tail[];
	private readonly cache = new Map<string, Uint16Array>();

	constructor(families: Readonly<Record<Name, readonly string[]>>) {
		this.names = Object.keys(families) as Name[];
		const familiesOf = new Map<string, number[]>();
		this.names.forEach((name, f) => {
			for (const alternative of families[name].flatMap((p) => alternatives(p)))
				familiesOf.set(alternative, [...new Set([...(familiesOf.get(alternative) ?? []), f])]);
		});
		const splits: { literal: string; tail: string; of: number[] }[] = [];
		const unindexed = new Map<string, number[]>();
		for (const [alternative, of] of familiesOf) {
			const parts = literalSplits(alternative);
			if (parts) for (const part of parts) splits.push({ ...part, of });
			else unindexed.set(alternative, of);
		}
		const { trie, ends } = CharTrie.of(splits.map((s) => s.literal));
		this.trie = trie;
		const words = new Map<number, Set<number>>();
		const tails = new Map<number, Map<string, Set<number>>>();
		splits.forEach(({ tail, of }, k) => {
			const set =
				tail === ''
					? ensure(words, ends[k]!, () => new Set<number>())
					: ensure(
							ensure(tails, ends[k]!, () => new Map()),
							tail,
							() => new Set<number>()
						);
			of.forEach((f) => set.add(f));
		});
		this.words = new Array<Uint16Array>(trie.size).fill(NONE);
		for (const [at, of] of words) this.words[at] = Uint16Array.from(of).sort();
		this.tails = new Array<Tail[]>(trie.size).fill([]);
		const compiled = new Map<string, Pick<Tail, 'sticky' | 'whole' | 'first'>>();
		for (const [at, byTail] of tails)
			this.tails[at] = [...byTail].map(([tail, of]) => ({
				...ensure(compiled, tail, () => tailExpressions(tail)),
				families: [...of]
			}));
		this.flags = new Int32Array(trie.size);
		for (const at of words.keys()) this.flags[at]! |= WORD;
		const grouped = [...tails.keys()];
		this.tailFrom = new Int32Array(grouped.length + 1);
		const flat = grouped.flatMap((at, g) => {
			this.flags[at]! |= TAILS | (g << 2);
			this.tailFrom[g + 1] = this.tailFrom[g]! + this.tails[at]!.length;
			return this.tails[at]!;
		});
		this.tailAscii = new Uint32Array(4 * flat.length);
		flat.forEach((tail, k) => this.tailAscii.set(tail.first.ascii, 4 * k));
		this.tailOther = Uint8Array.from(flat, (tail) => (tail.first.other ? 1 : 0));
		this.tailSticky = flat.map((tail) => tail.sticky);
		this.nodeFamilies = new Array<Uint16Array | undefined>(trie.size);
		this.unindexedTests = [...unindexed].map(([alternative, of]) => ({
			...tailExpressions(alternative),
			families: of
		}));
		// An empty alternative (a stray "|") would match everywhere and nothing would be read;
		// every other alternative starts with a literal character.
		const empty = this.unindexedTests.find((t) => matchesToEnd(t.whole, '', 0));
		if (empty)
			throw new Error(
				`phrase family ${this.names[empty.families[0]!]} has an alternative that matches the empty string`
			);
		this.unindexed = unindexed.size
			? new RegExp(`(?:${[...unindexed.keys()].join('|')})(?![a-z0-9])`, 'y')
			: undefined;
		this.unindexedFirst = firstCharsOf([...unindexed.keys()].join('|'));
		if (this.unindexed) compileEarly(this.unindexed);
	}

	/**
	 * Calls `visit` for every phrase in lower-cased `text`, in order, with its family indices.
	 * Where phrases overlap the leftmost wins, and the longest of those starting together.
	 */
	scan(text: string, visit: (families: Uint16Array, start: number, end: number) => void): void {
		const n = text.length;
		const other = this.unindexed;
		const { flags, tailFrom, tailAscii, tailOther, tailSticky } = this;
		const { ascii: otherAscii, other: otherNonAscii } = this.unindexedFirst;
		for (let i = 0, visited = 0; i < n && visited < MAX_PHRASES;) {
			// A letter or digit may not touch a phrase's start either (so "stt" misses "seattle").
			if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
				i++;
				continue;
			}
			let end = -1;
			// The node of the plain phrase that ends at `end`, while no tail or unindexed match is longer.
			let endNode = -1;
			for (let j = i, at = 0; j < n;) {
				at = this.trie.child(at, text.charCodeAt(j++));
				if (at < 0) break;
				const info = flags[at]!;
				if (info & WORD && j > end && (j === n || !isWordCode(text.charCodeAt(j)))) {
					end = j;
					endNode = at;
				}
				if (info & TAILS) {
					const c = text.charCodeAt(j);
					for (let k = tailFrom[info >>> 2]!, last = tailFrom[(info >>> 2) + 1]!; k < last; k++) {
						if (!mayStart(tailAscii, 4 * k, tailOther[k] === 1, c)) continue;
						const sticky = tailSticky[k]!;
						sticky.lastIndex = j;
						if (sticky.test(text) && sticky.lastIndex > end) {
							end = sticky.lastIndex;
							endNode = -1;
						}
					}
				}
			}
			if (other && mayStart(otherAscii, 0, otherNonAscii, text.charCodeAt(i))) {
				other.lastIndex = i;
				if (other.test(text) && other.lastIndex > end) {
					end = other.lastIndex;
					endNode = -1;
				}
			}
			if (end < 0) {
				i++;
				continue;
			}
			visited++;
			const families =
				endNode < 0
					? this.familiesOf(text.slice(i, end))
					: (this.nodeFamilies[endNode] ??= this.familiesOf(text.slice(i, end)));
			visit(families, i, end);
			i = end;
		}
	}

	/**
	 * The families with an alternative that matches all of `phrase`: the trie is walked along
	 * it, and each literal beginning on the way adds its plain phrases' families where the
	 * phrase ends and its tails' where a tail matches the rest.
	 */
	private familiesOf(phrase: string): Uint16Array {
		let families = this.cache.get(phrase);
		if (families) return families;
		const found = new Set<number>();
		const add = (of: ArrayLike<number>) => {
			for (let k = 0; k < of.length; k++) found.add(of[k]!);
		};
		for (let j = 0, at = 0; j < phrase.length;) {
			at = this.trie.child(at, phrase.charCodeAt(j++));
			if (at < 0) break;
			if (j === phrase.length) add(this.words[at]!);
			for (const tail of this.tails[at]!)
				if (matchesToEnd(tail.whole, phrase, j)) add(tail.families);
		}
		for (const tail of this.unindexedTests)
			if (matchesToEnd(tail.whole, phrase, 0)) add(tail.families);
		families = Uint16Array.from([...found].sort((x, y) => x - y));
		if (this.cache.size < CACHE_LIMIT) this.cache.set(phrase, families);
		return families;
	}
}

const NONE = new Uint16Array(0);
const WORD = 1;
const TAILS = 2;

/** A pattern after a literal beginning, and the families of the alternatives it completes. */
interface Tail {
	/** Matches at lastIndex, with no letter or digit after (so "stt" misses "sttx"). */
	sticky: RegExp;
	/**
	 * Matches from lastIndex to the end of a found phrase, which it sees whole (a `\\b` looks
	 * back at the literal): which families the phrase belongs to.
	 */
	whole: RegExp;
	/**
	 * The characters a match can start with: most tails are tried where they cannot match
	 * ("[- ]?(?:suite|level)" after every "contact centre"), and a look at one character is
	 * cheaper than a regular expression's call.
	 */
	first: FirstChars;
	families: number[];
}

const tailExpressions = (tail: string) => ({
	sticky: new RegExp(`(?:${tail})(?![a-z0-9])`, 'y'),
	whole: new RegExp(`(?:${tail})$`, 'y'),
	first: firstCharsOf(tail)
});

/**
 * The code units a pattern's match can start with, as a bitmap of those below 128 and whether
 * any other can: a bit test per try, where a Set's look-up cost a third of the scan.
 */
interface FirstChars {
	ascii: Uint32Array;
	other: boolean;
}

function firstCharsOf(pattern: string): FirstChars {
	const first = firstChars(pattern);
	const ascii = new Uint32Array(4);
	if (!first) return { ascii: ascii.fill(-1), other: true };
	let other = false;
	for (const c of first.map((ch) => ch.charCodeAt(0)))
		if (c < 128) ascii[c >>> 5]! |= 1 << (c & 31);
		else other = true;
	return { ascii, other };
}

/**
 * Whether a match may start with code unit `c`, by the bitmap of those below 128 in the four
 * words of `ascii` from `at`, and whether any other may (`other`). NaN, past the text's end,
 * reads as another: only a pattern of unknown start, which may match nothing, is tried there.
 */
const mayStart = (ascii: Uint32Array, at: number, other: boolean, c: number) =>
	c < 128 ? (ascii[at + (c >>> 5)]! & (1 << (c & 31))) !== 0 : other;

/** Whether a sticky `re` matches `text` from `at` to its end. */
function matchesToEnd(re: RegExp, text: string, at: number): boolean {
	re.lastIndex = at;
	return re.test(text);
}

function ensure<K, V>(map: Map<K, V>, key: K, make: () => V): V {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = make()));
	return value;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

const CACHE_LIMIT = 20_000;
/**
 * A text is read up to its 12,000th phrase: an hour-long transcript (~60,000 characters) holds about 3,000,
 * while a note that repeats one short phrase holds far more and says nothing new after it.
 */
const MAX_PHRASES = 12_000;
