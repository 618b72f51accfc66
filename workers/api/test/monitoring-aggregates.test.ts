import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { weekOf } from '../src/monitoring-aggregates';
import {
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	RequestSeries
} from '../../../src/lib/contracts/monitoring';
import { ADMIN, call, SEED_LEAD, serveBaseline } from './helpers';

const today = new Date().toISOString().slice(0, 10);
const LEADS = Array.from({ length: 30 }, (_, i) => ({
	...SEED_LEAD,
	lead_id: `agg-${i}`,
	call_date: today,
	employee_count: 20 + i * 40,
	// Half the calls talk about Voice AI, half do not.
	call_notes: i % 2 ? 'Discussed Voice AI agents for their contact center.' : 'Pricing questions.'
}));
let recommended: string[] = [];

async function get<S extends v.GenericSchema>(path: string, schema: S) {
	const res = await call(path);
	expect(res.status, path).toBe(200);
	return v.parse(schema, await res.json());
}

beforeAll(async () => {
	await serveBaseline();
	const res = await call('/score/batch', {
		method: 'POST',
		headers: ADMIN,
		json: { leads: LEADS }
	});
	const body = await res.json<{ results: { recommendation: string; index: number }[] }>();
	recommended = body.results
		.filter((r) => r.recommendation === 'AE_HANDOFF')
		.map((r) => LEADS[r.index]!.lead_id);
	// Every third lead progressed; outcomes occur today.
	const outcomes = LEADS.map((l, i) => ({
		lead_id: l.lead_id,
		progressed: i % 3 === 0,
		occurred_at: new Date().toISOString()
	}));
	expect((await call('/outcomes', { method: 'POST', headers: ADMIN, json: outcomes })).status).toBe(
		200
	);
});

describe('dashboard aggregates', () => {
	it('weekOf gives the Monday of the UTC week', () => {
		expect(weekOf(Date.parse('2026-11-25T14:00:00Z'))).toBe('2026-11-23'); // a Wednesday
		expect(weekOf(Date.parse('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
		expect(weekOf(Date.parse('2026-11-29T23:59:59Z'))).toBe('2026-11-23');
	});

	it('accuracy joins outcomes to the served prediction, per week and version, and rolling', async () => {
		const body = await get('/monitoring/accuracy', AccuracyReport);
		expect(body.floor).toBe(0.75);
		const week = body.weeks.find((w) => w.week === weekOf(Date.now()))!;
		expect(week.n).toBe(30);
		expect(week.positives).toBe(10);
		expect(week.model_version).toMatch(/^retrain_/);
		expect(body.rolling).toMatchObject({ n: 30, accuracy: week.accuracy });
		expect((await call('/monitoring/accuracy?weeks=0')).status).toBe(400);
	});

	it('business counts handoffs recommended, accepted and avoided per call week', async () => {
		const body = await get('/monitoring/business', BusinessReport);
		const week = body.weeks.find((w) => w.week === weekOf(Date.now()))!;
		const progressed = (id: string) => Number(id.slice(4)) % 3 === 0;
		expect(week).toMatchObject({
			scored: 30,
			with_outcome: 30,
			recommended: recommended.length,
			recommended_with_outcome: recommended.length,
			accepted: recommended.filter(progressed).length,
			unqualified_avoided: LEADS.filter(
				(l) => !recommended.includes(l.lead_id) && !progressed(l.lead_id)
			).length
		});
	});

	it('request series has percentiles per endpoint and bucket', async () => {
		await new Promise((r) => setTimeout(r, 50)); // monitoring rows are written after the response
		const body = await get('/monitoring/requests/series?hours=1&bucket_minutes=5', RequestSeries);
		const batch = body.endpoints.find((e) => e.endpoint === 'POST /score/batch')!;
		expect(batch.points[0]!.requests).toBeGreaterThanOrEqual(1);
		expect(batch.points[0]!.p99_ms).toBeGreaterThanOrEqual(batch.points[0]!.p50_ms);
		expect((await call('/monitoring/requests/series?hours=720&bucket_minutes=1')).status).toBe(400);
	});

	it('features: importance per version, distributions with drift, Voice AI share', async () => {
		const body = await get('/monitoring/features', FeatureReport);
		expect(body.champion).toMatch(/^retrain_/);
		expect(body.rows).toBe(30);
		expect(body.versions).toHaveLength(1);
		const gain = Object.values(body.versions[0]!.progression).reduce((a, b) => a + b, 0);
		expect(gain).toBeCloseTo(1, 6);
		const size = body.features.find((f) => f.name === 'log_employees')!;
		expect(size.bins).toHaveLength(size.training.length);
		expect(size.recent.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
		expect(size.drift).toMatchObject({ test: 'ks', threshold: 0.05 });
		expect(body.drift?.regime).toBe('p_value');
		const week = body.voice_ai.find((w) => w.week === weekOf(Date.now()))!;
		expect(week).toMatchObject({ leads: 30, signal_share: 0.5 });
	});
});
