/** One feature of the model input: what the UI, the docs and the importance views show. */
export interface FeatureSpec {
	name: string;
	/** What people read in the app, the extension and the dashboard (the name on hover). */
	label: string;
	/** text: the margin of the artifact's own text model, filled by the Scorer (missing without a model). */
	group: 'company' | 'call' | 'text';
	type: 'numeric' | 'binary' | 'count' | 'ordinal' | 'categorical';
	description: string;
	/** Categorical: code i means categories[i]. */
	categories?: readonly string[];
}

export const INDUSTRY_CLASSES = [
	'Conversational AI',
	'Contact Center / BPO',
	'Fintech',
	'Healthcare',
	'Logistics',
	'Retail & E-commerce',
	'SaaS',
	'Telecommunications',
	'Insurance',
	'Real Estate',
	'Travel & Hospitality',
	'Education',
	'Marketing & Advertising',
	'Automotive',
	'Government',
	'Other'
] as const;

export const REGIONS = [
	'North America',
	'Europe',
	'Asia-Pacific',
	'Latin America',
	'Other'
] as const;

/**
 * Bumped whenever extraction changes what a feature's value means for the same text (phrase
 * banks, mappings): it is part of the feature-spec hash, so a model trained on the old meaning
 * is refused instead of silently scoring the new one.
 */
export const FEATURE_EXTRACTION_VERSION = 44;

