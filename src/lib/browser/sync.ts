import { syncModel, type ModelSync } from '$lib/edge/model-sync';
import { outcomeSent, promoteModel, type Db } from './db';

/**
 * Talks to the edge API (workers/api): `GET /models/current` through the client the extension
 * uses too (artifact JSON, ETag / If-None-Match) and `POST /outcomes` (idempotent by lead_id,
 * so a retry after a lost response is harmless).
 */
export interface SyncOptions {
	/** API origin, e.g. https://qualify.example.workers.dev; '' for the app's own origin. */
	baseUrl: string;
	/** Verifies an artifact and switches scoring to it; throws (keeping the old) on failure. */
	activate(artifact: unknown): Promise<{ version: string }>;
	/** Bearer token for `POST /outcomes` and, when the API requires a key, `GET /models/current`; read at each call. */
	token?: () => string | undefined;
	fetch?: typeof fetch;
}

/**
 * Fetches the serving model if it changed since ours (ETag), verifies it (hash, feature
 * spec) by activating it in the worker, and only then stores it as current; any failure
 * leaves the current model in place.
 */
export async function refreshModel(db: Db, options: SyncOptions): Promise<ModelSync> {
	const api = { base: options.baseUrl, apiKey: options.token?.(), fetch: options.fetch };
	return syncModel(api, {
		held: async () => {
			const current = await db.get('models', 'current');
			return { version: current?.version, etag: current?.etag ?? undefined };
		},
		adopt: async (artifact, etag) => {
			const { version } = await options.activate(artifact);
			await promoteModel(db, { version, etag: etag ?? null, artifact });
			return version;
		}
	});
}

export interface OutcomeFlush {
	sent: number;
	remaining: number;
	error?: string;
}

let flushing: Promise<OutcomeFlush> | undefined;

/**
 * Sends queued outcomes oldest first. An outcome leaves the queue only after the API
 * accepted it (2xx; 409 = already recorded); a network error or 5xx stops the flush with the
 * rest kept for next time. One flush at a time.
 */
export function flushOutcomes(db: Db, options: SyncOptions): Promise<OutcomeFlush> {
	flushing ??= flush(db, options).finally(() => (flushing = undefined));
	return flushing;
}

async function flush(db: Db, options: SyncOptions): Promise<OutcomeFlush> {
	const queue = (await db.getAll('outcomes')).sort((a, b) =>
		a.queued_at.localeCompare(b.queued_at)
	);
	let sent = 0;
	let firstError: string | undefined;
	for (const queued of queue) {
		const { lead_id, progressed, voice_ai, occurred_at, attempts } = queued;
		const outcome = {
			lead_id,
			progressed,
			...(voice_ai !== undefined ? { voice_ai } : {}),
			occurred_at
		};
		let error: string | undefined;
		try {
			const response = await (options.fetch ?? fetch)(`${options.baseUrl}/outcomes`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...authorization(options) },
				body: JSON.stringify(outcome)
			});
			if (response.ok || response.status === 409) {
				await outcomeSent(db, outcome.lead_id);
				sent++;
				continue;
			}
			error = `POST /outcomes: ${response.status} ${await response.text()}`.trim();
			// A refused outcome (4xx) stays queued for the rep to see but does not hold up the rest.
			if (response.status < 500) {
				await recordFailure(db, outcome.lead_id, attempts, error);
				firstError ??= error;
				continue;
			}
		} catch (e) {
			error = (e as Error).message;
		}
		await recordFailure(db, outcome.lead_id, attempts, error);
		return { sent, remaining: queue.length - sent, error };
	}
	return { sent, remaining: queue.length - sent, ...(firstError ? { error: firstError } : {}) };
}

async function recordFailure(db: Db, leadId: string, attempts: number, error: string) {
	const stored = await db.get('outcomes', leadId);
	if (stored) await db.put('outcomes', { ...stored, attempts: attempts + 1, last_error: error });
}

function authorization(options: SyncOptions): Record<string, string> {
	const token = options.token?.();
	return token ? { Authorization: `Bearer ${token}` } : {};
}
