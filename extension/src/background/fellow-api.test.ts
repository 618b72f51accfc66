import { describe, expect, it } from 'vitest';
import { fakeFetch, header } from '../../../tests/fake-fetch';
import { fetchFellowNote } from './fellow-api';

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
