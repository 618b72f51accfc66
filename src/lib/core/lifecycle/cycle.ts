import {
	loadArtifact,
	Scorer,
	trainQualifier,
	type ModelArtifact,
	type TrainOptions
} from '../scoring';
import type { LabeledCall } from '../schema/labeled-call';
import { cycleAlerts } from './alerts';
import { pairedLogLossTest, type Comparison } from '../stats/compare';
import { resolveConfig, type LifecycleConfig, type LifecycleSettings } from './config';
import type { CycleRecord } from './cycle-record';
import { detectDrift } from './drift';
import { monitorChampion, outcomeMetrics } from './monitor';
import { decideRetrain } from './policy';
import { compareVariants } from './rollout';
import type { LabelledExample, LifecycleStore, Pointers } from './store';
import { afterTraining, afterTrial } from './next-pointers';
import { prunableChallengers } from './prune';
import { recencyWeights, toLabeledCall, trainingSet } from './training-set';
import { wordingChanges } from '../text';

/** Leads whose words the wording report reads (besides the holdout). */
const WORDING_LEADS = 2000;

/** Trains a challenger: trainQualifier, or a stand-in in tests. */
export type Trainer = (
	calls: readonly LabeledCall[],
	options: TrainOptions
) => Promise<{ artifact: ModelArtifact }>;

export interface CycleInput {
	store: LifecycleStore;
	/** The cycle's notion of now (simulated time in tests and simulations). */
	clock: () => Date;
	config?: LifecycleSettings;
	/** What started the cycle. @default 'cron' */
	trigger?: 'cron' | 'manual';
	/** Train a challenger even when no rule fires. @default false */
	force?: boolean;
	/** @default trainQualifier */
	train?: Trainer;
}

const DAY = 86_400_000;

/**
 * One learning cycle: monitor the champion on recent outcomes → drift report → judge a live
 * trial, if one runs → decide whether to retrain → train a challenger on the recency-weighted
 * history → compare both on the recent holdout neither trained on (paired log-loss test) →
 * promote, start a trial, keep or reject → record the cycle and raise its alerts.
 * The pointers switch only after a verified challenger wins, so any failure (an exception,
 * too few positives, a corrupt artifact, a worse model) leaves the champion serving; the
 * failure is recorded with its error. Never throws for cycle failures; returns the record.
 */
export async function runCycle(input: CycleInput): Promise<CycleRecord> {
	const { store, clock } = input;
	const config = resolveConfig(input.config);
	const started = clock();
	const [previous] = await store.recentCycles(1);
	const record: CycleRecord = {
		id: `cycle_${stamp(started)}`,
		started_at: started.toISOString(),
		ended_at: '',
		trigger: input.trigger ?? 'cron',
		status: 'failed',
		reason: '',
		triggers: [],
		data: { recent: 0, new_since_training: 0 },
		monitor: null,
		drift: null,
		versions: { champion_before: '', champion_after: '', challenger: null }
	};
	try {
		await steps(record, input, config, started);
	} catch (e) {
		const error = e instanceof Error ? e.message : String(e);
		record.status = 'failed';
		record.error = error;
		record.reason = `failed: ${error}`;
	}
	record.ended_at = clock().toISOString();
	await store.recordCycle(record, config.keepCycles);
	// Alerts never fail the cycle: the host posts (and retries) them.
	for (const alert of cycleAlerts(record, previous)) await store.postAlert(alert).catch(() => {});
	return record;
}

