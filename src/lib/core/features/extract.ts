import type { Lead } from '../schema/lead';
import { industryClass, productOf, regionOf, REGULATED, VOICE_HEAVY } from './mappings';
import { addPhraseCounts, PHRASE_NAMES, phraseRecord, type PhraseCounts } from './phrases';
import { FEATURE_COUNT, FEATURE_INDEX, INDUSTRY_CLASSES } from './spec';
import { voiceAiSignals, voiceAiSignalsInLower } from './voice';

const I = FEATURE_INDEX;
const log10p = (n: number) => Math.log10(1 + n);
const flag = (b: boolean) => (b ? 1 : 0);

/**
 * One lead → its feature vector in spec order. Inputs that are missing give NaN (the trees
 * learn where missing values go); present-but-silent inputs give 0.
 */
export function extractFeatures(lead: Lead, out = new Float32Array(FEATURE_COUNT)): Float32Array {
	out.fill(NaN);
	// Each text is lower-cased and scanned once; the company part also reads the call's counts.
	const text = callText(lead)?.toLowerCase();
	const callCounts =
		text === undefined
			? undefined
			: phraseRecord(addPhraseCounts(text, new Int32Array(PHRASE_NAMES.length)));
	company(lead, callCounts, out);
	call(lead, text, callCounts, out);
	return out;
}

/** Row-major matrix of many leads' features. */
export function extractFeatureMatrix(leads: readonly Lead[]): {
	data: Float32Array;
	rows: number;
	cols: number;
} {
	const data = new Float32Array(leads.length * FEATURE_COUNT);
	leads.forEach((lead, r) =>
		extractFeatures(lead, data.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT))
	);
	return { data, rows: leads.length, cols: FEATURE_COUNT };
}

function company(lead: Lead, callCounts: PhraseCounts | undefined, out: Float32Array): void {
	const n = lead.employee_count;
	if (n !== undefined) {
		out[I.log_employees] = log10p(n);
		out[I.size_band] = n < 50 ? 0 : n < 200 ? 1 : n < 1000 ? 2 : n < 5000 ? 3 : n < 20000 ? 4 : 5;
	}
	if (lead.industry) {
		const cls = industryClass(lead.industry);
		out[I.industry_class] = cls;
		out[I.voice_heavy_industry] = flag(VOICE_HEAVY.has(INDUSTRY_CLASSES[cls]!));
		out[I.regulated_industry] = flag(REGULATED.has(INDUSTRY_CLASSES[cls]!));
	}
	if (lead.country) out[I.region] = regionOf(lead.country);
	out[I.has_website] = flag(Boolean(lead.website));
	const name = lead.company_name.toLowerCase();
	const domain = (lead.website ?? '').toLowerCase();
	out[I.ai_native] = flag(/\.ai(\/|$)/.test(domain) || /\b(ai|voice|labs)\b/.test(name));

	const description = lead.description;
	const descriptionCounts =
		description === undefined
			? undefined
			: addPhraseCounts(description.toLowerCase(), new Int32Array(PHRASE_NAMES.length));
	if (description !== undefined && descriptionCounts !== undefined) {
		const p = phraseRecord(descriptionCounts);
		out[I.funding_signal] = flag(p.funding > 0);
		out[I.growth_signals] = p.growth;
		out[I.company_voice_ai_signals] = voiceAiSignals(
			`${lead.company_name}. ${description}`
		).positive;
		out[I.b2b_enterprise] = flag(p.b2b > 0);
		out[I.platform_api] = flag(p.platform > 0);
		out[I.marketplace] = flag(p.marketplace > 0);
		out[I.consumer_facing] = flag(p.consumer > 0);
		out[I.description_length] = log10p(description.length);
	}
	// Stack and needs show in the description or come up on the call.
	if (descriptionCounts !== undefined || callCounts !== undefined) {
		const d = descriptionCounts ? phraseRecord(descriptionCounts) : undefined;
		const both = (family: keyof PhraseCounts) => (d?.[family] ?? 0) + (callCounts?.[family] ?? 0);
		out[I.tech_stack_mentions] = both('stack');
		out[I.needs_authentication] = flag(both('auth') > 0);
		out[I.needs_transactions] = flag(both('transactions') > 0);
		out[I.needs_communication] = flag(both('communication') > 0);
	}
}

