import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/lib/core/hash';
import { LAST_SYNC_KEY, ModelStore, SYNCED_MODEL_KEY, type KeyValueStore } from './model-store';

const models = new URL('../../../models/', import.meta.url);
const { current } = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
const baseline = JSON.parse(readFileSync(new URL(`${current}.json`, models), 'utf8'));

/** The baseline re-sealed under another version name: a "newer" model from the API. */
async function resealed(version: string) {
	const content = { ...baseline, version };
	delete content.sha256;
	return { ...content, sha256: await sha256Hex(canonicalJson(content)) };
}

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
	const data = new Map<string, unknown>();
	return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}

const api = (...replies: Response[]) => ({
	base: 'https://api.test',
	apiKey: '',
	fetch: (async () => replies.shift()!) as unknown as typeof fetch
});

describe('ModelStore', () => {
	it('scores with the bundled baseline until a verified model is synced, then keeps it', async () => {
		const storage = memoryStore();
		const store = new ModelStore({ baseline: async () => baseline, storage });
		expect((await store.current()).source).toBe('bundled');

		const next = await resealed('retrain_20300101_000000');
		const record = await store.sync(api(Response.json(next, { headers: { ETag: '"n1"' } })));
		expect(record.outcome).toBe('updated to retrain_20300101_000000');
		expect((await store.current()).scorer.version).toBe('retrain_20300101_000000');
		expect(storage.data.get(SYNCED_MODEL_KEY)).toMatchObject({ etag: '"n1"' });

		// A fresh service worker picks the synced model up from storage.
		const reloaded = new ModelStore({ baseline: async () => baseline, storage });
		expect(await reloaded.current()).toMatchObject({ source: 'synced', etag: '"n1"' });
	});

	it('keeps the model in use when the API fails or sends a tampered artifact', async () => {
		const storage = memoryStore();
		const store = new ModelStore({ baseline: async () => baseline, storage });
		const tampered = { ...(await resealed('retrain_20300101_000000')), created_at: 'edited' };
		expect((await store.sync(api(Response.json(tampered)))).outcome).toMatch(
			new RegExp(`^failed, kept ${current}: model artifact .* is corrupt`)
		);
		expect((await store.sync(api(new Response('', { status: 503 })))).outcome).toMatch(/HTTP 503/);
		expect((await store.current()).scorer.version).toBe(current);
		expect(storage.data.has(SYNCED_MODEL_KEY)).toBe(false);
		expect(storage.data.get(LAST_SYNC_KEY)).toMatchObject({
			outcome: expect.stringMatching(/503/)
		});
	});
});