async function steps(record: CycleRecord, input: CycleInput, config: LifecycleConfig, now: Date) {
	const { store } = input;
	const pointers = await store.pointers();
	record.versions = {
		champion_before: pointers.champion,
		champion_after: pointers.champion,
		challenger: pointers.challenger
	};
	const champion = new Scorer(await loadArtifact(await store.getArtifact(pointers.champion)));
	const cycles = await store.recentCycles(config.keepCycles);

	// Monitor and drift on the recent window — for a refit, only the outcomes it has not learned:
	// on the others its accuracy and their drift from its own training data say nothing.
	const refitAt = refittedAt(cycles, pointers.champion);
	const windowStart = now.getTime() - config.monitor.windowDays * DAY;
	const recent = await store.labelled({
		since: new Date(
			Math.max(windowStart, refitAt === undefined ? -Infinity : refitAt + 1)
		).toISOString()
	});
	record.data.recent = recent.length;
	const recentP = probabilities(champion, recent);
	record.monitor = monitorChampion(labels(recent), recentP, config.monitor);
	record.drift = detectDrift({
		artifact: champion.model.artifact,
		features: champion.featureMatrix(recent.map((e) => e.lead)),
		rows: recent.length,
		predictions: recentP,
		config: config.drift
	});

	if (pointers.challenger && pointers.challenger_since && config.promotion.mode !== 'direct') {
		await judgeTrial(record, input, config, now, champion, pointers);
		return;
	}

	const lastTrained = lastTrainingTime(cycles, champion.model.artifact);
	record.data.new_since_training = await store.countLabelled(lastTrained.toISOString());
	const decision = decideRetrain(
		{
			now,
			lastTrainedAt: lastTrained,
			newSamples: record.data.new_since_training,
			monitor: record.monitor,
			drift: record.drift,
			force: input.force
		},
		config.policy
	);
	record.triggers = decision.triggers;
	record.reason = decision.reason;
	if (!decision.retrain) {
		record.status = 'skipped';
		return;
	}

	const history = await store.labelled({ limit: config.training.cap });
	record.data.history = history.length;
	const { train, weights, holdout } = trainingSet(history, now, config.training);
	record.data.train_rows = train.length;
	record.data.holdout_rows = holdout.length;
	// A refit learned every outcome up to its cycle: judged on those it looks far better than it
	// is, and every challenger would be "significantly worse". It is challenged once the whole
	// holdout is outcomes it never saw.
	const seen =
		refitAt !== undefined ? holdout.filter((e) => Date.parse(e.occurred_at) <= refitAt).length : 0;
	if (seen > 0) {
		record.status = 'skipped';
		record.reason = `${decision.reason} → waiting: ${pointers.champion} was refitted on ${seen} of the ${holdout.length} holdout outcomes; it is challenged on outcomes it has not seen`;
		return;
	}
	const fit = async (rows: LabelledExample[], rowWeights: Float64Array, at: Date) =>
		(
			await (input.train ?? trainQualifier)(rows.map(toLabeledCall), {
				now: at,
				seed: config.training.seed,
				gbdt: config.training.gbdt,
				// The cycle holds out the most recent calls itself; inside the pipeline a stratified
				// holdout keeps recent rows in the fit instead of spending them on a second report.
				holdout: 'random',
				weights: rowWeights,
				realText: {
					fitted: {
						voiceAi: champion.model.artifact.voice_ai.text ?? null,
						progression: champion.model.artifact.progression.text ?? null
					}
				}
			})
		).artifact;
	const artifact = await fit(train, weights, input.clock());
	if (artifact.version === pointers.champion || artifact.version === pointers.challenger)
		throw new Error(`challenger version ${artifact.version} already exists`);
	const challenger = new Scorer(await loadArtifact(artifact));

	const y = labels(holdout);
	const pChampion = probabilities(champion, holdout);
	const pChallenger = probabilities(challenger, holdout);
	const alpha = record.drift?.detected ? config.promotion.alphaOnDrift : config.promotion.alpha;
	const comparison = pairedLogLossTest(y, pChampion, pChallenger, alpha);
	record.evaluation = {
		champion: outcomeMetrics(y, pChampion),
		challenger: outcomeMetrics(y, pChallenger),
		comparison
	};
	// Words are read from the most recent leads only: the report stays cheap on a long history.
	record.wording = wordingChanges(
		champion.model.text,
		challenger.model.text,
		[...train.slice(-WORDING_LEADS), ...holdout].map((e) => e.lead)
	);
	await store.putArtifact(artifact);
	record.trained = artifact.version;
	// A direct promotion serves the winner's recipe refitted on every labelled call, the holdout
	// it won on included: in a drifting world the newest outcomes are the ones most worth learning.
	let served = artifact.version;
	if (
		comparison.verdict === 'better' &&
		config.promotion.mode === 'direct' &&
		config.training.refit
	) {
		const rows = [...train, ...holdout.filter((e) => e.voice_ai !== undefined)];
		const refit = await fit(
			rows,
			recencyWeights(rows, now, config.training.halfLifeDays),
			new Date(input.clock().getTime() + 1000) // a version name of its own
		);
		await store.putArtifact(refit);
		record.refit = refit.version;
		served = refit.version;
	}
	const summary = `${artifact.version}: holdout log loss ${record.evaluation.challenger.log_loss.toFixed(4)} vs ${record.evaluation.champion.log_loss.toFixed(4)}, one-sided p = ${comparison.p_value.toPrecision(2)} (n = ${comparison.n})`;
	const { mode } = config.promotion;
	const { status, next } = afterTraining({
		verdict: comparison.verdict,
		mode,
		pointers,
		challenger: served,
		now: now.toISOString()
	});
	// Per outcome: the reason in the pointer history, and the cycle's reason.
	const reasons: Record<string, [string, string]> = {
		promoted: [summary, `promoted ${summary}`],
		trial: [`${mode} trial: ${summary}`, `${mode} trial of ${summary}`],
		kept: [
			`kept as challenger: ${summary}`,
			`kept as challenger, not significantly better: ${summary}`
		],
		rejected: [
			'',
			`rejected, ${alpha < 0.5 ? 'significantly worse' : 'worse on the holdout'}: ${summary}`
		]
	};
	const said = reasons[status]!;
	if (next) await switchTo(record, store, pointers, next, `cycle ${record.id}`, said[0]);
	record.status = status;
	record.reason = `${decision.reason} → ${said[1]}`;
	await pruneStore(record, store, config.keepCycles);
}

