import type { Phrasing } from './register';

/** Budget: none, unclear, planned, approved. */
export const BUDGET: readonly Phrasing[] = [
	{
		terse: [
			'no budget this yr',
			'budget frozen till next raise',
			'$0 set aside for comms tooling',
			'no budget yet',
			'spend freeze, no $ for new vendors',
			'not ready to buy this quarter, no budget'
		],
		prose: [
			"There's no budget for this year.",
			'Budget is frozen until {their} next funding round.',
			'{They} have nothing set aside for communications tooling.',
			"Finance cut discretionary spend, so there's no budget for a new vendor.",
			"{They} are not ready to buy this quarter; there's simply no budget."
		],
		spoken: [
			"Full transparency, there's no budget for this right now.",
			"We're in a spend freeze until the next raise.",
			"I'd love to, but I don't have a budget line for it.",
			'Finance just cut everything discretionary, so money is a problem.'
		]
	},
	{
		terse: [
			'budget unclear, finance owns it',
			"didn't get to $",
			'budget tbd',
			'pricing not discussed',
			'unsure if they have budget'
		],
		prose: [
			'Budget is unclear; finance owns that decision.',
			"We didn't get to pricing.",
			'Not sure yet where the budget would come from.',
			"{They} couldn't say whether there's budget for this.",
			"Budget didn't really come up beyond a general question on pricing."
		],
		spoken: [
			"Budget... I honestly don't know, that's a finance question.",
			"I'd have to check what we have, I'm not sure.",
			"We haven't really talked about cost internally.",
			"I don't know what we'd have to spend on it, to be honest."
		]
	},
	{
		terse: [
			'budget planned, line item in annual plan',
			'$ being drafted, pricing looked ok',
			'budget earmarked if legal signs off',
			'budget in plan, needs final sign-off',
			'rough $ set aside, not approved yet'
		],
		prose: [
			"Budget is planned: there's a line item for this in the annual plan.",
			'Pricing looked acceptable and {they} are drafting the budget.',
			'{They} have money earmarked, pending legal sign-off.',
			'Budget should be there once the plan is approved next month.',
			"{They}'ve set aside a rough amount in the plan, not signed off yet."
		],
		spoken: [
			'We have it in the plan for this year, it just needs final sign-off.',
			"There's a line item for it, assuming legal's fine.",
			"Budget-wise we've earmarked something, your pricing seems in range.",
			"It's budgeted, roughly, I just need to get it through the planning review."
		]
	},
	{
		terse: [
			'budget approved',
			'budget signed off, asked for proposal',
			'$ approved, procurement waiting on our paperwork',
			'PO ready once order form signed',
			'approved spend ~$80k/yr'
		],
		prose: [
			'Budget is approved for this project.',
			'{They} have signed-off budget and asked for a proposal.',
			'Budget is approved; procurement is waiting on our paperwork.',
			'The spend is already approved, and {they} can issue a PO once the order form is signed.',
			'Money is not the issue: the budget was approved last month.'
		],
		spoken: [
			"Budget's approved, that's not the issue.",
			"We've got sign-off on the spend, procurement is just waiting on paperwork.",
			'The money is there, our CFO approved it last month.',
			'We have approved budget, so we can move once we pick a vendor.'
		]
	}
];
