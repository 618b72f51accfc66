import type { Phrasing } from './register';

/** Job titles of the most senior prospect on the call: junior only, a champion, a decision maker. */
export const TITLES: readonly (readonly string[])[] = [
	[
		'Support Associate',
		'Operations Coordinator',
		'Junior Developer',
		'Marketing Coordinator',
		'CX Specialist',
		'Business Analyst',
		'Ops Intern'
	],
	[
		'Support Manager',
		'Senior Engineer',
		'Operations Lead',
		'Product Manager',
		'CX Team Lead',
		'Engineering Manager'
	],
	[
		'CTO',
		'VP Engineering',
		'Head of CX',
		'COO',
		'CEO',
		'CFO',
		'VP Customer Operations',
		'Co-founder'
	]
];

/** What reps write about who decides; {name} is the prospect's first name. */
export const AUTHORITY: readonly Phrasing[] = [
	{
		terse: [
			'junior contact, no buying power',
			'{name} will need to loop in their manager',
			'not the DM',
			"gatekeeper, couldn't get to mgmt",
			'info gathering for their boss'
		],
		prose: [
			"{name} isn't the decision maker and will need to take it to management.",
			'Only a junior contact on the call; nobody with buying authority.',
			'{name} is gathering information for a manager who did not join.',
			'{name} has no say on vendors and could not tell us who does.'
		],
		spoken: [
			"I'd have to run this by my manager, I can't really decide anything.",
			"I'm just gathering info for my boss.",
			"Honestly it's not up to me, I'm pretty new here.",
			"Purchasing decisions are way above me, I'll pass it on."
		],
		email: [
			'Happy to set up time with your manager once you have had a chance to share this.',
			'Feel free to forward this to whoever owns vendor decisions on your side.'
		]
	},
	{
		terse: [
			'{name} = champion, needs VP sign-off',
			'{name} will push internally',
			'good champion, DM is their VP',
			'champion on board, exec sponsor tbd'
		],
		prose: [
			'{name} is keen and will champion it internally, but a VP signs.',
			'{name} is our champion and will take it to the leadership team.',
			"{name} can influence the decision but it isn't {name}'s call alone.",
			'Strong champion; the economic buyer was not on the call.'
		],
		spoken: [
			"I'll take this to my VP, I think they'll like it.",
			"I can push for it internally but it's not my call alone.",
			"I'd be the one recommending it, my director signs off."
		],
		email: [
			'Thanks for offering to take this to your VP; let me know what would help make the case.',
			'Happy to put together a one-pager you can share with your leadership team.'
		]
	},
	{
		terse: [
			'DM on the call',
			'{name} can sign',
			'economic buyer present',
			'final call is {name}s',
			'exec sponsor on call, owns budget'
		],
		prose: [
			'{name} owns the budget and makes the call.',
			'The decision maker was on the call.',
			'{name} has final say on vendors in this area.',
			'{name} signs off on this kind of purchase personally.'
		],
		spoken: [
			"It's my call, so if it works we go.",
			'I sign off on this kind of thing.',
			"I own the decision here, I don't need to ask anyone."
		],
		email: [
			'Great to hear you can make the call on your side, which keeps things simple.',
			'Since the decision sits with you, I have kept the proposal short and to the point.'
		]
	}
];
