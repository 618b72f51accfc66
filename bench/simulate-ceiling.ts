// What the learner itself reaches on the simulation's world, with no lifecycle in the way: one
// model trained as a learning cycle trains (recency weights, stratified holdout, the cycle's
// boosting settings, text model) on every labelled call of a seed's history up to the end of
// week 10 — all outcomes known — and one trained on as many calls of the week-9 world alone,
// both scored on 8,000 fresh calls of that world against the generator's Bayes-optimal
// predictions. The simulation's weeks 9–12 (~850 outcomes a seed) cannot do better than this in
// expectation.
import * as v from 'valibot';
import { DEFAULT_CONFIG } from '../src/lib/core/lifecycle/config';
import { recencyWeights } from '../src/lib/core/lifecycle/training-set';
import { LabeledCall } from '../src/lib/core/schema';
import { loadArtifact, Scorer, trainQualifier } from '../src/lib/core/scoring';
import { dayCalls, historyCalls, SIMULATION_START, worldOfWeek } from '../src/lib/core/simulation';
import { generateCalls } from '../src/lib/core/synth';

const DAY = 86_400_000;
const START = Date.parse(`${SIMULATION_START}T00:00:00Z`);
const UP_TO_WEEK = 10;
const TEST_ROWS = 8000;

export interface CeilingRow {
	seed: number;
	rows: number;
	/** Accuracy − Bayes-optimal accuracy on the fresh calls, in points. */
	history: number;
	world: number;
	bayes: number;
}

export async function learnerCeiling(seed: number): Promise<CeilingRow> {
	const days = Array.from({ length: UP_TO_WEEK * 7 }, (_, d) =>
		dayCalls(seed, Math.floor(d / 7) + 1, d % 7, START, 30)
	);
	const history = [...historyCalls(seed, START, 1500), ...days.flatMap((d) => d.calls)];
	const now = START + UP_TO_WEEK * 7 * DAY;
	// Every outcome is known: each call weighs as a cycle would weigh it on the day it was held.
	const weights = recencyWeights(
		history.map((c) => ({ lead: c, progressed: c.progressed, occurred_at: c.call_date! })),
		new Date(now),
		DEFAULT_CONFIG.training.halfLifeDays
	);
	const week9 = (rows: number, offset: number) =>
		generateCalls({
			rows,
			seed: 900_000 + seed * 10 + offset,
			start: '2026-03-02',
			days: 28,
			world: worldOfWeek(9)
		});
	const fresh = week9(TEST_ROWS, 0);
	const parse = (c: object, i: number) => v.parse(LabeledCall, { ...c, lead_id: `F${i}` });
	const world = week9(history.length, 1).calls.map(parse);
	const y = fresh.calls.map((c) => c.progressed === 1);
	const leads = fresh.calls.map((c, i) => ({
		...parse(c, i),
		progressed: undefined,
		voice_ai: undefined
	}));
	const accuracy = (p: (i: number) => number) =>
		y.filter((yi, i) => p(i) >= 0.5 === yi).length / y.length;
	const bayes = accuracy((i) => fresh.truth.progressed[i]!);
	const gap = async (calls: LabeledCall[], w?: ArrayLike<number>) => {
		const { artifact } = await trainQualifier(calls, {
			now: new Date(now),
			seed,
			holdout: 'random',
			gbdt: DEFAULT_CONFIG.training.gbdt,
			weights: w
		});
		const scorer = new Scorer(await loadArtifact(artifact));
		return 100 * (accuracy((i) => scorer.probabilities(leads[i]!).progression) - bayes);
	};
	return {
		seed,
		rows: history.length,
		history: await gap(history, weights),
		world: await gap(world),
		bayes
	};
}