export const FEATURE_SPEC = [
	// Company intelligence
	{
		name: 'log_employees',
		label: 'Company size',
		group: 'company',
		type: 'numeric',
		description: 'Company size: log10(1 + employees)'
	},
	{
		name: 'size_band',
		label: 'Size band',
		group: 'company',
		type: 'ordinal',
		description: 'Size band: 0 <50, 1 <200, 2 <1k, 3 <5k, 4 <20k, 5 20k+ employees'
	},
	{
		name: 'industry_class',
		label: 'Industry',
		group: 'company',
		type: 'categorical',
		description: 'Industry, mapped from free text to a fixed class list',
		categories: INDUSTRY_CLASSES
	},
	{
		name: 'voice_heavy_industry',
		label: 'Phone-heavy industry',
		group: 'company',
		type: 'binary',
		description:
			'Industry runs on phone conversations (Conversational AI, contact centers, telecom, insurance, travel)'
	},
	{
		name: 'regulated_industry',
		label: 'Regulated industry',
		group: 'company',
		type: 'binary',
		description: 'Regulated industry (fintech, healthcare, insurance, government)'
	},
	{
		name: 'funding_signal',
		label: 'Recent funding',
		group: 'company',
		type: 'binary',
		description: 'Description mentions a funding round (Series A/B/C, raised $…)'
	},
	{
		name: 'growth_signals',
		label: 'Growth signals',
		group: 'company',
		type: 'count',
		description: 'Growth indicators in the description (growing, hiring, ARR, revenue growth)'
	},
	{
		name: 'company_voice_ai_signals',
		label: 'Voice AI in company text',
		group: 'company',
		type: 'count',
		description:
			'Voice AI phrases in the company’s name, industry and description (voice agents, AI receptionists, call analytics, speech-to-text, text-to-speech, speech translation, voice assistants, voice tutors, voice-agent infrastructure), denied ones excluded'
	},
	{
		name: 'company_voice_ai_categories',
		label: 'Voice AI categories (company)',
		group: 'company',
		type: 'count',
		description: 'Distinct Voice AI categories the company text names (agents, STT, TTS, …)'
	},
	{
		name: 'company_voice_ai_weak',
		label: 'Voice AI hints (company)',
		group: 'company',
		type: 'count',
		description:
			'Words near Voice AI that do not settle it in the company text: conversational AI, IVR modernisation, virtual agents, AI agents'
	},
	{
		name: 'company_voice_adjacent',
		label: 'Voice-adjacent only (company)',
		group: 'company',
		type: 'count',
		description:
			'Voice-adjacent but not Voice AI in the company text: text chatbots, VoIP and telephony, SMS, human answering services'
	},
	{
		name: 'ai_native',
		label: 'AI-native company',
		group: 'company',
		type: 'binary',
		description: 'AI-native company: .ai domain, or AI/Voice/Labs in the name'
	},
	{
		name: 'tech_stack_mentions',
		label: 'Comms/CRM platforms named',
		group: 'company',
		type: 'count',
		description: 'Communications and CRM platforms named (Twilio, Genesys, Salesforce, Zendesk…)'
	},
	{
		name: 'b2b_enterprise',
		label: 'Sells B2B / enterprise',
		group: 'company',
		type: 'binary',
		description: 'Business model sells B2B or to enterprise accounts'
	},
	{
		name: 'platform_api',
		label: 'Platform or API business',
		group: 'company',
		type: 'binary',
		description: 'Business model is a platform or API for developers'
	},
	{
		name: 'marketplace',
		label: 'Marketplace',
		group: 'company',
		type: 'binary',
		description: 'Business model is a marketplace'
	},
	{
		name: 'consumer_facing',
		label: 'Sells to consumers',
		group: 'company',
		type: 'binary',
		description: 'Sells to consumers directly (DTC, consumer app)'
	},
	{
		name: 'needs_authentication',
		label: 'Needs user verification',
		group: 'company',
		type: 'binary',
		description: 'Needs user verification: OTP, 2FA, login codes, fraud or account takeover'
	},
	{
		name: 'needs_transactions',
		label: 'Handles payments',
		group: 'company',
		type: 'binary',
		description: 'Handles payments, orders, refunds or collections'
	},
	{
		name: 'needs_communication',
		label: 'Runs notifications / support',
		group: 'company',
		type: 'binary',
		description: 'Runs notifications, reminders or a support line'
	},
	{
		name: 'region',
		label: 'Region',
		group: 'company',
		type: 'categorical',
		description: 'Region of the company’s country',
		categories: REGIONS
	},
	{
		name: 'has_website',
		label: 'Website on record',
		group: 'company',
		type: 'binary',
		description: 'A website is on record'
	},
	{
		name: 'description_length',
		label: 'Description length',
		group: 'company',
		type: 'numeric',
		description: 'Length of the company description: log10(1 + characters)'
	},
	// Call context
	{
		name: 'product_voice_ai',
		label: 'Discussed: Voice AI',
		group: 'call',
		type: 'binary',
		description: 'Voice AI was discussed (by either side)'
	},
	{
		name: 'product_voice',
		label: 'Discussed: Programmable Voice',
		group: 'call',
		type: 'binary',
		description: 'Programmable Voice was discussed'
	},
	{
		name: 'product_sms',
		label: 'Discussed: SMS',
		group: 'call',
		type: 'binary',
		description: 'SMS was discussed'
	},
	{
		name: 'product_verify',
		label: 'Discussed: Verify',
		group: 'call',
		type: 'binary',
		description: 'Verify (OTP / 2FA) was discussed'
	},
	{
		name: 'product_wireless',
		label: 'Discussed: Wireless',
		group: 'call',
		type: 'binary',
		description: 'Wireless / IoT connectivity was discussed'
	},
	{
		name: 'products_count',
		label: 'Products discussed',
		group: 'call',
		type: 'count',
		description: 'Number of products discussed'
	},
	{
		name: 'call_voice_ai_signals',
		label: 'Prospect’s Voice AI mentions',
		group: 'call',
		type: 'count',
		description:
			'The prospect’s own Voice AI mentions on the call, stated as fact (rep pitches, denied and hypothetical ones excluded)'
	},
	{
		name: 'call_voice_ai_intent',
		label: 'Voice AI intent',
		group: 'call',
		type: 'ordinal',
		description:
			'Voice AI on the call: 0 declined, 1 curious or hypothetical, 2 exploring, 3 committed (replace, build, go live…); missing when the prospect never raised it'
	},
	{
		name: 'call_voice_ai_negated',
		label: 'Voice AI declined',
		group: 'call',
		type: 'count',
		description: 'Voice AI mentions the prospect denied (“not looking at voice agents”)'
	},
	{
		name: 'call_voice_ai_pitched',
		label: 'Voice AI pitched by rep',
		group: 'call',
		type: 'count',
		description: 'Voice AI mentions that were the rep’s alone (pitches, unanswered questions)'
	},
	{
		name: 'call_voice_ai_weak',
		label: 'Voice AI hints (call)',
		group: 'call',
		type: 'count',
		description:
			'Words near Voice AI on the call that do not settle it (conversational AI, replacing the IVR, virtual agents)'
	},
	{
		name: 'positive_signals',
		label: 'Progression signals',
		group: 'call',
		type: 'count',
		description:
			'Progression signals: proposal, POC/pilot, budget approved, security review, meeting booked'
	},
	{
		name: 'negative_signals',
		label: 'Stall signals',
		group: 'call',
		type: 'count',
		description:
			'Stall signals: no budget, just exploring, not a priority, went dark, happy with current vendor'
	},
	{
		name: 'budget_stage',
		label: 'Budget',
		group: 'call',
		type: 'ordinal',
		description: 'Budget: 0 none, 1 unclear, 2 planned, 3 approved; missing when not mentioned'
	},
	{
		name: 'urgency',
		label: 'Timeline',
		group: 'call',
		type: 'ordinal',
		description:
			'Timeline: 0 none (just exploring), 1 unclear, 2 later (next half, next year), 3 soon (this quarter, weeks), 4 now; missing when not mentioned'
	},
	{
		name: 'technical_depth',
		label: 'Technical depth',
		group: 'call',
		type: 'count',
		description:
			'Technical depth: integration terms (API, SDK, webhooks, CRM) count 1, engineering terms (latency, failover, SIP, architecture, data residency) count 2'
	},
	{
		name: 'competitor_mentions',
		label: 'Competitors named',
		group: 'call',
		type: 'count',
		description: 'Competing vendors named in the call'
	},
	{
		name: 'incumbent',
		label: 'Current vendor',
		group: 'call',
		type: 'ordinal',
		description:
			'Current vendor: 0 none, 1 evaluating or unhappy, 2 locked in or happy with it; missing when not mentioned'
	},
	{
		name: 'authority',
		label: 'Decision maker on call',
		group: 'call',
		type: 'ordinal',
		description:
			'Who was on the call: 0 junior only or no decision maker, 1 a champion, 2 a decision maker (C-level, VP, head of, founder); missing when not mentioned'
	},
	{
		name: 'objections',
		label: 'Objections',
		group: 'call',
		type: 'count',
		description: 'Objections raised (price, migration, legal, security questionnaire)'
	},
	{
		name: 'next_step',
		label: 'Next step',
		group: 'call',
		type: 'ordinal',
		description:
			'Next step: 0 none or disqualified, 1 a vague follow-up (send info, check back), 2 concrete (meeting booked, pilot, proposal); missing when not mentioned'
	},
	{
		name: 'sentiment_rating',
		label: 'Rep’s call rating',
		group: 'call',
		type: 'numeric',
		description: 'Rep’s rating of the call, 1–5'
	},
	{
		name: 'notes_length',
		label: 'Notes length',
		group: 'call',
		type: 'numeric',
		description: 'Length of notes and transcript: log10(1 + characters)'
	},
	{
		name: 'questions_asked',
		label: 'Prospect questions',
		group: 'call',
		type: 'count',
		description: 'Questions the prospect asked (question marks outside the rep’s transcript lines)'
	},
	{
		name: 'transcript_segments',
		label: 'Transcript utterances',
		group: 'call',
		type: 'count',
		description: 'Utterances in the transcript'
	},
	{
		name: 'talk_balance',
		label: 'Talk balance',
		group: 'call',
		type: 'numeric',
		description: 'Words of the quietest speaker ÷ words of the most talkative (1 = balanced)'
	},
	// Learned from outcomes: the text model's score (src/lib/core/text), stacked out-of-fold
	{
		name: 'text_progression',
		label: 'Wording (learned): progression',
		group: 'text',
		type: 'numeric',
		description:
			'Log-odds of progressing from the words and word pairs of the notes, transcript and description, by the text model trained on past outcomes'
	}
] as const satisfies readonly FeatureSpec[];

/** A feature name of the spec. */
export type FeatureName = (typeof FEATURE_SPEC)[number]['name'];

export const FEATURE_NAMES: readonly FeatureName[] = FEATURE_SPEC.map((f) => f.name);
export const FEATURE_COUNT = FEATURE_SPEC.length;
/** Column index of each feature by name. */
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Readonly<
	Record<FeatureName, number>
>;

/** What people read for a feature, and the name and description to show on hover. */
export function featureLabel(name: string): { label: string; title: string } {
	const spec = FEATURE_SPEC[FEATURE_INDEX[name as FeatureName]] as FeatureSpec | undefined;
	return spec
		? { label: spec.label, title: `${spec.name} — ${spec.description}` }
		: { label: name, title: name };
}
