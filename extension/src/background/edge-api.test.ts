import { describe, expect, it } from 'vitest';
import { fetchCurrentModel, postScore } from './edge-api';
import { fetchFellowNote } from './fellow-api';

/** A fetch that records its calls and answers with the given responses in turn. */
function fakeFetch(...responses: Response[]) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fn = (async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		return responses.shift()!;
	}) as unknown as typeof fetch;
	return { fn, calls };
}

const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

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

describe('Fellow API client', () => {
	it('asks for one event’s note with its markdown and reads attendee domains', async () => {
		const { fn, calls } = fakeFetch(
			Response.json({
				page_info: { cursor: null, page_size: 1 },
				data: [
					{
						title: 'Intro',
						content_markdown: '# Notes\n- voice AI agent',
						event_attendees: ['ann@VoiceFlow.ai', { email: 'rep@acme.com' }]
					}
				]
			})
		);
		const note = await fetchFellowNote({
			origin: 'https://acme.fellow.app',
			eventGuid: 'evt1',
			apiKey: 'fk',
			fetch: fn
		});
		expect(note).toEqual({
			title: 'Intro',
			notes: '# Notes\n- voice AI agent',
			attendeeDomains: ['voiceflow.ai', 'acme.com']
		});
		expect(calls[0]!.url).toBe('https://acme.fellow.app/api/v1/notes');
		expect(header(calls[0]!.init, 'X-API-KEY')).toBe('fk');
		expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({
			filters: { event_guid: 'evt1' },
			include: { content_markdown: true }
		});
	});
});