/** Drops challengers that never served beyond the newest few, so a long run of "kept" cycles does not fill the store. */
async function pruneStore(record: CycleRecord, store: LifecycleStore, keepCycles: number) {
	const pruned = prunableChallengers(
		[record, ...(await store.recentCycles(keepCycles))],
		await store.pointerHistory(),
		await store.pointers()
	);
	for (const version of pruned) await store.deleteArtifact(version);
	if (pruned.length) record.pruned = pruned;
}

/**
 * A live trial: shadow mode compares both models on every outcome since the trial began (the
 * challenger's logged probabilities — recomputed here, since models are deterministic);
 * A/B compares the variants on the outcomes each actually served (Welch's test).
 */
async function judgeTrial(
	record: CycleRecord,
	input: CycleInput,
	config: LifecycleConfig,
	now: Date,
	champion: Scorer,
	pointers: Pointers
) {
	const { store } = input;
	const { mode, trialAlpha: alpha, minLiveRows, maxTrialDays } = config.promotion;
	const since = pointers.challenger_since!;
	const live = await store.labelled({ since });
	record.data.trial_rows = live.length;
	let comparison: Comparison | null = null;
	if (mode === 'shadow') {
		if (live.length >= Math.max(2, minLiveRows)) {
			const challenger = new Scorer(
				await loadArtifact(await store.getArtifact(pointers.challenger!))
			);
			comparison = pairedLogLossTest(
				labels(live),
				probabilities(champion, live),
				probabilities(challenger, live),
				alpha
			);
		}
	} else {
		const served = live.flatMap((e) =>
			e.served
				? [
						{
							variant: e.served.variant,
							label: e.progressed ? 1 : 0,
							probability: e.served.progression_probability
						} as const
					]
				: []
		);
		const result = compareVariants(served, alpha);
		if (served.length >= minLiveRows) comparison = result.test;
	}
	record.trial = { mode, since, comparison };
	const days = (now.getTime() - Date.parse(since)) / DAY;
	const what = comparison
		? `${mode} trial on ${comparison.n} outcomes, log loss difference ${comparison.mean_difference.toFixed(4)}, p = ${comparison.p_value.toPrecision(2)}`
		: `${mode} trial, ${live.length} of ${minLiveRows} outcomes`;
	const { status, next } = afterTrial({
		verdict: comparison?.verdict ?? null,
		expired: days >= maxTrialDays,
		pointers
	});
	if (next) await switchTo(record, store, pointers, next, `cycle ${record.id}`, what);
	record.status = status;
	record.reason =
		status === 'promoted'
			? `promoted ${pointers.challenger} after ${what}`
			: status === 'retired'
				? `retired ${pointers.challenger} after ${what}${comparison?.verdict === 'worse' ? '' : ` (${days.toFixed(0)} days)`}`
				: `${what}; continuing`;
}

async function switchTo(
	record: CycleRecord,
	store: LifecycleStore,
	previous: Pointers,
	next: Pointers,
	actor: string,
	reason: string
) {
	await store.setPointers(next, { at: record.started_at, actor, reason, previous, next });
	record.versions.champion_after = next.champion;
	record.versions.challenger = next.challenger;
}

/** When the cycle that refitted `champion` began (it learned every outcome up to then); undefined for no refit. */
function refittedAt(cycles: readonly CycleRecord[], champion: string): number | undefined {
	const cycle = cycles.find((c) => c.refit === champion);
	return cycle && Date.parse(cycle.started_at);
}

/** The champion's training time or the latest cycle that trained a challenger, whichever is later. */
function lastTrainingTime(cycles: readonly CycleRecord[], champion: ModelArtifact): Date {
	const trained = cycles.find((c) => c.evaluation);
	const times = [
		Date.parse(champion.created_at),
		trained ? Date.parse(trained.started_at) : -Infinity
	];
	return new Date(Math.max(...times));
}

function probabilities(scorer: Scorer, rows: readonly LabelledExample[]): Float64Array {
	return Float64Array.from(rows, (e) => scorer.probabilities(e.lead).progression);
}

const labels = (rows: readonly LabelledExample[]) =>
	Uint8Array.from(rows, (e) => (e.progressed ? 1 : 0));

/** YYYYMMDD_HHMMSS in UTC, as version names use. */
export function stamp(at: Date): string {
	return at.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
}
