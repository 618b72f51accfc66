import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { calibrate, fitPlatt } from './calibration';

describe('Platt calibration', () => {
	it('recovers the slope and offset that generated the labels', () => {
		const random = createRandom(4);
		const margins: number[] = [];
		const labels: number[] = [];
		for (let i = 0; i < 20_000; i++) {
			const m = random.next() * 8 - 4;
			margins.push(m);
			labels.push(random.next() < 1 / (1 + Math.exp(-(0.5 * m - 1))) ? 1 : 0);
		}
		const c = fitPlatt(margins, labels);
		expect(c.a).toBeCloseTo(0.5, 1);
		expect(c.b).toBeCloseTo(-1, 1);
		expect(calibrate(c, 2)).toBeCloseTo(0.5, 1);
	});

	it('stays finite on separable data and refuses one-class holdouts', () => {
		const c = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
		expect(Number.isFinite(c.a) && Number.isFinite(c.b)).toBe(true);
		expect(calibrate(c, 2)).toBeLessThan(1);
		expect(calibrate(c, 2)).toBeGreaterThan(0.5);
		expect(() => fitPlatt([1, 2], [1, 1])).toThrow(/both classes/);
	});
});
