/** What the content script read from a Fellow meeting page (or Fellow's API returned for it). */
export interface PageCall {
	/** The meeting page's URL. */
	url: string;
	/** Fellow's calendar event id, from the URL; keys the note in Fellow's API and the lead id. */
	eventGuid?: string;
	title?: string;
	/** Attendee e-mail domains, lower-cased, in page order, duplicates kept (they count votes). */
	attendeeDomains: string[];
	/** Notes or AI notes as text; absent when no strategy found any. */
	notes?: string;
	/** Which extraction strategy produced `notes` (shown in the panel, useful in bug reports). */
	notesSource?: string;
}

// Fellow meeting URLs end in the note's event id: /meetings/<id> or /meetings/<kind>/<id>.
const MEETING_PATH = /\/meetings\/(?:[a-z]{1,3}\/)?([A-Za-z0-9_-]{6,})/;

/** Fellow's event id from a meeting URL (`?event_guid=` wins when present). */
export function eventGuidFromUrl(url: string): string | undefined {
	const parsed = new URL(url);
	return parsed.searchParams.get('event_guid') ?? MEETING_PATH.exec(parsed.pathname)?.[1];
}

/** The workspace subdomain of a `https://{subdomain}.fellow.app` URL, if it is one. */
export function fellowWorkspace(url: string): string | undefined {
	const { protocol, hostname } = new URL(url);
	const m = /^([a-z0-9-]+)\.fellow\.app$/.exec(hostname);
	return protocol === 'https:' && m ? m[1] : undefined;
}
