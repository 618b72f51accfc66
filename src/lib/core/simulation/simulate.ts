import * as v from 'valibot';
import { createRandom } from '../random';
import { LabeledCall } from '../schema/labeled-call';
import { loadArtifact, Scorer, trainQualifier } from '../scoring';
import { generateCalls, type Truth, type WorldShift } from '../synth';
import type { LifecycleSettings } from '../lifecycle/config';
import { runCycle } from '../lifecycle/cycle';
import type { CycleRecord, CycleStatus } from '../lifecycle/cycle-record';
import { MemoryStore } from '../lifecycle/memory-store';
import type { LabelledExample } from '../lifecycle/store';

export interface SimulationOptions {
	weeks: number;
	seed: number;
	/** @default 30 */
	callsPerDay?: number;
	/** Labelled calls before the first week, which the baseline is trained on. @default 1500 */
	historyCalls?: number;
	/** First simulated day, YYYY-MM-DD. @default SIMULATION_START */
	start?: string;
	config?: LifecycleSettings;
	/** false: train without the text models (their features stay missing), for comparison. */
	text?: false;
	/**
	 * Also score this many fresh calls of each week's world with every model that served that
	 * week (WeekResult.fresh): accuracy free of which calls happened to arrive. @default 0
	 */
	freshCalls?: number;
	/** Called after each simulated week (e.g. to print it). */
	onWeek?: (week: WeekResult) => void;
}

/**
 * A week on `calls` fresh calls of its world: the models that served it, each weighted by the
 * days it served; the frozen baseline and the generator's Bayes-optimal probabilities on the
 * same calls. A week's ~200 outcomes move its accuracies by several points (which calls came);
 * these move by the fresh sample's error only.
 */
export interface FreshAccuracy {
	calls: number;
	learning: number;
	frozen: number;
	bayes: number;
}

export interface WeekResult {
	week: number;
	start: string;
	world: WorldShift;
	/** The champion serving at the end of the week. */
	champion: string;
	/** Outcomes that arrived this week; the accuracies are on exactly these calls. */
	outcomes: number;
	/** Accuracy (p ≥ 0.5) of what the learning system served for these calls. */
	learning_accuracy: number;
	/** The baseline, never retrained, on the same calls. */
	frozen_accuracy: number;
	/** The generator's own probabilities on the same calls: what no model can beat in expectation. */
	bayes_accuracy: number;
	/** Drift share of the week's last cycle (null when it had too few rows). */
	drift_share: number | null;
	decisions: Partial<Record<CycleStatus, number>>;
	promoted: string[];
	/** Only with SimulationOptions.freshCalls. */
	fresh?: FreshAccuracy;
}

export interface SimulationHistory {
	seed: number;
	weeks: WeekResult[];
	baseline: string;
	cycles: CycleRecord[];
}

const DAY = 86_400_000;
/** The first simulated day when the options name none. */
export const SIMULATION_START = '2026-01-05';

/**
 * The world of week `week` (1-based): stable for three weeks; then Voice AI demand grows and
 * Voice AI leads progress more often (the product matured), a new competitor the feature
 * phrases do not know appears in week 5 and wins most deals it is in, and from week 7 the
 * market tightens.
 */
/** The first simulated week whose world differs from the baseline's (worldOfWeek). */
export const FIRST_DRIFTED_WEEK = 4;

export function worldOfWeek(week: number): WorldShift {
	const ramp = Math.min(Math.max(week - (FIRST_DRIFTED_WEEK - 1), 0), 6);
	return {
		voiceDemand: 0.35 * ramp,
		voiceValue: 0.35 * ramp,
		progressionShift: week >= 7 ? -1.2 : 0,
		...(week >= 5 ? { competitor: { name: 'Retell AI', share: 0.9, effect: -3 } } : {})
	};
}

/**
 * Runs `weeks` simulated weeks of continuous learning against an in-memory store: each day
 * the serving champion scores the day's calls (generated in that week's world), outcomes
 * arrive 1–7 days later, and the daily cron runs one cycle. A frozen copy of the baseline
 * scores the same calls, and the generator's probabilities give the Bayes-optimal accuracy.
 * Deterministic for a seed.
 */
