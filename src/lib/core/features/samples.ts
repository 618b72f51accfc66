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
	{ lead_id: 'S6', company_name: 'Unknown Prospect Ltd' },
	// Notes as people write them: bullets, transcript, AI summary, CRM line, narrative, e-mail.
	{
		lead_id: 'S7',
		company_name: 'Brightline Dental',
		industry: 'Healthcare',
		employee_count: 240,
		call_date: '2026-09-02',
		call_notes: `- spoke w/ Marcy, Dir. of Patient Experience (reports to COO)
- front desks drowning in calls 7-9am, ~38% of after-hrs calls hit VM
- wants an AI receptionist to book/reschedule; NOT ripping out RingCentral
- budget: COO set aside $ for front desk automation this FY
- Next: AE + SE deep-dive Thu 9/10 2pm ET, invite accepted`
	},
	{
		lead_id: 'S8',
		company_name: 'Keystone Residential',
		industry: 'Real estate',
		call_date: '2026-10-14',
		call_notes: `[00:00:41] Alex Chen (SDR): What prompted you to look at SMS pricing?
[00:00:52] Tonya Briggs (Office Manager): Our texting vendor raised prices again.
[00:03:10] Alex Chen (SDR): We also offer AI voice agents for the after-hours maintenance line.
[00:03:22] Tonya Briggs (Office Manager): No. The owner wants a person on that line.
[00:05:55] Tonya Briggs (Office Manager): Can you just email me the rates?`
	},
	{
		lead_id: 'S9',
		company_name: 'Northstar Pharmacy',
		industry: 'Retail pharmacy',
		employee_count: 4100,
		call_date: '2026-11-03',
		call_notes: `## Summary
Consolidating refill texts, login codes and the refill phone line onto one platform. Approved budget, go-live before end of Q1.

## Action items
- @Grace: share call volumes
- Solution and pricing session with the AE on the calendar`
	},
	{
		lead_id: 'S10',
		company_name: 'Dialstream AI',
		employee_count: 14,
		call_date: '2026-09-01',
		call_notes:
			'AI outbound callers for mortgage lead f/u. Need SIP + local numbers. CEO on call, switching on cost. Pricing call w/ AE Tue 9/8.'
	},
	{
		lead_id: 'S11',
		company_name: 'Wildflower Studio',
		industry: 'Marketing agency',
		employee_count: 5,
		description: 'We help wellness brands find their brand voice.',
		call_date: '2026-10-01',
		call_notes:
			'Jess thought we sold brand voice tools. Some interest in SMS promos but she does not hold budget. No timeline; asked me to just send over some info. DQ, not a fit for AE.'
	},
	{
		lead_id: 'S12',
		company_name: 'Cumberland Bank',
		industry: 'Banking',
		employee_count: 900,
		call_date: '2026-11-12',
		call_notes: `Hi Raymond,

Thanks for the time today. Recap: you want to retire the press-1 menu and let callers just say what they need; about 40% of your 160,000 monthly calls are balance lookups. Legal review of our DPA comes first, and budget is planned for next fiscal year.

Next steps: I'll send the security package and we'll check back after your planning cycle.`
	},
	// Later styles: a chat export, a meeting app's transcript, CRM fields, terse mixed-language notes.
	{
		lead_id: 'S13',
		company_name: 'Larchmont Physio',
		industry: 'Healthcare',
		employee_count: 85,
		call_date: '2026-11-19',
		call_notes: `Priya Raman  4:12 PM
Thanks for the call! To recap: we want the phones to answer themselves after 6pm and book the slot.

Acme - Jordan  4:20 PM
Great. Does Thursday 2pm work for a demo with our AE?

Priya Raman  4:31 PM
Thursday 2pm works 👍`
	},
	{
		lead_id: 'S14',
		company_name: 'Quill Legal CRM',
		industry: 'Software',
		employee_count: 60,
		call_date: '2026-11-20',
		call_notes: `Ravi Menon 11:00
Thanks for hopping on, Jordan. So you run growth at Quill?

Jordan Feld 11:00
Yep. Our customers are lawyers. We want email plus SMS sequences when they stall.

Ravi Menon 11:02
Some teams also add an AI call at day 5.

Jordan Feld 11:02
They do not pick up calls from software companies. Text and email.`
	},
	{
		lead_id: 'S15',
		company_name: 'Harbor Pharmacy Group',
		industry: 'Retail pharmacy',
		employee_count: 640,
		call_date: '2026-03-02',
		call_notes: `Opportunity Name: Harbor Pharmacy - Refill Line
Stage: Qualified - Handoff to AE
Description: They want the phone line to take refill requests on its own; a computer voice reads the pickup time back to them. Dana has "set aside, roughly ninety thousand" this FY.
Next Step: AE demo Tue 3/10 2pm ET - invite accepted
Loss Reason:`
	},
	{
		lead_id: 'S16',
		company_name: 'Café Lumière',
		industry: 'Restaurants',
		employee_count: 30,
		country: 'France',
		call_date: '2026-11-24',
		call_notes:
			'Café Lumière (FR). veulent un agent vocal pour les réservations. DM: owner ✔. $ ~600/mo ok. nxt: démo jeudi 10h ✔'
	}
];
