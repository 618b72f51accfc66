import {
	createExecutionContext,
	createScheduledController,
	env,
	waitOnExecutionContext
} from 'cloudflare:test';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CycleRecord, Trainer } from '../../../src/lib/core/lifecycle';
import { LabeledCall } from '../../../src/lib/core/schema';
import { trainQualifier } from '../../../src/lib/core/scoring';
import { generateCalls } from '../../../src/lib/core/synth';
import retrain from '../../retrain/src/index';
import { runLearningCycle } from '../../shared/learning/cycle-runner';
import { ModelRegistry } from '../../../src/lib/contracts/models';
import { ADMIN, call } from './helpers';

// The learning cycle end to end in workerd on Miniflare's D1 and R2: leads scored through
// /score/batch, outcomes posted to /outcomes, cycles run by POST /cycles/run, the cron handler
// of workers/retrain and runLearningCycle with a simulated clock (no sleeps).
const DAY = 86_400_000;
const NOW = Date.now();
const calls = generateCalls({
	rows: 1000,
	seed: 21,
	start: new Date(NOW - 62 * DAY).toISOString().slice(0, 10),
	days: 60
}).calls.map((c) => v.parse(LabeledCall, c));
const at = (hours: number) => () => new Date(NOW + hours * 3.6e6);
const ctx = { waitUntil: () => {} };
const rollbackTo = (version: string) =>
	call('/models/rollback', { method: 'POST', headers: ADMIN, json: { version } });
/** A manual cycle that trains whatever the rules say, `hours` after NOW, with `train`. */
const forcedCycle = (hours: number, train: Trainer) =>
	runLearningCycle(env, ctx, { trigger: 'manual', force: true, clock: at(hours), train });

const servedVersion = async (lead_id = calls[0]!.lead_id) =>
	(
		await (
			await call('/score', { method: 'POST', json: { ...calls[0], lead_id } })
		).json<{ model_version: string; variant: string }>()
	).model_version;

const pointers = () =>
	env.DB.prepare(
		'SELECT version, challenger, challenger_since, mode, ab_share FROM serving'
	).first<{
		version: string;
		challenger: string | null;
		mode: string;
		ab_share: number;
	}>();

let weak: string;
let promoted: string;

beforeAll(async () => {
	// A weak champion (one tree, first 200 calls), so a challenger on all outcomes beats it.
	const { artifact } = await trainQualifier(calls.slice(0, 200), {
		now: new Date(NOW - 50 * DAY),
		holdout: 'random',
		gbdt: { nTrees: 1 },
		forest: { nTrees: 3 }
	});
	weak = artifact.version;
	expect((await call('/models', { method: 'PUT', headers: ADMIN, json: artifact })).status).toBe(
		201
	);
	expect((await call(`/models/${weak}/promote`, { method: 'POST', headers: ADMIN })).status).toBe(
		200
	);
	// Scored by an authenticated client: only such scorings become training rows.
	const scored = await call('/score/batch', {
		method: 'POST',
		headers: ADMIN,
		json: { leads: calls }
	});
	expect(scored.status).toBe(200);
	const outcomes = calls.map((c) => ({
		lead_id: c.lead_id,
		progressed: c.progressed,
		voice_ai: c.voice_ai,
		occurred_at: new Date(Date.parse(c.call_date!) + DAY).toISOString()
	}));
	expect((await call('/outcomes', { method: 'POST', headers: ADMIN, json: outcomes })).status).toBe(
		200
	);
}, 120_000);

