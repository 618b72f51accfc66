import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FEATURE_COUNT, FEATURE_INDEX } from '../../../src/lib/core/features';
import { SAMPLE_LEADS } from '../../../src/lib/core/features/samples';
import { Lead } from '../../../src/lib/core/schema';
import { loadArtifact, Scorer } from '../../../src/lib/core/scoring';
import { ADMIN, baseline, call, SEED_LEAD, serveBaseline } from './helpers';

let version: string;
beforeAll(async () => {
	version = await serveBaseline();
});

describe('POST /score', () => {
	it('answers the seed example with a full ScoreResult and stores the lead', async () => {
		const res = await call('/score', { method: 'POST', json: { ...SEED_LEAD, lead_id: 'seed-1' } });
		expect(res.status).toBe(200);
		const body = await res.json<Record<string, unknown>>();
		expect(body).toMatchObject({ model_version: version, variant: 'champion', lead_id: 'seed-1' });
		for (const key of [
			'qualification_score',
			'voice_ai_fit',
			'progression_probability',
			'confidence'
		])
			expect(typeof body[key]).toBe('number');
		expect(['AE_HANDOFF', 'NURTURE', 'DISQUALIFY']).toContain(body.recommendation);
		expect((body.reasoning as string[]).length).toBeGreaterThan(0);
		const row = await env.DB.prepare('SELECT * FROM scored_leads WHERE lead_id = ?')
			.bind('seed-1')
			.first<{ features: string; result: string }>();
		expect(row).toMatchObject({ source: 'api', model_version: version, variant: 'champion' });
		expect(JSON.parse(row!.features)).toHaveLength(FEATURE_COUNT);
		expect(JSON.parse(row!.result).qualification_score).toBe(body.qualification_score);
	});
});

describe('invalid JSON', () => {
	it('says where it broke without echoing the input', async () => {
		const secret = 'sk_live_do_not_echo';
		const res = await call('/score', {
			method: 'POST',
			body: `{"company_name": "${secret}" oops}`,
			headers: { 'content-type': 'application/json' }
		});
		expect(res.status).toBe(400);
		const text = await res.text();
		expect(JSON.parse(text)).toMatchObject({ error: 'invalid_json' });
		expect(text).not.toContain(secret);
		expect(text).toMatch(/at character \d+/);
	});
});

describe('one core', () => {
	it('scores notes in every style (and JSON nulls) exactly as the core does, and stores its features', async () => {
		const scorer = new Scorer(await loadArtifact(baseline()));
		const leads = [
			...SAMPLE_LEADS,
			{ ...SEED_LEAD, lead_id: 'nulls', employee_count: null, description: null, sentiment: null }
		];
		for (const lead of leads) {
			const res = await call('/score', { method: 'POST', json: lead });
			expect(res.status).toBe(200);
			const body = await res.json<Record<string, unknown>>();
			const parsed = v.parse(Lead, lead);
			expect(body).toEqual({
				...scorer.score(parsed),
				variant: 'champion',
				score_id: expect.stringMatching(/^[0-9a-f-]{36}$/)
			});
			if (parsed.lead_id === undefined) continue;
			const row = await env.DB.prepare(
				'SELECT features FROM scored_leads WHERE lead_id = ? ORDER BY rowid DESC LIMIT 1'
			)
				.bind(parsed.lead_id)
				.first<{ features: string }>();
			const stored = (JSON.parse(row!.features) as (number | null)[]).map((x) => x ?? NaN);
			// The text model's score included: the same as the core's, and present for any notes.
			expect(stored).toEqual(Array.from(scorer.features(parsed, new Float32Array(FEATURE_COUNT))));
			if (parsed.call_notes)
				expect(Number.isFinite(stored[FEATURE_INDEX.text_progression])).toBe(true);
		}
	});
});

