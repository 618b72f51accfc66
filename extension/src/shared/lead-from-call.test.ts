import { describe, expect, it } from 'vitest';
import { leadFromCall } from './lead-from-call';
import { eventGuidFromUrl } from './page-call';

const url = 'https://acme.fellow.app/meetings/evt_8fK2pQ/';

describe('leadFromCall', () => {
	it('takes the most frequent external attendee domain, named as in the title', () => {
		const lead = leadFromCall(
			{
				url,
				eventGuid: 'evt_8fK2pQ',
				title: 'Acme <> VoiceFlow AI — intro call',
				attendeeDomains: ['acme.com', 'voiceflow.ai', 'voiceflow.ai', 'gmail.com', 'other.io'],
				notes: 'They want a voice AI agent.'
			},
			{ ownDomains: [] }
		);
		expect(lead).toEqual({
			company_name: 'VoiceFlow AI',
			website: 'voiceflow.ai',
			call_notes: 'They want a voice AI agent.',
			lead_id: 'fellow-evt_8fK2pQ'
		});
	});

	it('never takes the rep’s own domains, listed or named like the workspace', () => {
		const lead = leadFromCall(
			{ url, attendeeDomains: ['acme.com', 'acme.io', 'corp.example', 'harborpay.co.uk'] },
			{ ownDomains: ['corp.example', 'acme.io'] }
		);
		expect(lead).toEqual({ company_name: 'Harborpay', website: 'harborpay.co.uk' });
	});

	it('falls back to the title without external attendees', () => {
		expect(
			leadFromCall(
				{ url, title: 'Intro call: Seattle Freight', attendeeDomains: ['acme.com'] },
				{ ownDomains: [] }
			).company_name
		).toBe('Seattle Freight');
		expect(
			leadFromCall({ url, title: 'Acme / Northwind', attendeeDomains: [] }, { ownDomains: [] })
				.company_name
		).toBe('Northwind');
	});
});

describe('eventGuidFromUrl', () => {
	it('reads the event id from meeting URLs', () => {
		expect(eventGuidFromUrl(url)).toBe('evt_8fK2pQ');
		expect(eventGuidFromUrl('https://acme.fellow.app/meetings/h/Abc123xyz/notes')).toBe(
			'Abc123xyz'
		);
		expect(eventGuidFromUrl('https://acme.fellow.app/meetings/?event_guid=g-42')).toBe('g-42');
		expect(eventGuidFromUrl('https://acme.fellow.app/home')).toBeUndefined();
	});
});
