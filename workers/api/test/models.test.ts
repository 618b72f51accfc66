import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/lib/core/hash';
import { D1LifecycleStore } from '../../shared/learning/d1-store';
import { ADMIN, baseline, call, SEED_LEAD, serveBaseline, type Artifact } from './helpers';

/** The baseline re-sealed under another version name: a second, valid model. */
async function variantOf(version: string, tweak = 0) {
	const next: Partial<Artifact> = { ...baseline(), version, created_at: new Date().toISOString() };
	delete next.sha256;
	next.thresholds!.ae_handoff += tweak;
	return { ...next, sha256: await sha256Hex(canonicalJson(next)) };
}

const scoreVersion = async () =>
	(
		await (
			await call('/score', { method: 'POST', json: SEED_LEAD })
		).json<{ model_version: string }>()
	).model_version;

let v1: string;
beforeAll(async () => {
	v1 = await serveBaseline();
});

describe('model registry', () => {
	it('lists versions, the serving one and the history', async () => {
		const body = await (
			await call('/models')
		).json<{
			serving: string;
			models: { version: string; serving: boolean }[];
			history: unknown[];
		}>();
		expect(body.serving).toBe(v1);
		expect(body.models.find((m) => m.version === v1)?.serving).toBe(true);
		expect(body.history.length).toBeGreaterThan(0);
		const one = await (await call(`/models/${v1}`)).json<{ r2_key: string }>();
		expect(one.r2_key).toMatch(new RegExp(`^models/${v1}/[0-9a-f]{64}\\.json$`));
		expect((await call('/models/retrain_20990101_000000')).status).toBe(404);
		expect((await call('/models/not-a-version')).status).toBe(400);
	});

	it('serves the current artifact with an ETag and answers If-None-Match with 304', async () => {
		const res = await call('/models/current');
		expect(res.status).toBe(200);
		const etag = res.headers.get('etag')!;
		expect(etag).toBe(`"${baseline().sha256}"`);
		expect((await res.json<{ version: string }>()).version).toBe(v1);
		const again = await call('/models/current', { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
	});

	it('needs the admin token to upload, promote and roll back', async () => {
		const artifact = await variantOf('retrain_20300101_000000');
		expect((await call('/models', { method: 'PUT', json: artifact })).status).toBe(401);
		expect(
			(
				await call('/models', {
					method: 'PUT',
					json: artifact,
					headers: { authorization: 'Bearer wrong' }
				})
			).status
		).toBe(401);
		expect((await call(`/models/${v1}/promote`, { method: 'POST' })).status).toBe(401);
		const res = await call('/models/rollback', { method: 'POST' });
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ error: 'unauthorized', field: 'authorization' });
		const basic = await call('/models/rollback', {
			method: 'POST',
			headers: { authorization: 'Basic x' }
		});
		expect(basic.status).toBe(400);
	});

	it('refuses a tampered artifact at upload, and versions are immutable', async () => {
		const tampered = { ...(await variantOf('retrain_20300102_000000')), created_at: 'yesterday' };
		const res = await call('/models', { method: 'PUT', json: tampered, headers: ADMIN });
		expect(res.status).toBe(422);
		expect(await res.json()).toMatchObject({
			error: 'model_invalid',
			message: expect.stringContaining('corrupt')
		});
		const other = await variantOf(v1, 0.01);
		const clash = await call('/models', { method: 'PUT', json: other, headers: ADMIN });
		expect(clash.status).toBe(409);
		const same = await call('/models', { method: 'PUT', json: baseline(), headers: ADMIN });
		expect(same.status).toBe(200);
	});

	it('promotes, hot-swaps the serving model and rolls back', async () => {
		const v2 = 'retrain_20300103_000000';
		expect(
			(await call('/models', { method: 'POST', json: await variantOf(v2), headers: ADMIN })).status
		).toBe(201);
		expect(await scoreVersion()).toBe(v1);
		const promoted = await call(`/models/${v2}/promote`, { method: 'POST', headers: ADMIN });
		expect(await promoted.json()).toMatchObject({ action: 'promote', version: v2, previous: v1 });
		expect(await scoreVersion()).toBe(v2);
		const rolled = await call('/models/rollback', { method: 'POST', headers: ADMIN });
		expect(await rolled.json()).toMatchObject({ action: 'rollback', version: v1, previous: v2 });
		expect(await scoreVersion()).toBe(v1);
	});

	it('picks up a pointer switched elsewhere within MODEL_REFRESH_MS, without a restart', async () => {
		const v3 = 'retrain_20300104_000000';
		await call('/models', { method: 'PUT', json: await variantOf(v3), headers: ADMIN });
		expect(await scoreVersion()).toBe(v1);
		// Another isolate (or the retraining worker) switches the pointer directly in D1.
		await env.DB.prepare('UPDATE serving SET version = ? WHERE id = 1').bind(v3).run();
		await new Promise((r) => setTimeout(r, Number(env.MODEL_REFRESH_MS) + 50));
		expect(await scoreVersion()).toBe(v3);
		await call(`/models/${v1}/promote`, { method: 'POST', headers: ADMIN });
	});

	it('refuses to promote an artifact corrupted in R2 and keeps serving the current model', async () => {
		const v4 = 'retrain_20300105_000000';
		await call('/models', { method: 'PUT', json: await variantOf(v4), headers: ADMIN });
		const info = await (await call(`/models/${v4}`)).json<{ r2_key: string }>();
		// Bit rot: one threshold changes, the recorded SHA-256 no longer matches.
		const artifact = await (await env.MODELS.get(info.r2_key))!.json<{
			thresholds: { ae_handoff: number };
		}>();
		artifact.thresholds.ae_handoff = 0.01;
		await env.MODELS.put(info.r2_key, JSON.stringify(artifact));
		const res = await call(`/models/${v4}/promote`, { method: 'POST', headers: ADMIN });
		expect(res.status).toBe(409);
		expect(await res.json()).toMatchObject({ error: 'model_invalid' });
		expect(await scoreVersion()).toBe(v1);
		// Even if the pointer is forced onto it, the isolate keeps the model it has.
		await env.DB.prepare('UPDATE serving SET version = ? WHERE id = 1').bind(v4).run();
		await new Promise((r) => setTimeout(r, Number(env.MODEL_REFRESH_MS) + 50));
		expect(await scoreVersion()).toBe(v1);
		const health = await (await call('/health')).json<{ model_error: string }>();
		expect(health.model_error).toContain(v4);
		await env.DB.prepare('UPDATE serving SET version = ? WHERE id = 1').bind(v1).run();
	});
});

describe('pruning a challenger that never served', () => {
	it('removes its registry row and its R2 object, and nothing else', async () => {
		const store = new D1LifecycleStore(env, {
			rollout: { mode: 'direct', share: 0 },
			postAlert: async () => {}
		});
		const stale = await variantOf('retrain_20300101_000000');
		const uploaded = await call('/models', { method: 'PUT', headers: ADMIN, json: stale });
		expect(uploaded.status).toBe(201);
		const { r2_key } = await uploaded.json<{ r2_key: string }>();
		const before = (await env.MODELS.list({ prefix: 'models/' })).objects.length;
		await store.deleteArtifact(stale.version!);
		expect((await call(`/models/${stale.version}`)).status).toBe(404);
		expect(await env.MODELS.head(r2_key)).toBeNull();
		expect((await env.MODELS.list({ prefix: 'models/' })).objects.length).toBe(before - 1);
		// Deleting it again is a no-op, not an error.
		await store.deleteArtifact(stale.version!);
	});
});
