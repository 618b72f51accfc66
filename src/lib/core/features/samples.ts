import type { Lead } from '../schema/lead';

/** Built-in leads for `qualify features --test`, docs and cross-host parity tests. */
export const SAMPLE_LEADS: readonly Lead[] = [
	{
		lead_id: 'S1',
		company_name: 'VoiceFlow AI',
		industry: 'Conversational AI',
		employee_count: 120,
		website: 'voiceflow.ai',
		country: 'US',
		description:
			'VoiceFlow AI builds AI agents that answer phone calls for clinics. Raised a $30M Series B; hiring fast.',
		products_discussed: ['Voice AI', 'Voice'],
		sentiment: 5,
		call_date: '2025-06-12',
		call_notes: `## Summary
Energetic call with the CTO and the Head of Support. They want to replace the legacy IVR with a voice AI agent this quarter.

## Technical notes
- Building an AI agent on the phone with an LLM; needs media streams, low latency and SIP trunking.
- Asked about API rate limits, webhooks and failover across regions.

## Budget and timeline
- Budget approved for this project.
- Timeline: this quarter, want to be live within 8 weeks.

## Current setup
Currently on Twilio, evaluating alternatives because of reliability issues.

## Next steps
They asked for a proposal and a POC plan. Next meeting booked with their security team.`
	},
	{
		lead_id: 'S2',
		company_name: 'Harbor Pay',
		industry: 'fintech',
		employee_count: 640,
		website: 'https://harborpay.com',
		country: 'United Kingdom',
		description:
			'Payments API for online marketplaces. Customers log in with SMS one-time passcodes.',
		products_discussed: ['SMS', 'Verify'],
		sentiment: 3,
		call_notes: `Intro call with a product manager. Fraudulent sign-ups using throwaway numbers are the main pain.
Not looking at voice AI right now; the focus is verification and SMS delivery.
Budget is planned for next quarter. Comparing us with Sinch on price and coverage.
Concerned about migration effort. Send a follow-up email with docs.`
	},
	{
		lead_id: 'S3',
		company_name: 'Seattle Freight',
		industry: 'Logistics',
		employee_count: 2300,
		country: 'US',
		description: 'Runs refrigerated trucking out of Seattle and Watts.',
		products_discussed: ['Wireless', 'SMS'],
		call_notes: `Lukewarm call with a junior developer. No budget this year. Locked into a contract with Vonage until 2027.
Asked about voice AI pricing out of curiosity, but it is not a priority. No next steps agreed.`
	},
	{
		lead_id: 'S4',
		company_name: 'Cedar Health',
		industry: 'Hospital network',
		employee_count: 8800,
		website: 'cedarhealth.org',
		country: 'CA',
		sentiment: 4,
		call_transcript: {
			speech_segments: [
				{
					speaker: 'Rep',
					text: 'What does your patient line look like today?',
					start_time: 0,
					end_time: 4
				},
				{
					speaker: 'Dana (COO)',
					text: 'Long hold times. We want a voice assistant for appointment reminders and call routing.',
					start_time: 4,
					end_time: 11
				},
				{ speaker: 'Rep', text: 'Do you have a timeline?', start_time: 11, end_time: 13 },
				{
					speaker: 'Dana (COO)',
					text: 'ASAP, the budget is being drafted now.',
					start_time: 13,
					end_time: 17
				}
			]
		}
	},
	{
		lead_id: 'S5',
		company_name: 'Maple Shop',
		industry: 'Retail & E-commerce',
		employee_count: 45,
		description: 'Direct-to-consumer home goods brand.',
		call_notes: 'Short call. Just exploring, no timeline. Happy with current vendor.'
	},
	{ lead_id: 'S6', company_name: 'Unknown Prospect Ltd' }
];
