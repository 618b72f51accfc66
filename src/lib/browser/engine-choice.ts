import type { Engine } from './engine';

/** Fitted cost of one engine: seconds ≈ fixed + perRow × rows. */
export interface EngineCost {
	fixed: number;
	perRow: number;
}

/** Rows of the two calibration runs: small enough to take well under a second in total. */
export const CALIBRATION_ROWS = [128, 1024] as const;

/**
 * Measures an engine on two batch sizes (after one warm-up call, which also compiles
 * shaders or kernels) and fits a line through the two times, so a batch of any size can be
 * sent to whichever engine is predicted fastest for it.
 */
export async function measureEngine(
	engine: Engine,
	sample: (rows: number) => Float32Array
): Promise<EngineCost> {
	const [small, large] = CALIBRATION_ROWS;
	await engine.leaves(sample(small), small);
	const times: number[] = [];
	for (const rows of CALIBRATION_ROWS) {
		const x = sample(rows);
		const start = performance.now();
		await engine.leaves(x, rows);
		times.push((performance.now() - start) / 1000);
	}
	const perRow = Math.max(0, (times[1]! - times[0]!) / (large - small));
	return { fixed: Math.max(0, times[0]! - perRow * small), perRow };
}

/** The engine predicted fastest for `rows` rows; ties go to the first listed. */
export function fastestFor<K extends string>(costs: Record<K, EngineCost>, rows: number): K {
	let best: K | undefined;
	let bestTime = Infinity;
	for (const key of Object.keys(costs) as K[]) {
		const time = costs[key].fixed + costs[key].perRow * rows;
		if (time < bestTime) [best, bestTime] = [key, time];
	}
	return best!;
}
