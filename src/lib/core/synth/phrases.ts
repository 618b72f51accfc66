/**
 * Phrase banks for intro-call notes, by trait level. `{x}` placeholders are filled by the
 * note writer. Levels run from worst to best for the lead.
 */

/** Voice AI intent: none, curious (mentions that are not intent), exploring, committed. */
export const VOICE = [
	[
		'Not looking at voice AI right now; the focus is messaging.',
		'No plans for a voice agent this year.',
		"They don't need IVR changes — the phone line is tiny.",
		'Voice is not a priority for them.',
		'They ruled out call automation after a failed pilot two years ago.',
		'Never considered speech recognition; most customers write in.'
	],
	[
		'Asked about voice AI pricing out of curiosity, but it is not a priority this year.',
		'A competitor of theirs launched a voice agent; they are watching, not buying.',
		'Someone mentioned conversational AI in passing, no real project behind it.',
		'Curious about text-to-speech for the future, nothing planned.',
		'They read about AI agents on the phone but are not interested yet.'
	],
	[
		'Exploring a voice agent to handle after-hours calls.',
		'Evaluating speech-to-text for call summaries and QA.',
		'Interested in replacing parts of the IVR with natural language understanding.',
		'Looking at call automation for appointment reminders.',
		'Would like to test a voice assistant for order status questions.',
		'Wants real-time transcription of support calls.'
	],
	[
		'Wants to replace the legacy IVR with a voice AI agent this quarter.',
		'Building an AI agent on the phone with an LLM; needs media streams and low latency.',
		'Committed to conversational AI for inbound support — 40% of calls are repetitive.',
		'Plans outbound automated calls with a voicebot for collections.',
		'Already prototyped with speech recognition and text-to-speech; needs SIP trunking at scale.',
		'Contact center AI is a board-level initiative; a virtual agent must go live by summer.'
	]
] as const;

/** Budget: none, unclear, planned, approved. */
export const BUDGET = [
	[
		'No budget this year.',
		'Budget is frozen until the next funding round.',
		'They have no budget set aside for communications tooling.'
	],
	[
		'Budget not discussed.',
		'Budget is unclear; finance owns the decision.',
		'Did not get to pricing.'
	],
	[
		'Budget is planned for next quarter.',
		'They have a line item for CPaaS in the annual plan.',
		'Pricing looked acceptable; budget being drafted.'
	],
	[
		'Budget approved for this project.',
		'They have signed-off budget and asked for a proposal.',
		'Budget approved — procurement is waiting on our paperwork.'
	]
] as const;

/** Timeline: none, next half, this quarter, ASAP. */
export const TIMELINE = [
	[
		'No timeline — just exploring options.',
		'Timing is open-ended.',
		'No deadline; they are researching the market.'
	],
	[
		'Target is sometime in the second half of the year.',
		'Would revisit in six months.',
		'Timeline: next year.'
	],
	['Timeline: this quarter.', 'Want to be live within 8 weeks.', 'Go-live planned for next month.'],
	[
		'Need it ASAP — current vendor contract ends in three weeks.',
		'Urgent: launch date is fixed for the 15th.',
		'They want to start the pilot immediately.'
	]
] as const;

/** Who attended: junior only, a champion, a decision maker. */
export const ATTENDEES = [
	[
		'a support associate',
		'an intern from operations',
		'a junior developer',
		'a marketing coordinator'
	],
	[
		'the support manager',
		'a senior engineer who will champion it',
		'the operations lead',
		'a product manager'
	],
	[
		'the CTO',
		'the VP of Engineering',
		'the Head of Customer Support',
		'the founder and CEO',
		'the COO'
	]
] as const;

/** Incumbent vendor: none, evaluating, locked in. */
export const INCUMBENT = [
	[
		'No current provider; they would build on us from scratch.',
		'Everything is in-house today and they want to stop maintaining it.'
	],
	[
		'Currently on {vendor}, evaluating alternatives because of reliability issues.',
		'Comparing us with {vendor} on price and coverage.',
		'Unhappy with {vendor} support response times.'
	],
	[
		'Locked into a contract with {vendor} until 2027.',
		'Happy with current vendor ({vendor}); switching costs are high.',
		'Just renewed with {vendor} for three years.'
	]
] as const;

