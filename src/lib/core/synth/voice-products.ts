/**
 * What a company does when its core product builds on or sells AI that processes or produces
 * speech (voice agents, AI receptionists, call analytics, note-takers, ASR and dictation, TTS
 * and cloning, speech translation and dubbing, assistants, tutors and interviewers, voice-agent
 * infrastructure and testing), by industry. Each line starts with a third-person verb;
 * {segment} is filled with a customer group.
 */
export const VOICE_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
	'Conversational AI': [
		'builds AI voice agents that answer and place phone calls for {segment}',
		'sells an AI receptionist that picks up missed calls and books appointments for {segment}',
		'offers a speech-to-text API with real-time streaming and speaker diarization',
		'develops text-to-speech and voice cloning models for games and audiobooks',
		"makes an AI dubbing tool that translates videos into 30 languages in the original speaker's voice",
		'builds real-time speech translation for cross-border customer support calls',
		'runs a platform for developers to build, deploy and monitor LLM-powered phone agents',
		'provides automated testing and load simulation for voice agents before they go live',
		'sells an AI note-taker that joins meetings, transcribes them and writes the summary',
		'builds a voice assistant SDK that brings wake words and spoken commands to consumer devices',
		'offers outbound AI calling for lead qualification and appointment setting',
		'develops an on-device speech recognition engine for cars and wearables',
		'builds AI phone ordering for {segment}, taking orders by voice around the clock',
		'offers low-latency infrastructure for voice agents: turn-taking, barge-in and telephony in one API',
		'makes expressive synthetic voices for brands, with a marketplace of licensed voice actors',
		'builds speech analytics that scores every sales call and flags coaching moments',
		'runs an AI interviewer that screens job candidates in a spoken phone conversation',
		'sells a conversational voice platform that replaces IVR menus with natural-language agents',
		'offers an open-source speech recognition model and a hosted transcription API',
		'builds AI companions you talk to out loud, each with its own synthetic voice',
		'provides a voice biometrics engine that verifies callers by the way they speak',
		'builds an AI agent that phones insurers and pharmacies on behalf of {segment} and waits on hold for them'
	],
	'Contact Center / BPO': [
		'sells real-time agent assist that listens to calls and suggests answers as the customer speaks',
		'offers AI quality assurance that transcribes and scores every contact-center call',
		'runs a contact center where AI voice agents handle tier-1 calls and humans take escalations',
		'provides conversation intelligence for contact centers: transcripts, sentiment and compliance alerts on every call',
		'builds accent neutralization and noise cancellation for offshore call-center agents',
		'offers an AI-first cloud contact center with voice bots and automatic call summaries',
		'sells post-call automation: AI listens to the call and writes the summary and disposition into the CRM'
	],
	SaaS: [
		'sells an AI meeting assistant that records, transcribes and summarizes sales calls',
		'offers a dictation app that turns spoken notes into formatted documents',
		'builds a QA tool that runs thousands of simulated phone calls against your voice bot',
		"makes an AI podcast editor: edit the transcript to cut audio, regenerate words in the host's voice",
		'offers captions and transcription for video platforms in 40 languages'
	],
	Healthcare: [
		'builds an ambient AI scribe that listens to patient visits and drafts the clinical note',
		'offers medical dictation with speech recognition tuned for radiology and pathology',
		'runs AI phone agents that handle scheduling and prescription refill calls for outpatient clinics',
		'sells voice-based screening that detects signs of depression and cognitive decline from speech'
	],
	Education: [
		'builds an AI speaking tutor that holds spoken conversations to teach English',
		'offers pronunciation coaching with speech recognition for language learners',
		'runs AI mock interviews by voice for students preparing for job and visa interviews',
		'makes read-aloud software that listens to children read and corrects them in real time'
	],
	Telecommunications: [
		'builds network-level AI call screening that answers suspected spam calls with a voice assistant',
		'offers carrier-grade real-time call translation as a white-label service'
	],
	Fintech: ['sells voice authentication and deepfake-voice detection to bank call centers'],
	Insurance: [
		'builds an AI claims line that takes first notice of loss by phone, in natural conversation'
	],
	'Retail & E-commerce': ['builds AI voice ordering for drive-thrus and restaurant phone lines'],
	Logistics: [
		'makes voice-picking software: warehouse workers hear spoken instructions and confirm by speech'
	],
	'Real Estate': [
		'runs an AI leasing agent that answers prospect calls and books tours for property managers'
	],
	'Travel & Hospitality': [
		'offers an AI phone concierge that takes hotel reservation calls in 20 languages'
	],
	'Marketing & Advertising': [
		'generates AI voiceovers and text-to-speech audio ads for brands',
		'offers AI cold-calling agents for lead generation campaigns'
	],
	Automotive: ['builds in-car voice assistants for automakers'],
	Government: ['provides a 311 voice assistant that answers resident calls in a dozen languages']
};

export const SEGMENTS = [
	'dental clinics',
	'home-services businesses',
	'auto dealerships',
	'restaurants',
	'insurance agencies',
	'property managers',
	'mid-market retailers',
	'banks and credit unions',
	'healthcare providers',
	'e-commerce brands',
	'law firms',
	'logistics companies'
];
