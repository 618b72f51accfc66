/**
 * A trie of strings by UTF-16 code unit, its nodes numbered from 0 (the root). Once built it is
 * frozen into typed arrays: the phrase scanner walks it from every word start of every note, and
 * a step is then a table read at the root and a short scan of a node's edges below it, where a
 * Map per node made the walk most of the scan's time.
 */
export class CharTrie {
	private children: Map<number, number>[] = [new Map()];
	/** The root's child by code unit below 128 (-1: none); others are searched as edges. */
	private rootAscii = new Int32Array(0);
	private edgeStart = new Int32Array(0);
	private edgeChar = new Uint16Array(0);
	private edgeNode = new Int32Array(0);

	/** Adds `key` and gives the node it ends at. */
	add(key: string): number {
		if (this.edgeStart.length) throw new Error('the trie is frozen');
		let at = 0;
		for (let k = 0; k < key.length; k++) {
			const c = key.charCodeAt(k);
			let next = this.children[at]!.get(c);
			if (next === undefined) {
				next = this.children.length;
				this.children.push(new Map());
				this.children[at]!.set(c, next);
			}
			at = next;
		}
		return at;
	}

	/** How many nodes, the root included. */
	get size(): number {
		return this.edgeStart.length ? this.edgeStart.length - 1 : this.children.length;
	}

	/** Lays the edges out in typed arrays; {@link add} is refused after. */
	freeze(): void {
		const n = this.children.length;
		const edges = this.children.reduce((sum, m) => sum + m.size, 0);
		this.edgeStart = new Int32Array(n + 1);
		this.edgeChar = new Uint16Array(edges);
		this.edgeNode = new Int32Array(edges);
		this.rootAscii = new Int32Array(128).fill(-1);
		let e = 0;
		this.children.forEach((next, node) => {
			this.edgeStart[node] = e;
			for (const [c, child] of next) {
				if (node === 0 && c < 128) this.rootAscii[c] = child;
				this.edgeChar[e] = c;
				this.edgeNode[e++] = child;
			}
		});
		this.edgeStart[n] = e;
		this.children = [];
	}

	/** The child of `node` by code unit `c`, or -1. */
	child(node: number, c: number): number {
		if (node === 0 && c < 128) return this.rootAscii[c]!;
		for (let e = this.edgeStart[node]!, end = this.edgeStart[node + 1]!; e < end; e++)
			if (this.edgeChar[e] === c) return this.edgeNode[e]!;
		return -1;
	}
}
