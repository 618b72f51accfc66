import type { Random } from '../random';

/** Sampling helpers over the core's seeded PRNG (deterministic in every JavaScript engine). */
export class Draw {
	constructor(readonly random: Random) {}

	uniform(lo = 0, hi = 1): number {
		return lo + (hi - lo) * this.random.next();
	}

	chance(p: number): boolean {
		return this.random.next() < p;
	}

	int(lo: number, hi: number): number {
		return lo + this.random.int(hi - lo + 1);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.random.int(items.length)]!;
	}

	/** Item i with probability weights[i] / Σ weights. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (const w of weights) total += w;
		let u = this.random.next() * total;
		for (let i = 0; i < items.length; i++) {
			u -= weights[i]!;
			if (u < 0) return items[i]!;
		}
		return items[items.length - 1]!;
	}

	/** Standard normal (Box–Muller; the second value is dropped to keep the stream simple). */
	normal(mean = 0, sd = 1): number {
		const u = 1 - this.random.next();
		const v = this.random.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** k distinct items in random order. */
	some<T>(items: readonly T[], k: number): T[] {
		const pool = items.slice();
		const out: T[] = [];
		for (let i = 0; i < k && pool.length > 0; i++)
			out.push(pool.splice(this.random.int(pool.length), 1)[0]!);
		return out;
	}
}
