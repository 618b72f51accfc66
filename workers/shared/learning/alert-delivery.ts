import type { SlackMessage } from '../../../src/lib/core/lifecycle';

export interface DeliveryOptions {
	/** @default 4 */
	attempts?: number;
	/** Backoff before retry k (1-based): baseDelayMs · 4^(k−1). @default 500 */
	baseDelayMs?: number;
	/** @default fetch */
	fetch?: typeof fetch;
	/** @default setTimeout-based */
	sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts one alert to a Slack incoming webhook, retrying network errors, 429 and 5xx with
 * exponential backoff (Slack answers 429 under its rate limit and asks callers to back off);
 * other 4xx mean the message or URL is wrong and are not retried. Never throws: the host runs
 * it under ctx.waitUntil, so a slow or failing webhook never delays a cycle. Returns whether
 * it was delivered.
 */
export async function deliverAlert(
	url: string,
	message: SlackMessage,
	options: DeliveryOptions = {}
): Promise<boolean> {
	const { attempts = 4, baseDelayMs = 500, fetch: post = fetch, sleep = wait } = options;
	let problem = '';
	for (let attempt = 1; attempt <= attempts; attempt++) {
		if (attempt > 1) await sleep(baseDelayMs * 4 ** (attempt - 2));
		try {
			const res = await post(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(message)
			});
			await res.body?.cancel();
			if (res.ok) return true;
			problem = `HTTP ${res.status}`;
			if (res.status !== 429 && res.status < 500) break;
		} catch (e) {
			problem = (e as Error).message;
		}
	}
	console.error(`alert not delivered (${problem}): ${message.text}`);
	return false;
}
