import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PREFIX, type DemoStatus } from '../../../src/lib/contracts/demo';
import { seedHistory } from '../../../src/lib/demo/seed-history';
import { ADMIN, call, SEED_LEAD, serveBaseline } from './helpers';

// The demo history of issue 19: the seeder (the dashboard's and `npm run seed:history`'s code)
// replays simulated weeks through this API, and DELETE /demo takes out everything it added —
// leaving real data and the serving pointers as they were.
const count = async (sql: string) =>
	(await env.DB.prepare(`SELECT count(*) AS n FROM ${sql}`).first<{ n: number }>())!.n;
const status = async () => (await call('/demo')).json<DemoStatus>();
const champion = async () =>
	(await call('/models')).json<{ serving: string; challenger: string | null }>();

let baseline: string;
beforeAll(async () => {
	baseline = await serveBaseline();
	// Real data from before the demo: a rep's scoring and its outcome.
	const scored = await call('/score', {
		method: 'POST',
		headers: ADMIN,
		json: { ...SEED_LEAD, lead_id: 'real-1' }
	});
	expect(scored.status).toBe(200);
	const outcome = await call('/outcomes', {
		method: 'POST',
		headers: ADMIN,
		json: { lead_id: 'real-1', progressed: true }
	});
	expect(outcome.status).toBe(200);
});

describe('demo history', () => {
	it('nothing to remove on a fresh store; writes need the admin token', async () => {
		expect(await status()).toEqual({ loaded: false });
		expect((await call('/demo', { method: 'DELETE' })).status).toBe(401);
		expect((await call('/demo', { method: 'POST' })).status).toBe(401);
		const none = await call('/demo', { method: 'DELETE', headers: ADMIN });
		expect(none.status).toBe(404);
		expect(await none.json()).toMatchObject({ error: 'no_demo' });
	});

	it('loads through the public API, marked, and is removed without touching real data', async () => {
		const summary = await seedHistory({
			api: 'http://api.test',
			adminToken: env.ADMIN_TOKEN!,
			weeks: 3,
			callsPerDay: 8,
			retrainEvery: 2,
			fetch: (input, init) => SELF.fetch(input, init)
		});
		expect(summary.leads).toBeGreaterThan(8);
		const loaded = await status();
		expect(loaded).toMatchObject({
			loaded: true,
			leads: summary.leads,
			outcomes: summary.outcomes,
			cycles: summary.cycles
		});
		if (!loaded.loaded) throw new Error('not loaded');
		expect(loaded.finished_at).not.toBeNull();
		// The operator's week-2 retrain was promoted: a demo model serves.
		expect(loaded.models.length).toBeGreaterThanOrEqual(1);
		expect(loaded.models).toContain((await champion()).serving);
		await expect.poll(() => count('requests WHERE demo = 1')).toBeGreaterThan(summary.cycles);
		const realRequests = await count('requests WHERE demo = 0');

		const again = await call('/demo', { method: 'POST', headers: ADMIN });
		expect(again.status).toBe(409);
		expect(await again.json()).toMatchObject({ error: 'demo_loaded' });

		const removed = await call('/demo', { method: 'DELETE', headers: ADMIN });
		expect(removed.status).toBe(200);
		expect(await removed.json()).toMatchObject({
			leads: summary.leads,
			outcomes: summary.outcomes,
			cycles: summary.cycles,
			models: loaded.models,
			serving: baseline
		});
		expect(await status()).toEqual({ loaded: false });
		expect(await champion()).toMatchObject({ serving: baseline, challenger: null });
		expect(await count(`scored_leads WHERE lead_id LIKE '${DEMO_PREFIX}%'`)).toBe(0);
		expect(await count(`outcomes WHERE lead_id LIKE '${DEMO_PREFIX}%'`)).toBe(0);
		expect(await count('cycles')).toBe(0);
		expect(await count('requests WHERE demo = 1')).toBe(0);
		expect(await count('models')).toBe(1);
		const history = await env.DB.prepare('SELECT version, challenger FROM pointer_history').all<{
			version: string;
			challenger: string | null;
		}>();
		expect(history.results).toEqual([{ version: baseline, challenger: null }]);
		const artifacts = await env.MODELS.list({ prefix: 'models/' });
		expect(artifacts.objects.map((o) => o.key.split('/')[1])).toEqual([baseline]);
		// Real data stays: the rep's scoring, its outcome, the requests not marked as demo.
		expect(await count("scored_leads WHERE lead_id = 'real-1'")).toBe(1);
		expect(await count("outcomes WHERE lead_id = 'real-1'")).toBe(1);
		expect(await count('requests WHERE demo = 0')).toBeGreaterThanOrEqual(realRequests);
		// …and the restored baseline answers /score again.
		const scored = await call('/score', { method: 'POST', json: SEED_LEAD });
		expect(
			scored.headers.get('x-model-version') ??
				(await scored.json<{ model_version: string }>()).model_version
		).toBe(baseline);
	});
});
