/** An industry as the generator sees it: how common, how big, how voice-heavy. */
export interface IndustryProfile {
	name: string;
	/** Share of leads. */
	weight: number;
	/** Median employee count. */
	medianSize: number;
	/** How likely its companies want Voice AI on their own calls (log-odds shift). */
	voiceAffinity: number;
	/** Share of its companies whose core product is speech AI (see voice-products.ts). */
	voiceProductShare: number;
	/**
	 * What its other companies do. In voice-adjacent industries many are near misses on purpose
	 * (text chatbots, LLM tooling, VoIP, SMS, human call centres, "brand voice"): not Voice AI.
	 */
	does: readonly string[];
	/** Name endings that suit the industry. */
	suffixes: readonly string[];
}

export const INDUSTRIES: readonly IndustryProfile[] = [
	{
		name: 'Conversational AI',
		weight: 7,
		medianSize: 80,
		voiceAffinity: 1.2,
		voiceProductShare: 0.6,
		does: [
			'builds a text chatbot platform for e-commerce support on web chat and WhatsApp',
			'offers an LLM orchestration framework for building AI agents that call tools and APIs',
			'sells GPU inference hosting for open-source language models',
			'provides retrieval-augmented search over company documents through a chat interface',
			"makes an AI writing assistant that drafts support replies in the agent's inbox",
			'builds evaluation and observability tooling for LLM applications',
			'offers a no-code builder for website chat assistants'
		],
		suffixes: ['AI', 'Labs', 'Voice', 'Intelligence']
	},
	{
		name: 'Contact Center / BPO',
		weight: 9,
		medianSize: 900,
		voiceAffinity: 1.6,
		voiceProductShare: 0.12,
		does: [
			'runs outsourced customer support for telecom and retail clients',
			'operates multilingual contact centers with 2,000 human agents across three continents',
			'provides inbound and outbound call handling for healthcare providers',
			'offers a cloud contact center suite with IVR menus and workforce management',
			'provides a 24/7 human answering service for law firms and medical offices',
			'sells workforce management and scheduling software for contact centers'
		],
		suffixes: ['Connect', 'Contact', 'Support', 'Solutions']
	},
	{
		name: 'Fintech',
		weight: 10,
		medianSize: 220,
		voiceAffinity: 0.2,
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.04,
		does: [
			'runs a network of outpatient clinics and a patient scheduling line',
			'builds telehealth software for independent practices',
			'provides home-care services coordinated by phone',
			'sells a patient engagement platform with appointment reminders',
			'sells hearing aids and hearing tests through retail clinics',
			'runs a nurse advice line staffed by registered nurses'
		],
		suffixes: ['Health', 'Care', 'Medical', 'Clinics']
	},
	{
		name: 'Logistics',
		weight: 8,
		medianSize: 600,
		voiceAffinity: 0.1,
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.005,
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
		voiceProductShare: 0.05,
		does: [
			'sells project management software to agencies',
			'builds a CRM for real estate teams',
			'offers HR and payroll software for small businesses',
			'offers a survey and voice-of-the-customer platform for product teams',
			'sells an AI copywriting tool that keeps a consistent brand voice across channels',
			'hosts podcasts and distributes them to Spotify and Apple Podcasts',
			'offers a team chat and video meeting app for remote companies',
			'sells music production software and sample libraries'
		],
		suffixes: ['Cloud', 'Software', 'HQ', 'io']
	},
	{
		name: 'Telecommunications',
		weight: 5,
		medianSize: 2500,
		voiceAffinity: 0.9,
		voiceProductShare: 0.02,
		does: [
			'operates a regional mobile network and MVNO',
			'resells SIP trunking and business phone lines',
			'provides IoT connectivity with global SIMs',
			'runs fiber broadband in rural markets',
			'sells a business VoIP phone system with desk phones and a softphone app',
			'offers an SMS API and short codes for developers'
		],
		suffixes: ['Telecom', 'Mobile', 'Networks', 'Wireless']
	},
	{
		name: 'Insurance',
		weight: 6,
		medianSize: 1200,
		voiceAffinity: 0.7,
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.04,
		does: [
			'runs online courses for working professionals',
			'builds a learning management system for schools',
			'offers tutoring marketplaces for high-school students',
			'runs a language-learning app built on flashcards and a text-chat AI tutor'
		],
		suffixes: ['Learning', 'Academy', 'Edu', 'Campus']
	},
	{
		name: 'Marketing & Advertising',
		weight: 4,
		medianSize: 90,
		voiceAffinity: -0.3,
		voiceProductShare: 0.02,
		does: [
			'runs performance marketing campaigns for DTC brands',
			'builds an SMS marketing platform for retailers',
			'offers lead generation services for home-improvement firms',
			'offers a brand voice and messaging platform for marketing teams',
			'hosts and monetizes podcasts with dynamic ad insertion'
		],
		suffixes: ['Media', 'Growth', 'Digital', 'Agency']
	},
	{
		name: 'Automotive',
		weight: 3,
		medianSize: 1500,
		voiceAffinity: 0.3,
		voiceProductShare: 0.01,
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
		voiceProductShare: 0.01,
		does: [
			'runs citizen services for a mid-sized city',
			'operates a state benefits helpline',
			'manages public transit information services'
		],
		suffixes: ['Services', 'Authority', 'Agency', 'Office']
	}
];
