/**
 * A trie of strings by UTF-16 code unit, its nodes numbered from 0 (the root), laid out in typed
 * arrays: the phrase scanner walks it from every word start of every note, and a step is a table
 * read at the root and a short scan of a node's children below it. Built at once from sorted
 * keys, so the vocabulary's ~70,000 nodes cost no object or Map each at load.
 *
 * Nodes are numbered breadth-first, so a node's children are consecutive: a step reads where
 * they start and their characters, and the child is its position, where a list of edges per
 * node took a third read, waiting on the second (a walk is a chain of such reads, and the trie
 * is evicted by a score's other stages between notes).
 */
export class CharTrie {
	/** The root's child by code unit below 128 (-1: none); others are searched among its children. */
	private readonly rootAscii = new Int32Array(128).fill(-1);
	/** Node k's children are nodes firstChild[k] … firstChild[k + 1] − 1, by code unit ascending. */
	private readonly firstChild: Int32Array;
	/** The code unit that leads to each node from its parent. */
	private readonly char: Uint16Array;

	/** The trie of `keys`, and the node each key ends at (in the order given). */
	static of(keys: readonly string[]): { trie: CharTrie; ends: Int32Array } {
		const order = Array.from(keys.keys()).sort((a, b) =>
			keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0
		);
		const ends = new Int32Array(keys.length);
		const parent: number[] = [-1];
		const char: number[] = [0];
		// The nodes along the previous key: a key shares them up to their common prefix.
		const path = [0];
		let previous = '';
		for (const k of order) {
			const key = keys[k]!;
			let common = 0;
			while (common < key.length && key.charCodeAt(common) === previous.charCodeAt(common))
				common++;
			for (let d = common; d < key.length; d++) {
				path[d + 1] = parent.length;
				parent.push(path[d]!);
				char.push(key.charCodeAt(d));
			}
			ends[k] = path[key.length]!;
			previous = key;
		}
		const renumbered = new Int32Array(parent.length);
		const trie = new CharTrie(parent, char, renumbered);
		return { trie, ends: ends.map((node) => renumbered[node]!) };
	}

	/** Writes each node's breadth-first number to `renumbered`, by its number in order of creation. */
	private constructor(parent: readonly number[], char: readonly number[], renumbered: Int32Array) {
		const n = parent.length;
		// Children grouped by parent (a counting sort), in the order they were made: by code unit,
		// as the keys were sorted.
		const start = new Int32Array(n + 1);
		for (let node = 1; node < n; node++) start[parent[node]! + 1]!++;
		for (let k = 0; k < n; k++) start[k + 1]! += start[k]!;
		const children = new Int32Array(n - 1);
		const next = start.slice(0, n);
		for (let node = 1; node < n; node++) children[next[parent[node]!]!++] = node;
		// Breadth-first: each node's children are queued together, after every node before it's.
		const queue = new Int32Array(n);
		this.firstChild = new Int32Array(n + 1);
		this.char = new Uint16Array(n);
		let tail = 1;
		for (let at = 0; at < n; at++) {
			const node = queue[at]!;
			renumbered[node] = at;
			this.char[at] = char[node]!;
			this.firstChild[at] = tail;
			for (let e = start[node]!; e < start[node + 1]!; e++) queue[tail++] = children[e]!;
		}
		this.firstChild[n] = tail;
		for (let c = this.firstChild[0]!; c < this.firstChild[1]!; c++)
			if (this.char[c]! < 128) this.rootAscii[this.char[c]!] = c;
	}

	/** How many nodes, the root included. */
	get size(): number {
		return this.char.length;
	}

	/** The child of `node` by code unit `c`, or -1. */
	child(node: number, c: number): number {
		if (node === 0 && c < 128) return this.rootAscii[c]!;
		for (let k = this.firstChild[node]!, end = this.firstChild[node + 1]!; k < end; k++)
			if (this.char[k] === c) return k;
		return -1;
	}
}
