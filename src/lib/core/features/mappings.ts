import { INDUSTRY_CLASSES, REGIONS } from './spec';

// Free-text industry → class, by keywords tried in order (first hit wins).
const INDUSTRY_KEYWORDS: [RegExp, (typeof INDUSTRY_CLASSES)[number]][] = [
	[
		/conversational|voice ai|speech|chatbot|\bai\b|artificial intelligence|machine learning/,
		'Conversational AI'
	],
	[/contact cent|call cent|bpo|outsourc|customer support|customer service/, 'Contact Center / BPO'],
	[/fintech|financ|bank|payment|lending|credit|crypto|wealth/, 'Fintech'],
	[/health|medic|clinic|hospital|pharma|care\b|dental|biotech/, 'Healthcare'],
	[/logistic|freight|shipping|delivery|transport|supply chain|trucking|courier/, 'Logistics'],
	[/retail|e-?commerce|shop|store|consumer goods|apparel|dtc/, 'Retail & E-commerce'],
	[/saas|software|cloud|b2b tech|platform|it services|technology/, 'SaaS'],
	[/telecom|telco|mobile network|carrier|isp|mvno|broadband/, 'Telecommunications'],
	[/insur/, 'Insurance'],
	[/real estate|property|realty|proptech/, 'Real Estate'],
	[/travel|hospitality|hotel|airline|tourism|restaurant/, 'Travel & Hospitality'],
	[/educat|edtech|school|learning|university|tutor/, 'Education'],
	[/marketing|advertis|agency|media|adtech/, 'Marketing & Advertising'],
	[/automotive|\bauto\b|car dealer|vehicle|mobility/, 'Automotive'],
	[/government|public sector|municipal|federal|\bcity\b|\bstate\b/, 'Government']
];

/** Index into INDUSTRY_CLASSES; 'Other' when nothing matches. */
export function industryClass(industry: string): number {
	const text = industry.toLowerCase();
	const exact = INDUSTRY_CLASSES.findIndex((c) => c.toLowerCase() === text);
	if (exact >= 0) return exact;
	for (const [re, cls] of INDUSTRY_KEYWORDS)
		if (re.test(text)) return INDUSTRY_CLASSES.indexOf(cls);
	return INDUSTRY_CLASSES.indexOf('Other');
}

const REGION_OF: Record<string, (typeof REGIONS)[number]> = {};
const assign = (region: (typeof REGIONS)[number], codes: string) =>
	codes.split(' ').forEach((c) => (REGION_OF[c] = region));
assign('North America', 'US USA CA CAN');
assign('Europe', 'GB UK DE FR NL ES IT SE NO DK FI IE PT PL BE AT CH CZ');
assign('Asia-Pacific', 'SG AU NZ IN JP KR CN HK TW PH ID MY TH VN');
assign('Latin America', 'BR MX AR CL CO PE');
const COUNTRY_NAMES: Record<string, string> = {
	'united states': 'US',
	america: 'US',
	canada: 'CA',
	'united kingdom': 'GB',
	england: 'GB',
	germany: 'DE',
	france: 'FR',
	netherlands: 'NL',
	spain: 'ES',
	sweden: 'SE',
	ireland: 'IE',
	india: 'IN',
	australia: 'AU',
	singapore: 'SG',
	japan: 'JP',
	brazil: 'BR',
	mexico: 'MX'
};

/** Index into REGIONS from an ISO code or a country name. */
export function regionOf(country: string): number {
	const text = country.trim();
	const code = COUNTRY_NAMES[text.toLowerCase()] ?? text.toUpperCase();
	return REGIONS.indexOf(REGION_OF[code] ?? 'Other');
}

export const VOICE_HEAVY = new Set([
	'Conversational AI',
	'Contact Center / BPO',
	'Telecommunications',
	'Insurance',
	'Travel & Hospitality'
]);
export const REGULATED = new Set(['Fintech', 'Healthcare', 'Insurance', 'Government']);

/** products_discussed entries → product flags. */
export function productOf(
	name: string
): 'voice_ai' | 'voice' | 'sms' | 'verify' | 'wireless' | undefined {
	const p = name.trim().toLowerCase();
	if (/voice ai|conversational|ai agent|voice agent/.test(p)) return 'voice_ai';
	if (/voice|calling|sip/.test(p)) return 'voice';
	if (/sms|mms|messag|text/.test(p)) return 'sms';
	if (/verify|otp|2fa|verification/.test(p)) return 'verify';
	if (/wireless|iot|sim/.test(p)) return 'wireless';
	return undefined;
}