describe('POST /score/batch', () => {
	it('scores the valid rows and reports the others by index', async () => {
		const res = await call('/score/batch', {
			method: 'POST',
			json: {
				batch_id: 'b-1',
				leads: [
					SEED_LEAD,
					{ company_name: '' },
					'nope',
					{ ...SEED_LEAD, employee_count: -1 },
					{ company_name: 'Acme' }
				]
			}
		});
		expect(res.status).toBe(200);
		const body = await res.json<{
			batch_id: string;
			model_version: string;
			results: { index: number }[];
			errors: unknown[];
		}>();
		expect(body.batch_id).toBe('b-1');
		expect(body.model_version).toBe(version);
		expect(body.results.map((r) => r.index)).toEqual([0, 4]);
		expect(body.errors).toEqual([
			{ index: 1, field: 'company_name', message: 'must not be empty' },
			{ index: 2, field: '(record)', message: 'expected Object, got "nope"' },
			{ index: 3, field: 'employee_count', message: 'must be ≥ 0' }
		]);
		const { n } = (await env.DB.prepare(
			"SELECT COUNT(*) AS n FROM scored_leads WHERE batch_id = 'b-1'"
		).first<{ n: number }>())!;
		expect(n).toBe(2);
	});

	it('refuses more than 1,000 leads with 413', async () => {
		const res = await call('/score/batch', {
			method: 'POST',
			json: { leads: Array(1001).fill(SEED_LEAD) }
		});
		expect(res.status).toBe(413);
		expect(await res.json()).toMatchObject({ error: 'batch_too_large', field: 'leads' });
	});
});

describe('bad input is a 4xx JSON error', () => {
	const cases: [string, RequestInit, number, string][] = [
		[
			'wrong type',
			{
				body: JSON.stringify({ company_name: 'A', employee_count: 'lots' }),
				headers: { 'content-type': 'application/json' }
			},
			400,
			'validation_error'
		],
		[
			'missing company',
			{ body: '{}', headers: { 'content-type': 'application/json' } },
			400,
			'validation_error'
		],
		[
			'not JSON',
			{ body: '{"company_name":', headers: { 'content-type': 'application/json' } },
			400,
			'invalid_json'
		],
		[
			'no content type',
			{ body: '{"company_name":"A"}', headers: { 'content-type': 'text/plain' } },
			415,
			'unsupported_media_type'
		],
		[
			'too deep',
			{ body: '['.repeat(40) + ']'.repeat(40), headers: { 'content-type': 'application/json' } },
			400,
			'json_too_deep'
		],
		[
			'too large',
			{
				body: JSON.stringify({ company_name: 'A', call_notes: 'x'.repeat(1_100_000) }),
				headers: { 'content-type': 'application/json' }
			},
			413,
			'payload_too_large'
		],
		[
			'notes too long',
			{
				body: JSON.stringify({ company_name: 'A', call_notes: 'x'.repeat(200_001) }),
				headers: { 'content-type': 'application/json' }
			},
			400,
			'validation_error'
		]
	];
	it.each(cases)('%s', async (_name, init, status, error) => {
		const res = await call('/score', { method: 'POST', ...init });
		expect(res.status).toBe(status);
		const body = await res.json<{ error: string; message: string }>();
		expect(body.error).toBe(error);
		expect(body.message).toBeTruthy();
	});

	it('names the wrong field', async () => {
		const res = await call('/score', {
			method: 'POST',
			json: { company_name: 'A', employee_count: 'lots' }
		});
		expect(await res.json()).toMatchObject({
			field: 'employee_count',
			message: expect.stringContaining('employee_count')
		});
	});

	it('answers unknown API paths with JSON 404 and app paths with the app', async () => {
		expect((await call('/score', { method: 'GET' })).status).toBe(404);
		const page = await call('/');
		expect(await page.text()).toContain('app shell');
	});
});

describe('auth and CORS', () => {
	it('requires the API key for scoring and reading models once one is configured', async () => {
		env.API_KEY = 'key-1';
		try {
			expect((await call('/score', { method: 'POST', json: SEED_LEAD })).status).toBe(401);
			const ok = await call('/score', {
				method: 'POST',
				json: SEED_LEAD,
				headers: { authorization: 'Bearer key-1' }
			});
			expect(ok.status).toBe(200);
			const admin = await call('/score', { method: 'POST', json: SEED_LEAD, headers: ADMIN });
			expect(admin.status).toBe(200);
			// The registry and the artifacts (training distributions included) too.
			for (const path of ['/models', '/models/current', `/models/${version}/artifact`]) {
				expect((await call(path)).status).toBe(401);
				expect((await call(path, { headers: { authorization: 'Bearer key-1' } })).status).toBe(200);
			}
		} finally {
			delete env.API_KEY;
		}
	});

	it('allows extension origins and refuses others', async () => {
		const pre = (origin: string) =>
			call('/score', {
				method: 'OPTIONS',
				headers: { origin, 'access-control-request-method': 'POST' }
			});
		const ext = await pre('chrome-extension://abcdefghijklmnop');
		expect(ext.headers.get('access-control-allow-origin')).toBe(
			'chrome-extension://abcdefghijklmnop'
		);
		const other = await pre('https://evil.example');
		expect(other.headers.get('access-control-allow-origin')).toBeNull();
	});
});
