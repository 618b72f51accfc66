import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../src/index';
import { call, SEED_LEAD, serveBaseline } from './helpers';

beforeAll(serveBaseline);

describe('monitoring', () => {
	it('reports counts, error rates and latency percentiles per endpoint and version', async () => {
		for (let i = 0; i < 5; i++) await call('/score', { method: 'POST', json: SEED_LEAD });
		await call('/score', { method: 'POST', json: {} });
		await new Promise((r) => setTimeout(r, 50)); // monitoring rows are written after the response
		const body = await (
			await call('/monitoring/requests')
		).json<{ endpoints: Record<string, unknown>[] }>();
		const score = body.endpoints.filter((e) => e.endpoint === '/score');
		const total = score.reduce((n, e) => n + (e.requests as number), 0);
		expect(total).toBeGreaterThanOrEqual(6);
		expect(score.some((e) => (e.client_errors as number) >= 1)).toBe(true);
		expect(score.find((e) => e.model_version)).toMatchObject({
			p50_ms: expect.any(Number),
			p99_ms: expect.any(Number)
		});
	});

	it('reports score distributions per model version', async () => {
		const body = await (
			await call('/monitoring/scores')
		).json<{ versions: { scored: number; histogram: number[] }[] }>();
		expect(body.versions[0]!.scored).toBeGreaterThan(0);
		expect(body.versions[0]!.histogram).toHaveLength(10);
		expect((await call('/monitoring/scores?hours=abc')).status).toBe(400);
	});
});

describe('OpenAPI', () => {
	it('documents exactly the routes the app serves, with the core schemas', async () => {
		const doc = await (
			await call('/openapi.json')
		).json<{
			paths: Record<string, object>;
			components: { schemas: Record<string, { properties?: object }> };
		}>();
		expect(Object.keys(doc.components.schemas.Lead!.properties!)).toContain('call_notes');
		const served = new Set(
			app.routes
				.filter((r) => r.method !== 'ALL')
				.map(
					(r) =>
						`${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')}`
				)
		);
		const documented = new Set(
			Object.entries(doc.paths).flatMap(([path, ops]) =>
				Object.keys(ops).map((m) => `${m} ${path}`)
			)
		);
		expect([...served].sort()).toEqual([...documented].sort());
		expect(await (await call('/docs')).text()).toContain('/docs/scalar.js');
	});
});
