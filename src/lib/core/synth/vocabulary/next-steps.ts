import type { Phrasing } from './register';

/** Where the call ended: 0 nothing agreed, 1 loose follow-up, 2 a concrete next meeting or document. */
export const NEXT_STEPS: readonly (Phrasing & { email: readonly string[] })[] = [
	{
		terse: [
			'no f/u scheduled',
			"they'll reach out if anything changes",
			'went dark after call, 1 f/u sent',
			'no next steps',
			'closed out, nurture only'
		],
		prose: [
			'No next steps agreed.',
			'{They} will reach out if anything changes.',
			'{They} went dark after the call; one follow-up sent, no reply.',
			'Nothing scheduled; moving this to nurture.'
		],
		spoken: [
			"We'll reach out if anything changes.",
			"I don't think we need another call right now.",
			"Let's leave it there for now, thanks."
		],
		email: [
			'No pressure at all; if anything changes on your side, just reach out.',
			"I'll leave the ball in your court. Feel free to get in touch whenever timing is better.",
			"Totally understand it's not the right moment. My door is open if priorities shift."
		]
	},
	{
		terse: [
			'send deck, check back next month',
			'share case studies, f/u after their planning cycle',
			'sending docs + pricing sheet',
			'will circle back in a few wks',
			'added to newsletter, soft f/u next month'
		],
		prose: [
			"I'll send the deck and check back next month.",
			"Sharing a couple of case studies; I'll follow up after {their} planning cycle.",
			'Sending docs and the pricing sheet; no meeting booked yet.',
			"I'll circle back in a few weeks."
		],
		spoken: [
			'Send me the deck and we can talk again next month.',
			"Shoot over some case studies and I'll have a look.",
			'Let me digest this and get back to you.'
		],
		email: [
			"As promised, I'll send over the deck and a couple of case studies. I'll check back next month.",
			"I'll share our docs and pricing sheet shortly; let me know once you've had a chance to look.",
			"I'll follow up after your planning cycle to see where things landed."
		]
	},
	{
		terse: [
			'AE deep-dive booked {day}',
			'sent cal invite for {day}',
			'pilot SOW drafted',
			'pricing call w/ CFO next wk',
			'security review kicked off, sharing SOC 2',
			'POC plan + proposal requested'
		],
		prose: [
			'AE deep-dive booked for {day}.',
			'Sent a calendar invite for {day} with the AE and an SE.',
			'A pilot SOW is drafted and with {them} for review.',
			'Pricing call with {their} CFO next week.',
			'{They} asked for a proposal and a POC plan.'
		],
		spoken: [
			'{day} works, send the invite.',
			"Let's get the pilot paperwork going.",
			"Can you set up time with our CFO next week? I'd like to get pricing sorted.",
			"Send the proposal over and let's book the technical session."
		],
		email: [
			"I've sent a calendar invite for {day} with our AE to go deeper on your use case.",
			'Attached is the draft pilot SOW; happy to walk through it on our call next week.',
			'Looking forward to the pricing session with your CFO next week.',
			"I'll have the proposal and POC plan over to you by {day}."
		]
	}
];
