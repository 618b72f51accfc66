import { describe, expect, it } from 'vitest';
import { arrivedOutcomes, simulate } from './simulate';

describe('simulate', () => {
	it('scores fresh calls of each week with the models that served it', async () => {
		const run = (alpha: number) =>
			simulate({
				weeks: 1,
				seed: 3,
				callsPerDay: 12,
				historyCalls: 600,
				freshCalls: 400,
				config: { promotion: { alpha, alphaOnDrift: alpha } }
			});
		// Nothing promoted: the baseline served every day, so on the fresh calls it is the frozen model.
		const [held] = (await run(0)).weeks;
		expect(held!.promoted).toEqual([]);
		expect(held!.fresh).toMatchObject({ calls: 400 });
		expect(held!.fresh!.learning).toBeCloseTo(held!.fresh!.frozen, 12);
		expect(held!.fresh!.bayes).toBeGreaterThan(0.6);
		// Every challenger promoted: other models served, on the same fresh calls.
		const [moved] = (await run(1)).weeks;
		expect(moved!.promoted.length).toBeGreaterThan(0);
		expect(moved!.fresh!.bayes).toBe(held!.fresh!.bayes);
		expect(moved!.fresh!.frozen).toBe(held!.fresh!.frozen);
		expect(moved!.fresh!.learning).not.toBe(moved!.fresh!.frozen);
	}, 120_000);

	it('finds the very outcomes a week counted, without running one', async () => {
		const options = { seed: 3, callsPerDay: 12, historyCalls: 600 };
		const { weeks } = await simulate({ ...options, weeks: 3 });
		const arrived = arrivedOutcomes(options, 2, 3);
		expect(arrived.length).toBe(weeks[1]!.outcomes + weeks[2]!.outcomes);
		for (const week of weeks.slice(1)) {
			const calls = arrived.filter((a) => a.week === week.week);
			const bayes = calls.filter((a) => a.truth >= 0.5 === a.call.progressed).length;
			expect(calls.length).toBe(week.outcomes);
			expect(bayes / calls.length).toBe(week.bayes_accuracy);
		}
		expect(() => arrivedOutcomes(options, 3, 2)).toThrow(/1 ≤ from ≤ to, got 3–2/);
	}, 120_000);
});
