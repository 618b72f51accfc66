import type { Draw } from './draw';

/** An industry as the generator sees it: how common, how big, how voice-heavy. */
export interface IndustryProfile {
	name: string;
	/** Share of leads. */
	weight: number;
	/** Median employee count. */
	medianSize: number;
	/** How likely its companies want Voice AI (log-odds shift). */
	voiceAffinity: number;
	/** Rows of the description: what the company does. */
	does: readonly string[];
	/** Name endings that suit the industry. */
	suffixes: readonly string[];
}

export const INDUSTRIES: readonly IndustryProfile[] = [
	{
		name: 'Conversational AI',
		weight: 7,
		medianSize: 80,
		voiceAffinity: 2.2,
		does: [
			'builds AI agents that answer and place phone calls for mid-market brands',
			'offers a conversational AI platform for customer service teams',
			'develops voice assistants and chatbots on top of large language models',
			'sells an API for real-time speech recognition and text-to-speech'
		],
		suffixes: ['AI', 'Labs', 'Voice', 'Intelligence']
	},
	{
		name: 'Contact Center / BPO',
		weight: 9,
		medianSize: 900,
		voiceAffinity: 1.6,
		does: [
			'runs outsourced customer support for telecom and retail clients',
			'operates multilingual contact centers across three continents',
			'provides inbound and outbound call handling for healthcare providers',
			'offers a cloud contact center suite with IVR and workforce management'
		],
		suffixes: ['Connect', 'Contact', 'Support', 'Solutions']
	},
	{
		name: 'Fintech',
		weight: 10,
		medianSize: 220,
		voiceAffinity: 0.2,
		does: [
			'offers a payments API for online marketplaces',
			'runs a digital bank with two million customers',
			'builds lending software for credit unions',
			'provides fraud detection and identity verification for card issuers'
		],
		suffixes: ['Pay', 'Capital', 'Finance', 'Bank']
	},
	{
		name: 'Healthcare',
		weight: 9,
		medianSize: 400,
		voiceAffinity: 0.6,
		does: [
			'runs a network of outpatient clinics and a patient scheduling line',
			'builds telehealth software for independent practices',
			'provides home-care services coordinated by phone',
			'sells a patient engagement platform with appointment reminders'
		],
		suffixes: ['Health', 'Care', 'Medical', 'Clinics']
	},
	{
		name: 'Logistics',
		weight: 8,
		medianSize: 600,
		voiceAffinity: 0.1,
		does: [
			'operates last-mile delivery in twelve metro areas',
			'builds freight brokerage software for carriers and shippers',
			'runs a fleet of refrigerated trucks for grocery chains',
			'provides shipment tracking and driver dispatch tools'
		],
		suffixes: ['Logistics', 'Freight', 'Fleet', 'Express']
	},
	{
		name: 'Retail & E-commerce',
		weight: 10,
		medianSize: 300,
		voiceAffinity: -0.2,
		does: [
			'sells home goods online and through forty stores',
			'runs a direct-to-consumer apparel brand',
			'operates an online marketplace for refurbished electronics',
			'builds e-commerce storefronts for specialty food brands'
		],
		suffixes: ['Goods', 'Market', 'Shop', 'Store']
	},
	{
		name: 'SaaS',
		weight: 14,
		medianSize: 150,
		voiceAffinity: 0,
		does: [
			'sells project management software to agencies',
			'builds a CRM for real estate teams',
			'offers HR and payroll software for small businesses',
			'provides a customer feedback platform for product teams'
		],
		suffixes: ['Cloud', 'Software', 'HQ', 'io']
	},
	{
		name: 'Telecommunications',
		weight: 5,
		medianSize: 2500,
		voiceAffinity: 0.9,
		does: [
			'operates a regional mobile network and MVNO',
			'resells SIP trunking and business phone lines',
			'provides IoT connectivity with global SIMs',
			'runs fiber broadband in rural markets'
		],
		suffixes: ['Telecom', 'Mobile', 'Networks', 'Wireless']
	},
	{
		name: 'Insurance',
		weight: 6,
		medianSize: 1200,
		voiceAffinity: 0.7,
		does: [
			'sells auto and home insurance through a call center',
			'builds claims software for insurers',
			'offers pet insurance online',
			'runs an insurance marketplace that compares quotes'
		],
		suffixes: ['Insurance', 'Assurance', 'Mutual', 'Cover']
	},
	{
		name: 'Real Estate',
		weight: 4,
		medianSize: 120,
		voiceAffinity: 0.1,
		does: [
			'manages rental properties and a tenant hotline',
			'runs a residential brokerage with 300 agents',
			'builds software for property managers'
		],
		suffixes: ['Realty', 'Properties', 'Homes', 'Estates']
	},
	{
		name: 'Travel & Hospitality',
		weight: 5,
		medianSize: 500,
		voiceAffinity: 0.8,
		does: [
			'operates boutique hotels with a central reservations line',
			'runs an online travel agency for group trips',
			'provides booking software for tour operators'
		],
		suffixes: ['Travel', 'Hotels', 'Trips', 'Stays']
	},
	{
		name: 'Education',
		weight: 4,
		medianSize: 200,
		voiceAffinity: -0.4,
		does: [
			'runs online courses for working professionals',
			'builds a learning management system for schools',
			'offers tutoring marketplaces for high-school students'
		],
		suffixes: ['Learning', 'Academy', 'Edu', 'Campus']
	},
	{
		name: 'Marketing & Advertising',
		weight: 4,
		medianSize: 90,
		voiceAffinity: -0.3,
		does: [
			'runs performance marketing campaigns for DTC brands',
			'builds an SMS marketing platform for retailers',
			'offers lead generation services for home-improvement firms'
		],
		suffixes: ['Media', 'Growth', 'Digital', 'Agency']
	},
	{
		name: 'Automotive',
		weight: 3,
		medianSize: 1500,
		voiceAffinity: 0.3,
		does: [
			'runs a chain of dealerships with a service booking line',
			'builds connected-car software for fleets',
			'sells used cars online with home delivery'
		],
		suffixes: ['Motors', 'Auto', 'Mobility', 'Drive']
	},
	{
		name: 'Government',
		weight: 2,
		medianSize: 3000,
		voiceAffinity: -0.5,
		does: [
			'runs citizen services for a mid-sized city',
			'operates a state benefits helpline',
			'manages public transit information services'
		],
		suffixes: ['Services', 'Authority', 'Agency', 'Office']
	}
];

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
	return {
		name,
		industry,
		employees,
		country,
		website: `${d.chance(0.3) ? 'https://' : ''}${d.chance(0.5) ? 'www.' : ''}${slug}${tld}`,
		growth: growing ? d.pick(GROWTH) : '',
		growing
	};
}

export function describe(d: Draw, c: Company): string {
	const parts = [`${c.name} ${d.pick(c.industry.does)}.`];
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
