import type { Draw } from './draw';
import { INDUSTRIES, type IndustryProfile } from './industries';
import { SEGMENTS, VOICE_PRODUCTS } from './voice-products';

const PREFIXES = [
	'Acme',
	'Apex',
	'Arbor',
	'Atlas',
	'Aurora',
	'Beacon',
	'Blue',
	'Bright',
	'Cascade',
	'Cedar',
	'Clear',
	'Cobalt',
	'Crest',
	'Delta',
	'Echo',
	'Ember',
	'Evergreen',
	'Falcon',
	'Fern',
	'Granite',
	'Harbor',
	'Helix',
	'Horizon',
	'Iris',
	'Juniper',
	'Keystone',
	'Lumen',
	'Maple',
	'Meridian',
	'Nimbus',
	'Nova',
	'Oak',
	'Onyx',
	'Orbit',
	'Pacific',
	'Peak',
	'Pine',
	'Pioneer',
	'Prism',
	'Quartz',
	'Radiant',
	'Redwood',
	'Ridge',
	'River',
	'Sage',
	'Sierra',
	'Silver',
	'Solstice',
	'Spruce',
	'Summit',
	'Terra',
	'Tide',
	'True',
	'Umber',
	'Vantage',
	'Vertex',
	'Vista',
	'Willow',
	'Zenith',
	'Zephyr'
];
const MIDDLES = [
	'',
	'',
	'',
	'Point',
	'Line',
	'Bridge',
	'Stone',
	'Field',
	'Gate',
	'Path',
	'Wave',
	'Leaf'
];

const COUNTRIES = [
	'US',
	'GB',
	'CA',
	'DE',
	'FR',
	'IN',
	'AU',
	'BR',
	'NL',
	'SG',
	'ES',
	'SE',
	'MX',
	'IE'
];
const COUNTRY_WEIGHTS = [46, 11, 7, 6, 4, 5, 4, 3, 3, 2, 2, 2, 3, 2];
const TLDS: Record<string, string[]> = {
	GB: ['.co.uk', '.com', '.io'],
	DE: ['.de', '.com', '.io'],
	FR: ['.fr', '.com'],
	NL: ['.nl', '.com'],
	AU: ['.com.au', '.com'],
	CA: ['.ca', '.com'],
	BR: ['.com.br', '.com'],
	IN: ['.in', '.com', '.io']
};

export interface Company {
	name: string;
	industry: IndustryProfile;
	employees: number;
	country: string;
	website: string;
	/** Funding / growth line used in the description, '' when none. */
	growth: string;
	growing: boolean;
	/** Its core product builds on or sells AI that processes or produces speech. */
	voiceProduct: boolean;
	/** What it does, a phrase starting with a third-person verb ("builds …"). */
	does: string;
}

const GROWTH = [
	'raised a $40M Series B last year',
	'closed a Series A in the spring',
	'grew revenue 3x over the last two years',
	'is hiring aggressively across sales and support',
	'passed $25M in ARR',
	'recently raised a $120M Series C'
];

export function drawCompany(d: Draw): Company {
	const industry = d.weighted(
		INDUSTRIES,
		INDUSTRIES.map((i) => i.weight)
	);
	const name = `${d.pick(PREFIXES)}${d.pick(MIDDLES)} ${d.pick(industry.suffixes)}`;
	// Heavy tail: log-normal around the industry median, σ = 1.3 (a few firms of 50k+).
	const employees = Math.max(
		3,
		Math.min(250_000, Math.round(industry.medianSize * Math.exp(d.normal(0, 1.3))))
	);
	const country = d.weighted(COUNTRIES, COUNTRY_WEIGHTS);
	const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
	const tld =
		industry.name === 'Conversational AI' && d.chance(0.5)
			? '.ai'
			: d.pick(TLDS[country] ?? ['.com', '.com', '.io', '.co']);
	const growing = d.chance(employees < 2000 ? 0.45 : 0.2);
	const voiceProduct = d.chance(industry.voiceProductShare);
	const does = voiceProduct
		? d.pick(VOICE_PRODUCTS[industry.name]!).replace('{segment}', d.pick(SEGMENTS))
		: d.pick(industry.does);
	return {
		name,
		industry,
		employees,
		country,
		website: `${d.chance(0.3) ? 'https://' : ''}${d.chance(0.5) ? 'www.' : ''}${slug}${tld}`,
		growth: growing ? d.pick(GROWTH) : '',
		growing,
		voiceProduct,
		does
	};
}

export function describe(d: Draw, c: Company): string {
	const parts = [
		d.pick([
			`${c.name} ${c.does}.`,
			`Founded in ${d.int(2008, 2023)}, ${c.name} ${c.does}.`,
			`${c.name} (${c.industry.name}) ${c.does}.`,
			`${c.does[0]!.toUpperCase()}${c.does.slice(1)}.`
		])
	];
	if (c.growth) parts.push(`The company ${c.growth}.`);
	const model = d.pick([
		'Sells mostly B2B to enterprise accounts.',
		'Self-serve platform with an API for developers.',
		'Two-sided marketplace.',
		'Serves consumers directly.',
		'B2B, mid-market focus.',
		''
	]);
	if (model) parts.push(model);
	if (d.chance(0.35))
		parts.push(
			d.pick([
				'Customers log in with SMS one-time passcodes.',
				'Handles payments and refunds in-app.',
				'Sends order and delivery notifications by text.',
				'Runs a 24/7 support line.'
			])
		);
	return parts.join(' ');
}