describe('learning cycle on D1 and R2', () => {
	it('POST /cycles/run: new outcomes trigger a retrain; the better challenger is stored and served by /score at once', async () => {
		expect((await call('/cycles/run', { method: 'POST' })).status).toBe(401);
		const res = await call('/cycles/run', { method: 'POST', headers: ADMIN });
		expect(res.status).toBe(200);
		const record = await res.json<CycleRecord>();
		expect(record.trigger).toBe('manual');
		expect(record.triggers).toContain('new_samples');
		expect(record.data.history).toBe(1000);
		expect(record.evaluation!.comparison.verdict).toBe('better');
		expect(record.status).toBe('promoted');
		promoted = record.versions.champion_after;
		expect(promoted).not.toBe(weak);
		// In R2 under its content hash, registered, and answering /score without a restart.
		const info = await (await call(`/models/${promoted}`)).json<{ r2_key: string }>();
		expect(await env.MODELS.head(info.r2_key)).not.toBeNull();
		expect(await servedVersion()).toBe(promoted);
		const models = await (await call('/models')).json<{ history: { actor: string }[] }>();
		expect(models.history[0]!.actor).toBe(`cycle ${record.id}`);
	}, 120_000);

	it('waits until a refitted champion can be judged on outcomes it has not learned', async () => {
		// The promoted refit learned every outcome so far: a holdout of them would flatter it.
		const waiting = await forcedCycle(0.5, trainQualifier);
		expect(waiting.status).toBe('skipped');
		expect(waiting.reason).toMatch(/refitted on (\d+) of the \1 holdout outcomes/);
		expect(waiting.trained).toBeUndefined();
		// 320 outcomes later the holdout is all new to it.
		const late = generateCalls({
			rows: 320,
			seed: 22,
			start: new Date(NOW - 2 * DAY).toISOString().slice(0, 10),
			days: 2
		}).calls.map((c) => ({ ...v.parse(LabeledCall, c), lead_id: `late-${c.lead_id}` }));
		const scored = await call('/score/batch', {
			method: 'POST',
			headers: ADMIN,
			json: { leads: late }
		});
		expect(scored.status).toBe(200);
		const occurred_at = new Date().toISOString();
		const outcomes = late.map((c) => ({
			lead_id: c.lead_id,
			progressed: c.progressed,
			voice_ai: c.voice_ai,
			occurred_at
		}));
		expect(
			(await call('/outcomes', { method: 'POST', headers: ADMIN, json: outcomes })).status
		).toBe(200);
	}, 120_000);

	it('keeps the champion when the challenger is worse', async () => {
		// A trainer that learns the opposite labels: significantly worse on the holdout.
		const flipped: Trainer = (rows, options) =>
			trainQualifier(
				rows.map((r) => ({ ...r, progressed: !r.progressed })),
				options
			);
		const record = await forcedCycle(1, flipped);
		expect(record.status).toBe('rejected');
		expect(record.evaluation!.comparison.verdict).toBe('worse');
		expect((await pointers())!.version).toBe(promoted);
		expect(await servedVersion()).toBe(promoted);
	}, 120_000);

	it('a corrupted training run fails, is recorded with its error and leaves the champion', async () => {
		const corrupt: Trainer = async (rows, options) => {
			const { artifact } = await trainQualifier(rows, options);
			return { artifact: { ...artifact, thresholds: { ...artifact.thresholds, ae_handoff: 0 } } };
		};
		const record = await forcedCycle(2, corrupt);
		expect(record.status).toBe('failed');
		expect(record.error).toMatch(/corrupt|sha256/);
		expect((await pointers())!.version).toBe(promoted);
		const stored = await (await call(`/cycles/${record.id}`)).json<CycleRecord>();
		expect(stored).toMatchObject({ status: 'failed', error: record.error });
	}, 120_000);

	it('one cycle at a time: a held lease answers 409', async () => {
		await env.DB.prepare('INSERT INTO cycle_lock (id, holder, expires_at) VALUES (1, ?, ?)')
			.bind('other', Date.now() + 60_000)
			.run();
		const res = await call('/cycles/run', { method: 'POST', headers: ADMIN });
		expect(res.status).toBe(409);
		expect(await res.json()).toMatchObject({ error: 'cycle_running' });
		await env.DB.prepare('DELETE FROM cycle_lock').run();
	});

	it('rolls back to the previous champion, then to a named version; the history says who', async () => {
		// A JSON content type with an empty body is "no body", as clients that always set it send.
		const back = await call('/models/rollback', {
			method: 'POST',
			headers: { ...ADMIN, 'content-type': 'application/json' }
		});
		expect(await back.json()).toMatchObject({ version: weak, previous: promoted });
		expect(await servedVersion()).toBe(weak);
		const named = await rollbackTo(promoted);
		expect(named.status).toBe(200);
		expect(await servedVersion()).toBe(promoted);
		const same = await rollbackTo(promoted);
		expect(same.status).toBe(409);
		const unknown = await rollbackTo('retrain_20990101_000000');
		expect(unknown.status).toBe(404);
		const { history } = await (
			await call('/models')
		).json<{
			history: { action: string; actor: string; version: string }[];
		}>();
		expect(history.slice(0, 2)).toMatchObject([
			{ action: 'rollback', actor: 'rollback by admin (API)', version: promoted },
			{ action: 'rollback', version: weak }
		]);
		await call('/models/rollback', { method: 'POST', headers: ADMIN, json: { version: weak } });
	});

	it("GET /models, cycle switches and rollbacks included, parses with the dashboard's schema", async () => {
		const registry = v.parse(ModelRegistry, await (await call('/models')).json());
		expect(registry.history.map((h) => h.action)).toContain('cycle');
	});

	it('A/B: a winning challenger serves a sticky share of leads, each result says its variant; shadow logs without returning', async () => {
		const record = await runLearningCycle(
			{ ...env, LEARNING_MODE: 'ab', LEARNING_AB_SHARE: '0.5' },
			ctx,
			{ trigger: 'manual', force: true, clock: at(3) }
		);
		expect(record.status).toBe('trial');
		const challenger = record.versions.challenger!;
		expect(await pointers()).toMatchObject({
			version: weak,
			challenger,
			mode: 'ab',
			ab_share: 0.5
		});
		// What the dashboard reads: the live rollout, through the shared contract.
		const registry = v.parse(ModelRegistry, await (await call('/models')).json());
		expect(registry).toMatchObject({
			serving: weak,
			challenger,
			rollout: { mode: 'ab', ab_share: 0.5 }
		});
		await new Promise((r) => setTimeout(r, Number(env.MODEL_REFRESH_MS) + 50));
		const seen = new Map<string, string>();
		for (let i = 0; i < 40; i++) {
			const lead = { ...calls[i], lead_id: `ab-${i}` };
			const first = await (
				await call('/score', { method: 'POST', json: lead })
			).json<{
				model_version: string;
				variant: string;
			}>();
			const again = await (await call('/score', { method: 'POST', json: lead })).json();
			expect(again).toMatchObject({ model_version: first.model_version, variant: first.variant });
			expect(first.model_version).toBe(first.variant === 'challenger' ? challenger : weak);
			seen.set(lead.lead_id, first.variant);
		}
		const share = [...seen.values()].filter((x) => x === 'challenger').length / seen.size;
		expect(share).toBeGreaterThan(0.25);
		expect(share).toBeLessThan(0.75);

		await env.DB.prepare("UPDATE serving SET mode = 'shadow'").run();
		await new Promise((r) => setTimeout(r, Number(env.MODEL_REFRESH_MS) + 50));
		const shadowed = await (
			await call('/score', { method: 'POST', json: { ...calls[1], lead_id: 'shadow-1' } })
		).json<{ model_version: string; variant: string }>();
		expect(shadowed).toMatchObject({ model_version: weak, variant: 'champion' });
		const log = await env.DB.prepare('SELECT model_version FROM shadow_scores WHERE lead_id = ?')
			.bind('shadow-1')
			.first<{ model_version: string }>();
		expect(log?.model_version).toBe(challenger);
	}, 120_000);

	it('the cron handler of workers/retrain runs the same cycle and records it', async () => {
		const context = createExecutionContext();
		await retrain.scheduled(createScheduledController({ cron: '0 3 * * *' }), env, context);
		await waitOnExecutionContext(context);
		const { cycles } = await (await call('/cycles')).json<{ cycles: CycleRecord[] }>();
		const cron = cycles.find((c) => c.trigger === 'cron')!;
		// It judges the running trial in the serving row's mode (shadow since the test above),
		// not LEARNING_MODE (direct here); no live outcomes yet, so the trial continues.
		expect(cron.status).toBe('trial');
		expect(cron.trial?.mode).toBe('shadow');
		expect(cron.reason).toMatch(/continuing/);
	});

	it('GET /cycles lists the records newest first with the summary of older ones', async () => {
		const body = await (
			await call('/cycles')
		).json<{
			cycles: CycleRecord[];
			older: { cycles: number };
		}>();
		// By start time: the simulated +3 h, +2 h, +1 h, +0.5 h cycles, then the cron's (wall
		// clock, just after the first) and the first, POST /cycles/run.
		expect(body.cycles.map((c) => `${c.trigger} ${c.status}`)).toEqual([
			'manual trial',
			'manual failed',
			'manual rejected',
			'manual skipped',
			'cron trial',
			'manual promoted'
		]);
		expect(body.older.cycles).toBe(0);
		expect((await call('/cycles/cycle_20990101_000000')).status).toBe(404);
		expect((await call('/cycles/nope')).status).toBe(400);
	});
});
