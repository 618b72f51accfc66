import type { Phrasing } from './register';

/**
 * Timeline: none, next half, this quarter, ASAP. {q} is the call's quarter, {q2} the one two
 * after it and {month} a month about half a year out, so relative dates stay true to the call.
 */
export const TIMELINE: readonly Phrasing[] = [
	{
		terse: [
			'no timeline, just exploring',
			'no deadline, researching the mkt',
			'timing open-ended',
			'maybe next yr, no date',
			'no urgency at all'
		],
		prose: [
			'No timeline: {they} are just exploring options.',
			"There's no deadline; {they} are researching the market.",
			'Timing is open-ended, maybe next year.',
			"{They} are in no rush and wouldn't commit to a date."
		],
		spoken: [
			"No timeline really, we're just seeing what's out there.",
			"There's no date on this. Maybe next year, maybe never.",
			"We're not in any rush.",
			"I couldn't give you a date, we're early."
		]
	},
	{
		terse: [
			'timing {q2}',
			'revisit after their board mtg',
			'f/u in {month}',
			'next FY',
			'H2 target',
			'after peak season'
		],
		prose: [
			'The target is sometime in the second half of the year.',
			"{They}'d revisit after {their} board meeting.",
			'Follow up in {month}; nothing will move before then.',
			'Realistically this is a next-FY project.',
			'{They} want to look again after peak season.'
		],
		spoken: [
			"Realistically it's a {q2} thing for us.",
			"We'd look at this after the board meeting.",
			'Can you ping me in {month}?',
			'Probably next fiscal year.',
			'Once peak season is over we can talk properly.'
		]
	},
	{
		terse: [
			'want live EOQ',
			'target this qtr',
			'go-live next month',
			'live within 8 wks',
			'decision by end of {q}',
			'needs to be up before peak season, ~6 wks'
		],
		prose: [
			'{They} want to be live by the end of the quarter.',
			'Go-live is planned for next month.',
			'The goal is to be up and running within eight weeks, ahead of peak season.',
			'{They} need a decision by the end of {q}.'
		],
		spoken: [
			'We want this live by end of quarter.',
			"Ideally we're up and running in the next six, eight weeks.",
			'We need to be ready before peak season, so this quarter.',
			"We'll decide before {q} is out."
		]
	},
	{
		terse: [
			'ASAP',
			'urgent: launch fixed for the 15th',
			'want to start pilot immediately',
			'needed it yesterday',
			'hard deadline end of month'
		],
		prose: [
			'{They} need it ASAP; the launch date is fixed.',
			'Urgent: the launch date is fixed for the 15th.',
			'{They} want to start a pilot immediately.',
			"There's a hard deadline at the end of the month."
		],
		spoken: [
			'Honestly we needed this yesterday.',
			"There's a regulator deadline at the end of the month, so it's urgent.",
			"Could we start next week? We're up against a hard date.",
			'We have to move right away on this.'
		]
	}
];
