import { FEATURE_SPEC, INDUSTRY_CLASSES } from '../features';

type Sentence = (value: number, positive: boolean) => string | undefined;

const employees = (v: number) => Math.round(10 ** v - 1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How a feature's contribution reads to a rep, by its value and the direction it pushed the
 * score. Features without an entry fall back to their spec description.
 */
const SENTENCES: Record<string, Sentence> = {
	log_employees: (v) => {
		const n = employees(v);
		return n >= 5000
			? 'Company has 5,000+ employees'
			: n >= 1000
				? 'Company has 1,000+ employees'
				: n < 50
					? `Small company (${n} employees)`
					: `Company has about ${n} employees`;
	},
	industry_class: (v, up) =>
		`${INDUSTRY_CLASSES[v] ?? 'Industry'} is ${up ? 'a strong' : 'a weak'} industry fit`,
	voice_heavy_industry: (v) =>
		v ? 'Phone-heavy industry' : 'Industry rarely runs on phone conversations',
	company_voice_ai_signals: (v) =>
		v > 0
			? 'Company’s own product processes or produces speech'
			: 'No Voice AI in the company profile',
	company_voice_ai_categories: (v) =>
		v > 1 ? `Company works across ${v} kinds of Voice AI` : undefined,
	company_voice_ai_weak: (v) =>
		v > 0 ? 'Company mentions conversational AI or AI agents, not voice as such' : undefined,
	company_voice_adjacent: (v) =>
		v > 0 ? 'Company is voice-adjacent (chatbots, telephony, answering services)' : undefined,
	call_voice_ai_signals: (v) =>
		v >= 2
			? 'Strong Voice AI signals from the prospect'
			: v === 1
				? 'Prospect mentioned a Voice AI need'
				: 'Prospect voiced no Voice AI need',
	call_voice_ai_intent: (v) =>
		[
			'Prospect declined Voice AI',
			'Voice AI only hypothetical or out of curiosity',
			'Prospect is exploring Voice AI',
			'Committed to a Voice AI project'
		][v],
	call_voice_ai_negated: (v) => (v > 0 ? 'Prospect said no to Voice AI' : undefined),
	call_voice_ai_pitched: (v) => (v > 0 ? 'Voice AI came up only in the rep’s pitch' : undefined),
	call_voice_ai_weak: (v) =>
		v > 0 ? 'Prospect talked about conversational AI or the IVR, not voice AI as such' : undefined,
	product_voice_ai: (v) => (v ? 'Voice AI was discussed' : 'Voice AI was not discussed'),
	budget_stage: (v) => ['No budget', 'Budget unclear', 'Budget is planned', 'Budget approved'][v],
	urgency: (v) =>
		[
			'No timeline — just exploring',
			'Timeline unclear',
			'Timeline is months away',
			'Timeline is this quarter or weeks away',
			'Prospect needs it now'
		][v],
	authority: (v) =>
		[
			'No decision maker involved',
			'A champion, not the decision maker',
			'Decision maker on the call'
		][v],
	incumbent: (v) =>
		[
			'No incumbent vendor',
			'Evaluating or unhappy with the current vendor',
			'Locked in with the current vendor'
		][v],
	positive_signals: (v) =>
		v > 0
			? `${plural(v, 'buying signal')} (proposal, pilot, security review…)`
			: 'No buying signals',
	negative_signals: (v) =>
		v > 0
			? `${plural(v, 'stall signal')} (no budget, just exploring, went dark…)`
			: 'No stall signals',
	next_step: (v) =>
		['No next step — or disqualified', 'Only a vague follow-up', 'Concrete next step agreed'][v],
	technical_depth: (v) =>
		v >= 3
			? 'Deep technical discussion'
			: v > 0
				? 'Some technical discussion'
				: 'No technical discussion',
	competitor_mentions: (v) => (v > 0 ? `Competitor mentioned (${v})` : undefined),
	objections: (v) => (v > 0 ? plural(v, 'objection') + ' raised' : 'No objections raised'),
	sentiment_rating: (v) => `Rep rated the call ${v}/5`,
	funding_signal: (v) => (v ? 'Recently funded' : undefined),
	growth_signals: (v) => (v > 0 ? 'Company is growing' : undefined),
	ai_native: (v) => (v ? 'AI-native company' : undefined),
	needs_authentication: (v) => (v ? 'Needs user verification (OTP, 2FA)' : undefined),
	needs_communication: (v) => (v ? 'Runs notifications or a support line' : undefined),
	text_progression: (_v, up) =>
		up
			? 'Worded like calls that progressed (learned from outcomes)'
			: 'Worded like calls that did not progress (learned from outcomes)'
};

/** Facts the call did not mention: "not mentioned" is its own state, not "no". */
const NOT_MENTIONED: Record<string, string> = {
	budget_stage: 'Budget not mentioned',
	urgency: 'Timeline not mentioned',
	authority: 'Decision maker not mentioned',
	incumbent: 'Current vendor not mentioned',
	next_step: 'Next step not mentioned',
	call_voice_ai_intent: 'Prospect did not raise Voice AI',
	text_progression: 'No notes or description to read'
};

/**
 * A sentence for a feature's contribution, marked ↑ when it raised the score and ↓ when it
 * lowered it: the same fact can push either way ("Voice AI interest mentioned" lowers a lead
 * whose notes show nothing else), and a reason must not read as praise when it cost points.
 * NaN values read as "not provided".
 */
export function reasonFor(feature: string, value: number, contribution: number): string {
	const positive = contribution > 0;
	const spec = FEATURE_SPEC.find((f) => f.name === feature);
	const sentence = Number.isNaN(value)
		? (NOT_MENTIONED[feature] ?? `${spec?.description ?? feature}: not provided`)
		: (SENTENCES[feature]?.(value, positive) ?? spec?.description ?? feature);
	return `${positive ? '↑' : '↓'} ${sentence}`;
}
