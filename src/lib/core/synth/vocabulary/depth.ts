import type { Phrasing } from './register';

/** How technical the conversation got: shallow, medium, deep. */
export const DEPTH: readonly Phrasing[] = [
	{
		terse: ['high level only', 'no tech qs', 'business convo only', 'no eng on the call'],
		prose: [
			'We kept it high level; no technical questions.',
			'A business conversation only.',
			"Nobody technical joined, so we didn't get into the API."
		],
		spoken: [
			"I'm not technical, so I'll leave the details to the team.",
			"Don't worry about the API stuff for now.",
			'We can do the technical bits another time.'
		]
	},
	{
		terse: [
			'asked abt API + webhooks',
			'SFDC integration qs',
			'mobile SDK support?',
			'wanted API docs',
			'asked re Zendesk integration'
		],
		prose: [
			'{They} asked about the API and webhooks.',
			'{They} wanted to know how it integrates with Salesforce.',
			'{They} asked whether there is an SDK for mobile.',
			'A few questions on the API and how status callbacks work.'
		],
		spoken: [
			'Do you have webhooks for delivery status?',
			'How does it hook into Salesforce?',
			'Is there an SDK for iOS and Android?'
		]
	},
	{
		terse: [
			'deep dive: latency, codecs, failover across regions',
			'walked their arch: event-driven, Kafka, SIP interconnect',
			'rate limits, SDK versions, data residency qs',
			'eng lead grilled us on retries + idempotency',
			'wanted p95 latency numbers per region'
		],
		prose: [
			'Deep dive on latency, codecs and failover across regions.',
			'{They} walked through {their} architecture: event-driven, webhooks into a Kafka pipeline, SIP interconnect.',
			'Detailed questions on API rate limits, SDK versions and data residency.',
			'{Their} engineers asked about retries, idempotency keys and how we handle regional outages.'
		],
		spoken: [
			"What's your p95 latency, and how do you fail over between regions?",
			"We're event-driven, everything goes through Kafka. Do your webhooks retry idempotently?",
			'What are the rate limits per account, and can we pin data to the EU?'
		]
	}
];
