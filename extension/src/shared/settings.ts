import * as v from 'valibot';

/**
 * The extension's settings, kept in chrome.storage.local only: they hold API keys, which must
 * not travel with Chrome sync, and the service worker restricts local storage to the
 * extension's own pages (content scripts on Fellow cannot read it).
 */
export const Settings = v.object({
	/** Base URL of the Fellow Qualify edge API; empty = offline only. */
	apiUrl: v.optional(v.pipe(v.string(), v.trim()), ''),
	/** Sent as `Authorization: Bearer <key>` to the edge API when set (its API_KEY). */
	apiKey: v.optional(v.pipe(v.string(), v.trim()), ''),
	/** Fellow Developer API key: when set, notes come from Fellow's API instead of the page. */
	fellowApiKey: v.optional(v.pipe(v.string(), v.trim()), ''),
	/** The rep's own company domains, never mistaken for the lead's. */
	ownDomains: v.optional(v.array(v.string()), [])
});
export type Settings = v.InferOutput<typeof Settings>;

export const SETTINGS_KEY = 'settings';

/** Settings from storage; anything unreadable falls back to the defaults (offline mode). */
export function parseSettings(stored: unknown): Settings {
	const parsed = v.safeParse(Settings, stored ?? {});
	return parsed.success ? parsed.output : v.parse(Settings, {});
}

/** The API base URL without a trailing slash, or undefined when none (or no valid one) is set. */
export function apiBase(settings: Settings): string | undefined {
	if (!settings.apiUrl) return undefined;
	try {
		const url = new URL(settings.apiUrl);
		return url.protocol === 'https:' || url.protocol === 'http:'
			? url.href.replace(/\/+$/, '')
			: undefined;
	} catch {
		return undefined;
	}
}
