import { describe, expect, it } from 'vitest';
import { fakeFetch, header } from '../../../tests/fake-fetch';
import { syncModel, type ModelSlot } from './model-sync';

/** A slot that verifies by `version` presence, as the hosts verify by hash and spec. */
function slot(held: { version?: string; etag?: string }) {
	const adopted: unknown[] = [];
	const s: ModelSlot = {
		held: async () => held,
		adopt: async (artifact, etag) => {
			const version = (artifact as { version?: string }).version;
			if (!version) throw new Error('not a model artifact');
			adopted.push(artifact);
			held = { version, etag };
			return version;
		}
	};
	return { s, adopted };
}

describe('syncModel', () => {
	it('adopts a changed model, sends its ETag next time, and skips an unchanged one', async () => {
		const { fn, calls } = fakeFetch(
			Response.json({ version: 'v2' }, { headers: { ETag: '"e2"' } }),
			new Response(null, { status: 304 })
		);
		const api = { base: 'https://api.test', fetch: fn };
		const { s, adopted } = slot({ version: 'v1', etag: '"e1"' });
		expect(await syncModel(api, s)).toEqual({ status: 'updated', version: 'v2' });
		expect(header(calls[0]!.init, 'If-None-Match')).toBe('"e1"');
		expect(await syncModel(api, s)).toEqual({ status: 'unchanged' });
		expect(header(calls[1]!.init, 'If-None-Match')).toBe('"e2"');
		expect(adopted).toHaveLength(1);
	});

	it('keeps the held model when the artifact does not verify or the API fails', async () => {
		const { fn } = fakeFetch(Response.json({ nope: 1 }), new Response('', { status: 503 }));
		const api = { base: 'https://api.test', fetch: fn };
		const { s, adopted } = slot({ version: 'v1' });
		expect(await syncModel(api, s)).toEqual({ status: 'failed', error: 'not a model artifact' });
		expect(await syncModel(api, s)).toMatchObject({
			status: 'failed',
			error: expect.stringMatching(/HTTP 503/)
		});
		expect(adopted).toEqual([]);
		expect(await s.held()).toEqual({ version: 'v1' });
	});

	it('reads re-downloading the held version as unchanged', async () => {
		const { fn } = fakeFetch(Response.json({ version: 'v1' }));
		const { s } = slot({ version: 'v1' });
		expect(await syncModel({ base: '', fetch: fn }, s)).toEqual({ status: 'unchanged' });
	});
});
