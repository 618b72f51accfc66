import type { Phrasing } from './register';

/** Neutral background that says nothing about the outcomes: realism and length. */
export const CONTEXT: Phrasing = {
	terse: [
		'mostly email + chat, small phone queue',
		'traffic peaks Mon mornings + month end',
		'team split across 2 offices + remote agents',
		'shared inbox + homegrown ticketing',
		'holiday season doubles inbound',
		'reporting = spreadsheet every Fri',
		'platform team of 4 engineers',
		'CSAT dipped last qtr',
		'agent onboarding takes ~3 wks',
		'referred by an existing customer'
	],
	prose: [
		'{They} walked us through how {their} team handles customer conversations today: mostly email and chat, with a small phone queue.',
		'Most of {their} traffic peaks on Monday mornings and at the end of each month.',
		'The team is split between two offices and a handful of remote agents.',
		'{They} use a shared inbox and a homegrown ticketing setup that nobody loves.',
		'Seasonality around the holidays doubles inbound volume.',
		'Reporting today is a spreadsheet exported every Friday.',
		'The previous project in this area stalled when the project owner left.',
		'Customer satisfaction scores dipped last quarter, which triggered this conversation.',
		'Onboarding new agents takes about three weeks.',
		'{Their} mobile app sends order updates and login codes.'
	],
	spoken: [
		"So today it's mostly email and chat, the phone queue is pretty small.",
		'Mondays are crazy for us, and month end.',
		"We're split across two offices plus some remote folks.",
		"We've got a shared inbox and a ticketing thing we built ourselves. Nobody loves it.",
		'Around the holidays volume basically doubles.',
		'Reporting is, uh, a spreadsheet someone exports on Fridays.',
		'CSAT dipped last quarter, which is partly why we are talking.',
		'It takes us about three weeks to get a new agent up to speed.'
	]
};

export const PAINS: Phrasing = {
	terse: [
		'long hold times at peak',
		'missed calls after hrs',
		'agents buried in repetitive qs',
		'SMS delivery fails silently on some carriers',
		'fraud sign-ups w/ throwaway numbers',
		'no visibility into call quality',
		'manual appt reminders = 1 FTE'
	],
	prose: [
		'Hold times get long during peaks.',
		'Calls after hours are missed.',
		'Agents spend too much time on repetitive questions.',
		'Delivery notifications fail silently on some carriers.',
		'Fraudulent sign-ups come in with throwaway numbers.',
		'{They} only hear about call quality issues when customers complain.',
		'Appointment reminders are manual and take a full-time person.'
	],
	spoken: [
		'Hold times at peak are just bad.',
		'We miss a lot of calls after hours.',
		'Our agents answer the same five questions all day.',
		"Some texts just don't arrive and we never find out.",
		'We get a lot of fake sign-ups with burner numbers.',
		'We only hear about bad call quality when someone complains.'
	]
};

/**
 * Everyday "voice", "call" and "chatbot" talk that is not a Voice AI project, sprinkled in
 * independently of the labels, as real notes carry it.
 */
export const DISTRACTORS: Phrasing = {
	terse: [
		'after-hrs calls go to voicemail',
		'care a lot about brand voice across channels',
		'run a voice of the customer survey quarterly',
		'desk phones are VoIP',
		'chatbot on the website (text only)',
		'IVR menu has 7 options, press 1 for billing etc',
		'asked how voice minutes are billed',
		'they record their sales calls for coaching',
		'keep call recordings for compliance, 7 yrs'
	],
	prose: [
		'After-hours calls go to a voicemail box someone checks in the morning.',
		'{They} care a lot about brand voice and consistent answers across channels.',
		'{They} run a voice of the customer program with quarterly surveys.',
		"{Their} office phones moved to VoIP last year and that's working fine.",
		'{They} use a chatbot on the website for FAQs, text only.',
		'{Their} IVR menu is the classic press 1 for billing, press 2 for support.',
		'{They} asked how voice minutes are billed compared with SMS.',
		'{They} keep call recordings for compliance, for seven years.'
	],
	spoken: [
		'After six everything goes to voicemail.',
		'Brand voice is a big deal for us, everything has to sound like us.',
		'We do a voice of the customer survey every quarter.',
		'Our desk phones are VoIP now, that part is fine.',
		'We use a chatbot on the website for the basic stuff.',
		"It's the usual press 1 for billing, press 2 for support menu.",
		'How are voice minutes billed, by the way?',
		'We record our sales calls, mostly for coaching.',
		'We have to keep call recordings for compliance.'
	]
};

/** How the lead reached us: neutral. */
export const SOURCES = [
	'inbound via pricing page',
	'booked by SDR after a webinar',
	'warm intro from a partner agency',
	'found us through the developer docs',
	'outbound sequence reply',
	'referral from an existing customer',
	'met at a trade show booth'
];
