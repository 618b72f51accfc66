/**
 * A trie of strings by UTF-16 code unit, its nodes numbered from 0 (the root), laid out in typed
 * arrays: the phrase scanner walks it from every word start of every note, and a step is a table
 * read at the root and a short scan of a node's edges below it. Built at once from sorted keys,
 * so the vocabulary's ~70,000 nodes cost no object or Map each at load.
 */
export class CharTrie {
	/** The root's child by code unit below 128 (-1: none); others are searched as edges. */
	private readonly rootAscii = new Int32Array(128).fill(-1);
	/** Node k's edges are edgeStart[k] … edgeStart[k + 1] − 1. */
	private readonly edgeStart: Int32Array;
	private readonly edgeChar: Uint16Array;
	private readonly edgeNode: Int32Array;

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
		return { trie: new CharTrie(parent, char), ends };
	}

	private constructor(parent: readonly number[], char: readonly number[]) {
		const n = parent.length;
		// Edges grouped by parent (a counting sort), in the order their nodes were made.
		this.edgeStart = new Int32Array(n + 1);
		for (let node = 1; node < n; node++) this.edgeStart[parent[node]! + 1]!++;
		for (let k = 0; k < n; k++) this.edgeStart[k + 1]! += this.edgeStart[k]!;
		this.edgeChar = new Uint16Array(n - 1);
		this.edgeNode = new Int32Array(n - 1);
		const next = this.edgeStart.slice(0, n);
		for (let node = 1; node < n; node++) {
			const e = next[parent[node]!]!++;
			this.edgeChar[e] = char[node]!;
			this.edgeNode[e] = node;
			if (parent[node] === 0 && char[node]! < 128) this.rootAscii[char[node]!] = node;
		}
	}

	/** How many nodes, the root included. */
	get size(): number {
		return this.edgeStart.length - 1;
	}

	/** The child of `node` by code unit `c`, or -1. */
	child(node: number, c: number): number {
		if (node === 0 && c < 128) return this.rootAscii[c]!;
		for (let e = this.edgeStart[node]!, end = this.edgeStart[node + 1]!; e < end; e++)
			if (this.edgeChar[e] === c) return this.edgeNode[e]!;
		return -1;
	}
}