export async function simulate(options: SimulationOptions): Promise<SimulationHistory> {
	const { weeks, seed } = options;
	const { perDay, start, history } = defaultsOf(options);
	const delay = outcomeDelays(seed);

	// The baseline: trained on eight weeks of calls in the standard world, drawn day by day
	// like the simulated weeks (so the first week, in the same world, shows no drift).
	const before = historyCalls(seed, start, history);
	const { artifact } = await trainQualifier(before, {
		now: new Date(start - DAY),
		seed,
		text: options.text
	});
	const store = new MemoryStore(artifact);
	store.add(
		before.map((c) => ({
			lead: c,
			progressed: c.progressed,
			voice_ai: c.voice_ai,
			occurred_at: iso(Date.parse(c.call_date!) + delay() * DAY)
		}))
	);
	const frozen = new Scorer(await loadArtifact(artifact));
	const scorers = new Map([[artifact.version, frozen]]);
	const serving = async () => {
		const version = (await store.pointers()).champion;
		if (!scorers.has(version))
			scorers.set(version, new Scorer(await loadArtifact(await store.getArtifact(version))));
		return scorers.get(version)!;
	};

	interface Pending {
		example: LabelledExample;
		frozen: number;
		truth: number;
	}
	const pending: Pending[] = [];
	const result: SimulationHistory = { seed, weeks: [], baseline: artifact.version, cycles: [] };
	for (let week = 1; week <= weeks; week++) {
		const world = worldOfWeek(week);
		const arrived: Pending[] = [];
		const cycles: CycleRecord[] = [];
		const servedDays: Scorer[] = [];
		for (let day = 0; day < 7; day++) {
			const date = start + ((week - 1) * 7 + day) * DAY;
			const { calls, truth } = dayCalls(seed, week, day, start, perDay);
			const scorer = await serving();
			servedDays.push(scorer);
			calls.forEach((call, i) => {
				const lead = { ...call, progressed: undefined, voice_ai: undefined };
				pending.push({
					example: {
						lead,
						progressed: call.progressed,
						voice_ai: call.voice_ai,
						occurred_at: iso(date + delay() * DAY + 18 * 3_600_000),
						served: {
							model_version: scorer.version,
							variant: 'champion',
							progression_probability: scorer.probabilities(lead).progression
						}
					},
					frozen: frozen.probabilities(lead).progression,
					truth: truth.progressed[i]!
				});
			});
			// Outcomes known by this evening join the store; the cron fires at 23:00.
			const evening = iso(date + 23 * 3_600_000);
			const due = pending.filter((p) => p.example.occurred_at <= evening);
			pending.splice(0, pending.length, ...pending.filter((p) => p.example.occurred_at > evening));
			store.add(due.map((p) => p.example));
			arrived.push(...due);
			cycles.push(
				await runCycle({
					store,
					clock: () => new Date(evening),
					config: options.config,
					train: (calls, settings) => trainQualifier(calls, { ...settings, text: options.text })
				})
			);
		}
		const accuracy = (p: (x: Pending) => number) =>
			arrived.filter((x) => p(x) >= 0.5 === x.example.progressed).length /
			Math.max(arrived.length, 1);
		const decisions: Partial<Record<CycleStatus, number>> = {};
		for (const c of cycles) decisions[c.status] = (decisions[c.status] ?? 0) + 1;
		const last = cycles.at(-1)!;
		const summary: WeekResult = {
			week,
			start: iso(start + (week - 1) * 7 * DAY).slice(0, 10),
			world,
			champion: last.versions.champion_after,
			outcomes: arrived.length,
			learning_accuracy: accuracy((x) => x.example.served!.progression_probability),
			frozen_accuracy: accuracy((x) => x.frozen),
			bayes_accuracy: accuracy((x) => x.truth),
			drift_share: last.drift?.drift_share ?? null,
			decisions,
			promoted: cycles.filter((c) => c.status === 'promoted').map((c) => c.versions.champion_after),
			...(options.freshCalls
				? { fresh: freshAccuracy(seed, week, start, options.freshCalls, servedDays, frozen) }
				: {})
		};
		result.weeks.push(summary);
		result.cycles.push(...cycles);
		options.onWeek?.(summary);
	}
	return result;
}

/** SimulationOptions' defaults, read in one place by simulate() and arrivedOutcomes(). */
function defaultsOf(options: Pick<SimulationOptions, 'callsPerDay' | 'historyCalls' | 'start'>) {
	return {
		perDay: options.callsPerDay ?? 30,
		start: Date.parse(`${options.start ?? SIMULATION_START}T00:00:00Z`),
		history: options.historyCalls ?? 1500
	};
}

/**
 * Days until each call's outcome arrives (1–7): one draw per call, in the order simulate()
 * meets them (the baseline's history, then each day's calls), so arrivedOutcomes() finds the
 * very outcomes a simulation counted.
 */
function outcomeDelays(seed: number): () => number {
	const random = createRandom(seed ^ 0x5eed);
	return () => 1 + random.int(7);
}

