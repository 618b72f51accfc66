import { describe, expect, it } from 'vitest';
import { orderKey } from './tree-buffer';

describe('orderKey', () => {
	// Ascending float32 values, denormals and infinities included.
	const ascending = [
		-Infinity,
		-3.4028234663852886e38,
		-1,
		-1.1754943508222875e-38,
		-1e-45,
		0,
		1e-45,
		1.1754943508222875e-38,
		0.5,
		1,
		16777216,
		3.4028234663852886e38,
		Infinity
	];

	it('orders float32 values as unsigned integers, so the kernel compares without floats', () => {
		for (let i = 0; i + 1 < ascending.length; i++)
			expect(orderKey(ascending[i]!)).toBeLessThan(orderKey(ascending[i + 1]!));
	});

	it('gives −0 and +0 one key (−0 < 0 is false) and sends nothing left of a NaN threshold', () => {
		expect(orderKey(-0)).toBe(orderKey(0));
		expect(orderKey(NaN)).toBe(0);
		// `x < NaN` is false for every x in the flat walk.
		for (const x of ascending) expect(orderKey(x) < orderKey(NaN)).toBe(false);
	});
});
