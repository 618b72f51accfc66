/**
 * A small, fast, seedable PRNG (sfc32 seeded through splitmix32). Integer arithmetic only, so
 * a seed gives the same sequence in every JavaScript engine — the basis of reproducible data
 * sets and models across Node, browsers and workerd.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
}

export function createRandom(seed: number): Random {
	let s = seed >>> 0;
	const splitmix = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix();
	let b = splitmix();
	let c = splitmix();
	let d = splitmix();
	const next32 = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = ((c << 21) | (c >>> 11)) >>> 0;
		c = (c + t) >>> 0;
		return t;
	};
	for (let i = 0; i < 12; i++) next32();
	return {
		next: () => next32() / 4294967296,
		int: (n) => Math.floor((next32() / 4294967296) * n)
	};
}

/**
 * Draws k distinct items of `pool` uniformly into `out` (ascending) by a partial Fisher–Yates
 * shuffle of `pool` in place — `pool` stays a permutation of its items, so it can be reused
 * for the next draw without allocating.
 */
export function sampleInto(
	pool: Int32Array,
	k: number,
	random: Random,
	out: Int32Array
): Int32Array {
	for (let i = 0; i < k; i++) {
		const j = i + random.int(pool.length - i);
		const t = pool[i]!;
		pool[i] = pool[j]!;
		pool[j] = t;
	}
	const picked = out.subarray(0, k);
	picked.set(pool.subarray(0, k));
	return picked.sort();
}
