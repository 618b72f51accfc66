import type { Lead } from '../schema/lead';
import { callText } from './call-text';
import {
	FAMILY,
	readCall,
	readCompany,
	type CallReading,
	type CompanyReading
} from './language/reader';
import { industryClass, productOf, regionOf, REGULATED, VOICE_HEAVY } from './mappings';
import { FEATURE_COUNT, FEATURE_INDEX, INDUSTRY_CLASSES } from './spec';

const I = FEATURE_INDEX;
const log10p = (n: number) => Math.log10(1 + n);
const flag = (b: boolean) => (b ? 1 : 0);

/**
 * One lead → its feature vector in spec order. Inputs that are missing give NaN (the trees
 * learn where missing values go), and so do facts the call never mentioned (budget, timeline,
 * next step…): "not mentioned" is not "no". Present-but-silent counts give 0.
 */
export function extractFeatures(
	lead: Lead,
	out: Float32Array = new Float32Array(FEATURE_COUNT)
): Float32Array {
	out.fill(NaN);
	const text = callText(lead);
	const reading =
		text === undefined ? undefined : readCall(text.lower, lead.call_date, text.transcriptFrom);
	company(lead, reading, out);
	call(lead, text?.lower, reading, out);
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

function company(lead: Lead, callReading: CallReading | undefined, out: Float32Array): void {
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

	// What the company says it does: its name, industry and description, read together.
	const { description, industry } = lead;
	let d: CompanyReading | undefined;
	if (description !== undefined || industry !== undefined) {
		d = readCompany(
			[lead.company_name, industry, description].filter(Boolean).join('.\n').toLowerCase()
		);
		out[I.company_voice_ai_signals] = d.voiceAi + (callReading?.voiceAiProduct ?? 0);
		out[I.company_voice_ai_categories] = d.voiceCategories;
		out[I.company_voice_ai_weak] = d.voiceWeak;
		out[I.company_voice_adjacent] = d.adjacent;
	} else if (callReading?.voiceAiProduct)
		out[I.company_voice_ai_signals] = callReading.voiceAiProduct;
	if (description !== undefined && d !== undefined) {
		out[I.funding_signal] = flag(affirmed(d, 'funding') > 0);
		out[I.growth_signals] = affirmed(d, 'growth');
		out[I.b2b_enterprise] = flag(affirmed(d, 'b2b') > 0);
		out[I.platform_api] = flag(affirmed(d, 'platform') > 0);
		out[I.marketplace] = flag(affirmed(d, 'marketplace') > 0);
		out[I.consumer_facing] = flag(affirmed(d, 'consumer') > 0);
		out[I.description_length] = log10p(description.length);
	}
	// Stack and needs show in the company text or come up on the call.
	if (d !== undefined || callReading !== undefined) {
		out[I.tech_stack_mentions] = affirmed(d, 'vendor') + affirmed(callReading, 'vendor');
		out[I.needs_authentication] = flag(affirmed(d, 'auth') + affirmed(callReading, 'auth') > 0);
		out[I.needs_transactions] = flag(
			affirmed(d, 'transactions') + affirmed(callReading, 'transactions') > 0
		);
		out[I.needs_communication] = flag(
			affirmed(d, 'communication') + affirmed(callReading, 'communication') > 0
		);
	}
}

function call(
	lead: Lead,
	text: string | undefined,
	r: CallReading | undefined,
	out: Float32Array
): void {
	if (lead.sentiment !== undefined) out[I.sentiment_rating] = lead.sentiment;
	const segments = lead.call_transcript?.speech_segments;
	if (segments) {
		out[I.transcript_segments] = segments.length;
		out[I.talk_balance] = talkBalance(segments);
	}
	products(lead, r, out);
	if (text === undefined || r === undefined) return;

	out[I.call_voice_ai_signals] = r.voiceAi;
	out[I.call_voice_ai_intent] = r.voiceIntent;
	out[I.call_voice_ai_negated] = r.voiceAiDenied;
	out[I.call_voice_ai_pitched] = r.voiceAiPitched;
	out[I.call_voice_ai_weak] = r.voiceWeak;
	out[I.positive_signals] = r.positive;
	out[I.negative_signals] = r.negative;
	out[I.budget_stage] = r.budget;
	out[I.urgency] = r.timeline;
	out[I.technical_depth] = r.technical;
	out[I.competitor_mentions] = r.vendors;
	out[I.incumbent] = r.incumbent;
	out[I.authority] = r.authority;
	out[I.objections] = r.objections;
	out[I.next_step] = r.nextStep;
	out[I.notes_length] = log10p(text.length);
	out[I.questions_asked] = r.questions;
}

/** Product flags from products_discussed when given, else from what the call text mentions. */
function products(lead: Lead, r: CallReading | undefined, out: Float32Array): void {
	let has: Record<'voice_ai' | 'voice' | 'sms' | 'verify' | 'wireless', boolean>;
	if (lead.products_discussed !== undefined) {
		has = { voice_ai: false, voice: false, sms: false, verify: false, wireless: false };
		for (const name of lead.products_discussed) {
			const product = productOf(name);
			if (product) has[product] = true;
		}
	} else if (r !== undefined) {
		has = {
			voice_ai: said(r, 'productVoiceAi') || r.voiceAi + r.voiceAiDenied + r.voiceAiPitched > 0,
			voice: said(r, 'productVoice'),
			sms: said(r, 'productSms'),
			verify: said(r, 'productVerify'),
			wireless: said(r, 'productWireless')
		};
	} else return;
	out[I.product_voice_ai] = flag(has.voice_ai);
	out[I.product_voice] = flag(has.voice);
	out[I.product_sms] = flag(has.sms);
	out[I.product_verify] = flag(has.verify);
	out[I.product_wireless] = flag(has.wireless);
	out[I.products_count] = Object.values(has).filter(Boolean).length;
}

// Module-level helpers, not closures made in each call: tsx and wrangler build with esbuild's
// keepNames, which names every closure as it is made (~220 ns each).

/** A family's affirmed mentions in a reading (0 without one). */
const affirmed = (r: { affirmed: number[] } | undefined, family: string) =>
	r?.affirmed[FAMILY[family]!] ?? 0;

/** Whether the call mentioned a family at all. */
const said = (r: CallReading, family: string) => r.mentioned[FAMILY[family]!]! > 0;

function talkBalance(segments: readonly { speaker?: string; text: string }[]): number {
	const words = new Map<string, number>();
	for (const s of segments) {
		const n = s.text.split(/\s+/).filter(Boolean).length;
		words.set(s.speaker ?? '', (words.get(s.speaker ?? '') ?? 0) + n);
	}
	// A loop, not Math.max(...counts): a transcript may have more speakers than the stack has room.
	let max = 0;
	let min = Infinity;
	for (const n of words.values()) [max, min] = [Math.max(max, n), Math.min(min, n)];
	return words.size < 2 || max === 0 ? 0 : min / max;
}