/** A call whose outcome arrived in `week`, with the generator's P(progressed). */
export interface ArrivedOutcome {
	call: LabeledCall;
	truth: number;
	week: number;
}

/**
 * The calls whose outcomes a simulation with these options counts in weeks `from`–`to` (the
 * calls its WeekResult accuracies are on), without running one: to score that very sample with
 * other models. A call's outcome arrives in the evening of its day + its delay.
 */
export function arrivedOutcomes(
	options: Pick<SimulationOptions, 'seed' | 'callsPerDay' | 'historyCalls' | 'start'>,
	from: number,
	to: number
): ArrivedOutcome[] {
	if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from)
		throw new RangeError(`weeks must be whole numbers with 1 ≤ from ≤ to, got ${from}–${to}`);
	const { seed } = options;
	const { perDay, start, history } = defaultsOf(options);
	const delay = outcomeDelays(seed);
	for (let i = historyRows(history); i > 0; i--) delay();
	const out: ArrivedOutcome[] = [];
	for (let day = 0; day < to * 7; day++) {
		// A call's outcome comes at most 7 days later: earlier weeks only advance the draws.
		if (day + 7 < (from - 1) * 7) {
			for (let i = 0; i < perDay; i++) delay();
			continue;
		}
		const { calls, truth } = dayCalls(seed, Math.floor(day / 7) + 1, day % 7, start, perDay);
		calls.forEach((call, i) => {
			const week = Math.floor((day + delay()) / 7) + 1;
			if (week >= from && week <= to) out.push({ call, truth: truth.progressed[i]!, week });
		});
	}
	return out;
}

/** FreshAccuracy of a week: `rows` calls of its world none of the models saw, drawn from their own seed. */
function freshAccuracy(
	seed: number,
	week: number,
	start: number,
	rows: number,
	servedDays: readonly Scorer[],
	frozen: Scorer
): FreshAccuracy {
	const { calls, truth } = generateCalls({
		rows,
		seed: 7_000_000 + seed * 100 + week,
		start: iso(start + (week - 1) * 7 * DAY).slice(0, 10),
		days: 7,
		world: worldOfWeek(week)
	});
	const leads = calls.map((c, i) => ({
		...v.parse(LabeledCall, { ...c, lead_id: `F${week}-${i + 1}` }),
		progressed: undefined,
		voice_ai: undefined
	}));
	const accuracy = (p: (i: number) => number) =>
		calls.filter((c, i) => p(i) >= 0.5 === (c.progressed === 1)).length / rows;
	const known = new Map<Scorer, number>();
	const of = (scorer: Scorer) => {
		if (!known.has(scorer))
			known.set(
				scorer,
				accuracy((i) => scorer.probabilities(leads[i]!).progression)
			);
		return known.get(scorer)!;
	};
	return {
		calls: rows,
		learning: servedDays.reduce((sum, scorer) => sum + of(scorer), 0) / servedDays.length,
		frozen: of(frozen),
		bayes: accuracy((i) => truth.progressed[i]!)
	};
}

const HISTORY_DAYS = 56;
/** How many calls historyCalls() makes of `rows`: a whole number a day. */
const historyRows = (rows: number) => Math.round(rows / HISTORY_DAYS) * HISTORY_DAYS;

/** The baseline's labelled history: `rows` calls over the 56 days before `start`, day by day. */
export function historyCalls(seed: number, start: number, rows: number): LabeledCall[] {
	return Array.from({ length: HISTORY_DAYS }, (_, day) =>
		generateCalls({
			rows: historyRows(rows) / HISTORY_DAYS,
			seed: seed * 1000 - HISTORY_DAYS + day,
			start: iso(start - (HISTORY_DAYS - day) * DAY).slice(0, 10),
			days: 1
		}).calls.map((c, i) => v.parse(LabeledCall, { ...c, lead_id: `H${day}-${i + 1}` }))
	).flat();
}

/** The calls of one simulated day (week 1-based, day 0–6) in that week's world, with the generator's probabilities. */
export function dayCalls(
	seed: number,
	week: number,
	day: number,
	start: number,
	rows: number
): { calls: LabeledCall[]; truth: Truth } {
	const { calls, truth } = generateCalls({
		rows,
		seed: seed * 1000 + (week - 1) * 7 + day + 1,
		start: iso(start + ((week - 1) * 7 + day) * DAY).slice(0, 10),
		days: 1,
		world: worldOfWeek(week)
	});
	return {
		calls: calls.map((c, i) => v.parse(LabeledCall, { ...c, lead_id: `W${week}D${day}-${i + 1}` })),
		truth
	};
}

const iso = (t: number) => new Date(t).toISOString();
