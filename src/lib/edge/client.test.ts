import { describe, expect, it } from 'vitest';
import { fakeFetch, header } from '../../../tests/fake-fetch';
import { fetchCurrentModel, postScore } from './client';

describe('edge API client', () => {
	it('sends the ETag it holds and reads 304 as not modified', async () => {
		const { fn, calls } = fakeFetch(
			Response.json({ version: 'x' }, { headers: { ETag: '"v1"' } }),
			new Response(null, { status: 304 })
		);
		const api = { base: 'https://api.test', apiKey: 'k1', fetch: fn };
		expect(await fetchCurrentModel(api)).toEqual({
			status: 'updated',
			artifact: { version: 'x' },
			etag: '"v1"'
		});
		expect(await fetchCurrentModel(api, '"v1"')).toEqual({ status: 'not-modified' });
		expect(calls[0]!.url).toBe('https://api.test/models/current');
		expect(header(calls[0]!.init, 'Authorization')).toBe('Bearer k1');
		expect(header(calls[0]!.init, 'If-None-Match')).toBeNull();
		expect(header(calls[1]!.init, 'If-None-Match')).toBe('"v1"');
	});

	it('names the request in HTTP errors and refuses a reply that is not a ScoreResult', async () => {
		const api = { base: 'https://api.test', apiKey: '' };
		await expect(
			fetchCurrentModel({ ...api, fetch: fakeFetch(new Response('', { status: 500 })).fn })
		).rejects.toThrow('edge API GET /models/current: HTTP 500');
		const { fn, calls } = fakeFetch(Response.json({ nope: 1 }));
		await expect(postScore({ ...api, fetch: fn }, { company_name: 'A' })).rejects.toThrow(
			'not a ScoreResult'
		);
		expect(calls[0]!.init.method).toBe('POST');
		expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ company_name: 'A' });
		expect(header(calls[0]!.init, 'Authorization')).toBeNull();
	});
});
