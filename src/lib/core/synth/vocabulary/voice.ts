import type { Phrasing } from './register';

/**
 * The prospect's own Voice AI intent: none, curious (mentions without a project), exploring,
 * committed. Kept free of budget and timing words, which are other traits.
 */
export const VOICE_INTENT: readonly Phrasing[] = [
	{
		terse: [
			'no interest in voice AI',
			'voice AI: n/a, phones are a tiny channel',
			'not looking at AI on the phones',
			'no voicebot plans',
			'asked re AI phone agents - hard no',
			'call automation ruled out after failed IVR project'
		],
		prose: [
			'{They} are not looking at voice AI; the focus is messaging.',
			"Voice automation isn't on {their} radar: phone volume is tiny.",
			'{They} have no plans for an AI agent on the phones.',
			'{They} ruled out call automation after a failed IVR project a couple of years ago.',
			"Most of {their} customers write in, so speech tech isn't something {they} would look at."
		],
		spoken: [
			"Honestly the phone side is tiny for us, we wouldn't automate it.",
			"AI on the phones? Not something we'd look at.",
			"No, we're not doing anything with voice bots.",
			"Our customers don't really call, so no, that's not for us.",
			'We tried an IVR revamp once and it went nowhere, so no appetite for that.'
		]
	},
	{
		terse: [
			'asked abt voice AI pricing out of curiosity, no project',
			'curious re voice agents, maybe next yr',
			'voice AI: just curious',
			'competitor launched an AI phone agent, they are watching',
			'might look at voice bots someday, not now'
		],
		prose: [
			"{They} asked about voice AI pricing out of curiosity, but there's no project behind it.",
			'One of {their} competitors launched an AI phone agent; {they} are watching, not buying.',
			'Voice AI came up in passing. Maybe next year, nothing planned.',
			'{They} are curious about AI voice agents but not ready to do anything with them.',
			'Someone on {their} side has been reading about AI receptionists; nobody owns it.'
		],
		spoken: [
			"I've been reading about those AI phone agents, curious what it costs, but it's not a project.",
			"Maybe next year for the voice stuff, we'll see.",
			"One of our competitors has an AI answering their phones now, so we're keeping an eye on it.",
			"It's interesting, but nobody here owns that. Just curious really."
		]
	},
	{
		terse: [
			'exploring voice agent for after-hrs calls',
			'evaluating STT for call summaries + QA',
			'wants to test AI receptionist for appt booking',
			'looking at replacing parts of IVR w/ natural-language routing',
			'interested in real-time transcription of support calls',
			'scoping a voicebot for order status calls'
		],
		prose: [
			'{They} are exploring a voice agent to pick up after-hours calls.',
			'{They} want to evaluate speech-to-text for call summaries and QA scoring.',
			"{They}'d like to pilot an AI receptionist for appointment booking if it tests well.",
			'{They} are looking at replacing parts of the IVR with natural-language call routing.',
			'Real-time transcription of support calls is something {they} are actively scoping.'
		],
		spoken: [
			"We're looking at putting an AI agent on the after-hours line, that's kind of why I took the call.",
			"We'd like to try speech-to-text on our support calls, for QA mostly.",
			"If an AI could book appointments over the phone that'd be huge, we want to test that.",
			"We're scoping whether a voice bot could handle the where's-my-order calls."
		]
	},
	{
		terse: [
			'replacing legacy IVR w/ voice AI agent - decided, vendor choice only',
			'building LLM phone agent, needs media streams + low latency',
			'outbound voicebot for collections, greenlit',
			'already prototyped STT + TTS agent, needs SIP at scale',
			'AI agent on main support line is THE project this yr',
			'wants AI agent to take 40% of inbound calls'
		],
		prose: [
			"{They} are replacing the legacy IVR with a voice AI agent; that's decided, it's about the vendor now.",
			'{They} already built a prototype phone agent on an LLM with speech-to-text and TTS, and need media streams and low latency to go to production.',
			'Voice AI for inbound support is a leadership priority; {they} want an AI agent handling 40% of calls.',
			'{They} are committed to an outbound voicebot for payment reminders and collections.',
			'The AI receptionist project is staffed and happening; {they} need the telephony layer.'
		],
		spoken: [
			"We're definitely doing an AI voice agent, it's just about who we build it with.",
			"We've got a prototype, LLM plus speech-to-text plus TTS, it works, we need the calls to actually reach it at scale.",
			'The voice bot is happening, full stop.',
			"We want the AI answering the main line. That's the project."
		]
	}
];

/** The rep pitching Voice AI: says nothing about the prospect's intent. */
export const VOICE_PITCH = {
	terse: [
		'pitched voice AI agents',
		'mentioned our AI voice agents for after-hours',
		'showed voice AI demo briefly',
		'flagged voice AI as an add-on'
	],
	prose: [
		'I mentioned our AI voice agents for after-hours coverage.',
		'We also walked through the voice AI add-on.',
		'I flagged that we have AI voice agents as well.'
	],
	spoken: [
		'We also have AI voice agents, a lot of teams use them for after-hours.',
		'One more thing, we do voice AI too, agents that pick up the phone and resolve simple stuff.',
		'Not sure if relevant, but we have a voice agent product that plugs into the same numbers.',
		'Some customers put our AI voice agent in front of the IVR, happy to show that sometime.'
	]
} as const;

/** The prospect letting a pitch pass without saying anything about intent. */
export const NOD = ['Mm-hm.', 'Okay.', 'Got it.', 'Sure.', 'Right, okay.', 'Yeah.'];
