import type { StoreBindings } from '../../shared/bindings';
import type { LearningVars } from '../../shared/learning/config';

/** Bindings of the API worker (wrangler.jsonc) and the per-request variables it sets. */
export interface Bindings extends StoreBindings, LearningVars {
	/** The SvelteKit app worker; paths the API does not own are passed to it. */
	APP?: Fetcher;
	/** Static files of the API (the /docs page script). */
	ASSETS?: Fetcher;
	/** Secret: bearer token of write and admin endpoints. Unset → those endpoints refuse all. */
	ADMIN_TOKEN?: string;
	/** Secret: when set, scoring needs `Authorization: Bearer <API_KEY>` (or the admin token). */
	API_KEY?: string;
	/** Secret: Svix signing secret of the Fellow webhook (`whsec_…`). */
	FELLOW_WEBHOOK_SECRET?: string;
	/** Comma-separated browser origins allowed by CORS (extensions are always allowed). */
	CORS_ORIGINS?: string;
	/** Comma-separated e-mail domains of your own team: such attendees are never the prospect. */
	INTERNAL_DOMAINS?: string;
	/** How often an isolate re-reads the serving pointer, in ms (default 2000). */
	MODEL_REFRESH_MS?: string;
}

/**
 * Who a request speaks for. Only authenticated scorings ('rep', 'admin', 'webhook') become
 * training rows; 'anonymous' ones (open scoring while API_KEY is unset) are served and
 * monitored, never trained on.
 */
export type Principal = 'anonymous' | 'rep' | 'admin' | 'webhook';

export interface Variables {
	/** The parsed JSON body (set by jsonBody). */
	body: unknown;
	/** The body as received, for signature checks. */
	rawBody: string;
	/** Model version that answered, for monitoring. */
	modelVersion?: string;
	/** Who the request speaks for (set by requireApiKey). */
	principal?: Principal;
}

export type ApiEnv = { Bindings: Bindings; Variables: Variables };
