import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ADMIN, call } from './helpers';

const count = async (lead: string) =>
	(await env.DB.prepare('SELECT COUNT(*) AS n FROM outcomes WHERE lead_id LIKE ?')
		.bind(lead)
		.first<{ n: number }>())!.n;

describe('POST /outcomes', () => {
	it('stores one outcome, a list and {outcomes}, idempotently', async () => {
		const one = { lead_id: 'o-1', progressed: 1, voice_ai: 'yes', occurred_at: '2026-11-01' };
		for (let i = 0; i < 3; i++) {
			const res = await call('/outcomes', { method: 'POST', json: one, headers: ADMIN });
			expect(await res.json()).toEqual({ stored: 1 });
		}
		expect(await count('o-1')).toBe(1);
		const list = [
			{ lead_id: 'o-2', progressed: 0 },
			{ lead_id: 'o-2', outcome_id: 'second', progressed: 1 }
		];
		await call('/outcomes', { method: 'POST', json: list, headers: ADMIN });
		await call('/outcomes', { method: 'POST', json: { outcomes: list }, headers: ADMIN });
		expect(await count('o-2')).toBe(2);
		const twice = await call('/outcomes', {
			method: 'POST',
			json: [list[0], list[0]],
			headers: ADMIN
		});
		expect(await twice.json()).toEqual({ stored: 1 });
		const row = await env.DB.prepare("SELECT * FROM outcomes WHERE lead_id = 'o-1'").first();
		expect(row).toMatchObject({ progressed: 1, voice_ai: 1, occurred_at: '2026-11-01' });
	});

	it('writes nothing when any outcome is invalid', async () => {
		const res = await call('/outcomes', {
			method: 'POST',
			json: [
				{ lead_id: 'o-3', progressed: 1 },
				{ lead_id: 'o-4', progressed: 'maybe' }
			],
			headers: ADMIN
		});
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({
			error: 'validation_error',
			field: 'progressed',
			issues: [{ index: 1 }]
		});
		expect(await count('o-3')).toBe(0);
	});

	it('keeps one row per id under concurrent retries', async () => {
		const posts = Array.from({ length: 200 }, (_, i) =>
			call('/outcomes', {
				method: 'POST',
				json: { lead_id: `c-${i % 50}`, progressed: i % 2 },
				headers: ADMIN
			})
		);
		expect((await Promise.all(posts)).every((r) => r.status === 200)).toBe(true);
		expect(await count('c-%')).toBe(50);
	});

	it('needs the admin token', async () => {
		expect(
			(await call('/outcomes', { method: 'POST', json: { lead_id: 'x', progressed: 1 } })).status
		).toBe(401);
	});
});