function call(
	lead: Lead,
	text: string | undefined,
	p: PhraseCounts | undefined,
	out: Float32Array
): void {
	if (lead.sentiment !== undefined) out[I.sentiment_rating] = lead.sentiment;
	const segments = lead.call_transcript?.speech_segments;
	if (segments) {
		out[I.transcript_segments] = segments.length;
		out[I.talk_balance] = talkBalance(segments);
	}
	products(lead, p, out);
	if (text === undefined || p === undefined) return;

	const voice = voiceAiSignalsInLower(text);
	out[I.call_voice_ai_signals] = voice.positive;
	out[I.call_voice_ai_intent] = voice.intent;
	out[I.call_voice_ai_negated] = voice.negated;
	out[I.positive_signals] = p.positive;
	out[I.negative_signals] = p.negative;
	out[I.budget_stage] = p.budgetApproved ? 3 : p.budgetPlanned ? 2 : p.budgetNone ? 0 : 1;
	out[I.urgency] = p.timeNow ? 4 : p.timeSoon ? 3 : p.timeLater ? 2 : p.timeNone ? 0 : 1;
	out[I.technical_depth] = p.tech;
	out[I.competitor_mentions] = p.vendor;
	out[I.incumbent_lock_in] = flag(p.lockIn > 0);
	out[I.decision_maker_present] = flag(p.senior > 0);
	out[I.junior_only] = flag(p.junior > 0 && p.senior === 0);
	out[I.objections] = p.objection;
	out[I.next_steps_agreed] = flag(p.nextAgreed > 0);
	out[I.notes_length] = log10p(text.length);
	let questions = 0;
	for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) questions++;
	out[I.questions_asked] = questions;
}

/** Notes and transcript together; undefined when the call left neither. */
function callText(lead: Lead): string | undefined {
	const segments = lead.call_transcript?.speech_segments;
	const transcript = segments?.length ? segments.map((s) => s.text).join('\n') : undefined;
	if (lead.call_notes === undefined) return transcript;
	return transcript === undefined ? lead.call_notes : `${lead.call_notes}\n${transcript}`;
}

/** Product flags from products_discussed when given, else from what the call text mentions. */
function products(lead: Lead, p: PhraseCounts | undefined, out: Float32Array): void {
	let has: Record<'voice_ai' | 'voice' | 'sms' | 'verify' | 'wireless', boolean>;
	if (lead.products_discussed !== undefined) {
		has = { voice_ai: false, voice: false, sms: false, verify: false, wireless: false };
		for (const name of lead.products_discussed) {
			const product = productOf(name);
			if (product) has[product] = true;
		}
	} else if (p !== undefined)
		has = {
			voice_ai: p.productVoiceAi > 0,
			voice: p.productVoice > 0,
			sms: p.productSms > 0,
			verify: p.productVerify > 0,
			wireless: p.productWireless > 0
		};
	else return;
	out[I.product_voice_ai] = flag(has.voice_ai);
	out[I.product_voice] = flag(has.voice);
	out[I.product_sms] = flag(has.sms);
	out[I.product_verify] = flag(has.verify);
	out[I.product_wireless] = flag(has.wireless);
	out[I.products_count] = Object.values(has).filter(Boolean).length;
}

function talkBalance(segments: readonly { speaker?: string; text: string }[]): number {
	const words = new Map<string, number>();
	for (const s of segments) {
		const n = s.text.split(/\s+/).filter(Boolean).length;
		words.set(s.speaker ?? '', (words.get(s.speaker ?? '') ?? 0) + n);
	}
	const counts = [...words.values()];
	const max = Math.max(...counts);
	return counts.length < 2 || max === 0 ? 0 : Math.min(...counts) / max;
}
