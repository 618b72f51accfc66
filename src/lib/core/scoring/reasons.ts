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
					: `Company has about ${n.toLocaleString('en-US')} employees`;
	},
	industry_class: (v, up) =>
		`${INDUSTRY_CLASSES[v] ?? 'Industry'} is ${up ? 'a strong' : 'a weak'} industry fit`,
	voice_heavy_industry: (v) =>
		v ? 'Phone-heavy industry' : 'Industry rarely runs on phone conversations',
	company_voice_ai_signals: (v) =>
		v > 0 ? 'Company builds on voice or conversational AI' : 'No Voice AI in the company profile',
	call_voice_ai_signals: (v) =>
		v >= 2
			? 'Strong Voice AI signals detected'
			: v === 1
				? 'Voice AI interest mentioned on the call'
				: 'No Voice AI interest on the call',
	call_voice_ai_intent: (v) =>
		['No Voice AI project', 'Exploring Voice AI', 'Committed to a Voice AI project'][v],
	call_voice_ai_negated: (v) => (v > 0 ? 'Prospect said Voice AI is not a priority' : undefined),
	product_voice_ai: (v) => (v ? 'Voice AI was discussed' : 'Voice AI was not discussed'),
	budget_stage: (v) =>
		['No budget', 'Budget not discussed', 'Budget is planned', 'Budget approved'][v],
	urgency: (v) =>
		[
			'No timeline — just exploring',
			'No timeline discussed',
			'Timeline is later this year',
			'Timeline is this quarter',
			'Prospect needs it ASAP'
		][v],
	decision_maker_present: (v) =>
		v ? 'Decision maker on the call' : 'No decision maker on the call',
	junior_only: (v) => (v ? 'Only junior attendees' : undefined),
	incumbent_lock_in: (v) =>
		v ? 'Locked in with the current vendor' : 'Not locked in with a vendor',
	positive_signals: (v) =>
		v > 0
			? `${plural(v, 'buying signal')} (proposal, pilot, security review…)`
			: 'No buying signals',
	negative_signals: (v) =>
		v > 0
			? `${plural(v, 'stall signal')} (no budget, just exploring, went dark…)`
			: 'No stall signals',
	next_steps_agreed: (v) => (v ? 'Concrete next step agreed' : 'No next step agreed'),
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
	needs_communication: (v) => (v ? 'Runs notifications or a support line' : undefined)
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
		? `${spec?.description ?? feature}: not provided`
		: (SENTENCES[feature]?.(value, positive) ?? spec?.description ?? feature);
	return `${positive ? '↑' : '↓'} ${sentence}`;
}
