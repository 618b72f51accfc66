import { describe, expect, it } from 'vitest';
import type { Engine } from './engine';
import { CALIBRATION_ROWS, fastestFor, measureEngine } from './engine-choice';

describe('engine choice by batch size', () => {
	it('sends each batch to the engine with the lower fixed + per-row cost', () => {
		const costs = {
			flat: { fixed: 0.001, perRow: 1e-4 },
			tfjs: { fixed: 0.2, perRow: 1e-5 }
		};
		// Break-even at (0.2 − 0.001) / (1e-4 − 1e-5) ≈ 2,211 rows.
		expect(fastestFor(costs, 100)).toBe('flat');
		expect(fastestFor(costs, 2_000)).toBe('flat');
		expect(fastestFor(costs, 3_000)).toBe('tfjs');
		expect(fastestFor(costs, 100_000)).toBe('tfjs');
	});

	it('fits the line through two timed runs after a warm-up', async () => {
		const calls: number[] = [];
		let clock = 0;
		const engine: Engine = {
			name: 'flat',
			backend: null,
			async leaves(_x, rows) {
				calls.push(rows);
				// 50 ms per call + 1 ms per row, on a fake clock.
				clock += 50 + rows;
				return { progression: new Int32Array(), voiceAi: new Int32Array() };
			},
			dispose() {}
		};
		const realNow = performance.now;
		performance.now = () => clock;
		try {
			const cost = await measureEngine(engine, (rows) => new Float32Array(rows));
			expect(calls).toEqual([CALIBRATION_ROWS[0], ...CALIBRATION_ROWS]);
			expect(cost.perRow).toBeCloseTo(0.001, 9);
			expect(cost.fixed).toBeCloseTo(0.05, 9);
		} finally {
			performance.now = realNow;
		}
	});
});