export const VENDORS = [
	'Twilio',
	'Vonage',
	'Bandwidth',
	'Genesys',
	'Five9',
	'Amazon Connect',
	'Sinch',
	'Plivo'
];

/** Technical depth: shallow, medium, deep. */
export const DEPTH = [
	['Kept it high level; no technical questions.', 'Business discussion only.'],
	[
		'Asked about the API and webhooks.',
		'Wanted to know about integration with Salesforce.',
		'Asked about SDK support for mobile.'
	],
	[
		'Deep dive on latency, codecs and failover across regions.',
		'Walked through their architecture: event-driven, webhooks into a Kafka pipeline, SIP interconnect.',
		'Asked detailed questions on API rate limits, SDK versions and data residency.'
	]
] as const;

export const POSITIVE_NEXT = [
	'Next meeting booked with their security team.',
	'They asked for a proposal and a POC plan.',
	'Send pricing and a pilot agreement; follow-up booked for Tuesday.',
	'Security review started; sharing the SOC 2 report.'
];
export const NEUTRAL_NEXT = [
	'Send a follow-up email with docs.',
	'Share case studies and check in next month.',
	'Will circle back after their planning cycle.'
];
export const NEGATIVE_NEXT = [
	'No next steps agreed.',
	'They will reach out if priorities change.',
	'Prospect went dark after the call; one follow-up sent.'
];

export const OBJECTIONS = [
	'Price too high compared with their current per-minute rate.',
	'Concerned about migration effort.',
	'Legal needs a DPA before anything else.',
	'Worried about number porting downtime.',
	'Security questionnaire required first.'
];

/** Neutral context that every note carries some of; no signal, just realism and length. */
export const CONTEXT = [
	'They walked us through how their team handles customer conversations today, mostly email and chat with a small phone queue.',
	'Most of their traffic peaks on Monday mornings and at the end of each month.',
	'The team is split between two offices and a handful of remote agents.',
	'They use a shared inbox and a homegrown ticketing setup that nobody loves.',
	'They mentioned seasonality around the holidays that doubles inbound volume.',
	'Their customers are mostly small businesses who expect quick answers.',
	'Reporting today is a spreadsheet exported every Friday.',
	'They care a lot about brand voice and consistent answers across channels.',
	'The previous project in this area stalled when the project owner left.',
	'They have a small platform team of four engineers.',
	'Customer satisfaction scores dipped last quarter, which triggered this conversation.',
	'Onboarding new agents takes about three weeks.',
	'Their mobile app sends order updates and login codes.',
	'They were referred to us by an existing customer.',
	'We covered coverage in their main markets and the number types they need.'
];

export const PAIN = [
	'Long hold times during peaks.',
	'Missed calls after hours.',
	'Agents spend too much time on repetitive questions.',
	'Delivery notifications fail silently for some carriers.',
	'Fraudulent sign-ups using throwaway numbers.',
	'Hard to see call quality issues until customers complain.',
	'Account takeovers via SMS phishing.',
	'Manual appointment reminders take a full-time person.'
];

/** Longer neutral discussion lines: how calls actually ramble. */
export const DISCUSSION = [
	'We spent a good part of the call on how their agents hand conversations between teams, and where context gets lost when a customer switches from chat to phone.',
	'They asked how other companies of their size structure escalation paths, and we shared a couple of examples from similar customers.',
	'There was a long tangent about their data warehouse migration, which is eating most of the engineering roadmap this half.',
	'They want a single view of each customer conversation across channels, and reporting that their operations lead can read without help.',
	'The team is wary of another tool that needs constant babysitting; reliability matters more to them than features.',
	'They described a recent outage with their current provider that left customers unable to reach support for most of a day.',
	'We discussed number coverage in their main markets, local presence for outbound calls, and how porting works.',
	'They were interested in how compliance requirements such as consent and call recording disclosures are handled per country.',
	'Their finance team wants predictable monthly costs, so usage-based pricing needs a cap or a commitment tier.',
	'They compared notes on what worked and what did not in previous pilots with other vendors.'
];
