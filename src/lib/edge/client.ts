import * as v from 'valibot';
import { ScoreResult, type LeadInput } from '../core/schema';

/**
 * The Fellow Qualify edge API (workers/api) as the browser app and the extension call it: one
 * typed client, so both sync models and score the same way.
 */
export interface EdgeApi {
	/** Base URL without a trailing slash; '' for the page's own origin. */
	base: string;
	/** The API key, sent as `Authorization: Bearer <key>` when non-empty. */
	apiKey?: string;
	fetch?: typeof fetch;
}

export type ModelFetch =
	{ status: 'not-modified' } | { status: 'updated'; artifact: unknown; etag: string | undefined };

/** A model download is ~1 MB; anything slower than this is treated as unreachable. */
const TIMEOUT_MS = 30_000;

export class EdgeApiError extends Error {
	override name = 'EdgeApiError';
	constructor(
		message: string,
		/** The HTTP status when the API answered. */
		readonly status?: number
	) {
		super(message);
	}
}

// The extension holds no host permission for the API's origin (it is whatever the user
// configures), so these are plain CORS requests: the API must allow the extension's origin,
// the Authorization and If-None-Match request headers, and expose ETag. The app calls its
// own origin.
async function request(api: EdgeApi, path: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (api.apiKey) headers.set('Authorization', `Bearer ${api.apiKey}`);
	const doFetch = api.fetch ?? fetch;
	let response: Response;
	try {
		response = await doFetch(`${api.base}${path}`, {
			...init,
			headers,
			cache: 'no-store',
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch (error) {
		throw new EdgeApiError(`edge API unreachable (${api.base}): ${(error as Error).message}`);
	}
	if (!response.ok && response.status !== 304)
		throw new EdgeApiError(
			`edge API ${init.method ?? 'GET'} ${path}: HTTP ${response.status}`,
			response.status
		);
	return response;
}

/** `GET /models/current`, conditional on the ETag of the model held (304 → not modified). */
export async function fetchCurrentModel(api: EdgeApi, etag?: string): Promise<ModelFetch> {
	const response = await request(api, '/models/current', {
		headers: etag ? { 'If-None-Match': etag } : {}
	});
	if (response.status === 304) return { status: 'not-modified' };
	return {
		status: 'updated',
		artifact: await response.json(),
		etag: response.headers.get('ETag') ?? undefined
	};
}

/** `POST /score` with one lead; returns the API's ScoreResult. */
export async function postScore(api: EdgeApi, lead: LeadInput): Promise<ScoreResult> {
	const response = await request(api, '/score', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(lead)
	});
	const parsed = v.safeParse(ScoreResult, await response.json());
	if (!parsed.success)
		throw new EdgeApiError('edge API POST /score: the reply is not a ScoreResult');
	return parsed.output;
}
