// What the learner itself reaches on the simulation's world, with no lifecycle in the way: one
// model trained as a learning cycle trains (recency weights, stratified holdout, the cycle's
// boosting settings, text model) on every labelled call of a seed's history up to the end of
// week 10 — all outcomes known — and one trained on as many calls of the week-9 world alone,
// both scored on 8,000 fresh calls of that world against the generator's Bayes-optimal
// predictions. The simulation's weeks 9–12 (~850 outcomes a seed) cannot do better than this in
// expectation. And what each seed's weeks 9–12 sample of outcomes costs a model that knows that
// world far better than any cycle can: one trained on 20,000 of its calls.
import * as v from 'valibot';
import { DEFAULT_CONFIG } from '../src/lib/core/lifecycle/config';
import { recencyWeights } from '../src/lib/core/lifecycle/training-set';
import { LabeledCall } from '../src/lib/core/schema';
import { loadArtifact, Scorer, trainQualifier } from '../src/lib/core/scoring';
import {
	arrivedOutcomes,
	dayCalls,
	historyCalls,
	SIMULATION_START,
	worldOfWeek
} from '../src/lib/core/simulation';
import { generateCalls } from '../src/lib/core/synth';

const DAY = 86_400_000;
const START = Date.parse(`${SIMULATION_START}T00:00:00Z`);
const UP_TO_WEEK = 10;
const TEST_ROWS = 8000;
const WORLD_MODEL_ROWS = 20_000;

/** Calls of the week-9 world (that of weeks 9–12), four weeks from its start. */
const week9World = (rows: number, seed: number) =>
	generateCalls({ rows, seed, start: '2026-03-02', days: 28, world: worldOfWeek(9) });

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
	const week9 = (rows: number, offset: number) => week9World(rows, 900_000 + seed * 10 + offset);
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

export interface WorldModelRow {
	/** Accuracy − Bayes-optimal accuracy on TEST_ROWS fresh calls of the week-9 world, in points. */
	fresh: number;
	/** The same on each seed's outcomes that arrived in weeks `from`–`to` of its simulation. */
	arrived: { seed: number; outcomes: number; gap: number }[];
}

/**
 * A model trained on WORLD_MODEL_ROWS calls of the week-9 world (the world of weeks 9–12; a
 * cycle has at most a few hundred of its outcomes), scored on fresh calls and on each seed's
 * arrived outcomes of weeks `from`–`to`: how much harder than fresh calls a seed's sample is.
 */
export async function worldModelOnArrived(
	seeds: readonly number[],
	from: number,
	to: number
): Promise<WorldModelRow> {
	const calls = week9World(WORLD_MODEL_ROWS, 31_337).calls.map((c, i) =>
		v.parse(LabeledCall, { ...c, lead_id: `M${i}` })
	);
	const { artifact } = await trainQualifier(calls, {
		now: new Date(START + 12 * 7 * DAY),
		seed: 1,
		holdout: 'random'
	});
	const scorer = new Scorer(await loadArtifact(artifact));
	const gap = (sample: { call: LabeledCall; truth: number }[]) => {
		const right = (p: (x: (typeof sample)[number]) => number) =>
			sample.filter((x) => p(x) >= 0.5 === x.call.progressed).length;
		// The lead's fields only: extraction reads no label.
		const served = (x: (typeof sample)[number]) => scorer.probabilities(x.call).progression;
		return (100 * (right(served) - right((x) => x.truth))) / sample.length;
	};
	const fresh = week9World(TEST_ROWS, 424_242);
	return {
		fresh: gap(
			fresh.calls.map((c, i) => ({
				call: v.parse(LabeledCall, { ...c, lead_id: `F${i}` }),
				truth: fresh.truth.progressed[i]!
			}))
		),
		arrived: seeds.map((seed) => {
			const sample = arrivedOutcomes({ seed }, from, to);
			return { seed, outcomes: sample.length, gap: gap(sample) };
		})
	};
}
