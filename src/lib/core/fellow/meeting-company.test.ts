import { describe, expect, it } from 'vitest';
import { domainOfEmail, meetingCompany } from './meeting-company';

describe('meetingCompany', () => {
	it('names the most frequent external domain as the title spells it', () => {
		expect(
			meetingCompany({
				title: 'Acme <> VoiceFlow AI — intro call',
				attendeeDomains: ['acme.com', 'voiceflow.ai', 'voiceflow.ai', 'gmail.com', 'other.io'],
				workspace: 'acme'
			})
		).toEqual({ company_name: 'VoiceFlow AI', website: 'voiceflow.ai' });
	});

	it('skips free mail and the rep’s own domains, and falls back to the domain, then the title', () => {
		expect(
			meetingCompany({
				attendeeDomains: ['gmail.com', 'corp.example', 'harborpay.co.uk'],
				ownDomains: ['corp.example']
			})
		).toEqual({ company_name: 'Harborpay', website: 'harborpay.co.uk' });
		expect(meetingCompany({ title: 'Intro call — Northwind', attendeeDomains: [] })).toEqual({
			company_name: 'Northwind'
		});
		expect(meetingCompany({ title: '  ', attendeeDomains: ['gmail.com'] })).toEqual({
			company_name: 'Unknown company'
		});
	});

	it('reads the domain of an address and nothing else', () => {
		expect(domainOfEmail(' Ann@VoiceFlow.ai ')).toBe('voiceflow.ai');
		expect(domainOfEmail('not an address')).toBeUndefined();
		expect(domainOfEmail('a@localhost')).toBeUndefined();
	});
});
