import type { Phrasing } from './register';

/** Vendors a prospect may already use; {vendor} in the phrases below is one of these. */
export const VENDORS = [
	'Twilio',
	'Vonage',
	'Bandwidth',
	'Genesys',
	'Five9',
	'Amazon Connect',
	'Sinch',
	'Plivo',
	'Talkdesk',
	'NICE CXone',
	'Telnyx',
	'MessageBird'
];

/** Incumbent vendor: none, evaluating alternatives, locked in. */
export const INCUMBENT: readonly Phrasing[] = [
	{
		terse: [
			'no current provider',
			'greenfield',
			'homegrown today, want off it',
			'nothing in place yet',
			'all manual rn'
		],
		prose: [
			'{They} have no current provider and would build on us from scratch.',
			'Everything is in-house today and {they} want to stop maintaining it.',
			"It's greenfield: nothing in place yet.",
			'{They} do all of this by hand today.'
		],
		spoken: [
			"We don't have anything today, it's all manual.",
			'We built something ourselves years ago and nobody wants to maintain it.',
			"There's no vendor, it'd be a new thing for us."
		]
	},
	{
		terse: [
			'on {vendor}, evaluating alts (reliability)',
			'comparing us vs {vendor} on price',
			'unhappy w/ {vendor} support',
			'{vendor} renewal coming up, shopping around',
			'bake-off vs {vendor} planned'
		],
		prose: [
			'Currently on {vendor} and evaluating alternatives because of reliability issues.',
			'{They} are comparing us with {vendor} on price and coverage.',
			"{They} are unhappy with {vendor}'s support response times.",
			'{Their} {vendor} renewal is coming up, so {they} are shopping around.'
		],
		spoken: [
			"We're on {vendor} today and, honestly, we're looking around.",
			"We're comparing you with {vendor}, mostly on price.",
			'{vendor} support has been pretty bad lately, so we want options.',
			'Our {vendor} contract is up for renewal, so good timing.'
		]
	},
	{
		terse: [
			'locked into {vendor} til 2027',
			'just renewed w/ {vendor}, 3 yrs',
			'happy w/ {vendor}, switching cost high',
			'{vendor} contract, no exit clause',
			'all-in on {vendor}'
		],
		prose: [
			'Locked into a contract with {vendor} until 2027.',
			'{They} are happy with {vendor} and switching costs are high.',
			'{They} just renewed with {vendor} for three years.',
			'Everything runs on {vendor} and {they} have no plans to move.'
		],
		spoken: [
			'We just signed a three-year deal with {vendor}, so...',
			"We're pretty happy with {vendor}, to be honest.",
			"Switching off {vendor} would be a big project, I don't see it."
		]
	}
];
