import * as v from 'valibot';
import { attendeeDomains, FellowNote as Note } from '../../../src/lib/core/fellow';

/** The parts of a Fellow note the extension scores. */
export interface FellowNote {
	title?: string;
	notes?: string;
	attendeeDomains: string[];
}

// Fellow Developer API, Notes (developers.fellow.ai/reference/notes): list notes is
// `POST https://{subdomain}.fellow.app/api/v1/notes`, authenticated by the `X-API-KEY` header;
// the note body is only returned when `include.content_markdown` is requested. Each note has
// the shape the webhook sends (core FellowNote).
const NotesPage = v.looseObject({ data: v.array(Note) });

/** The panel waits on this call, so a slow Fellow API falls back to the page's reading soon. */
const TIMEOUT_MS = 8000;

export class FellowApiError extends Error {
	override name = 'FellowApiError';
}

/**
 * The note of one calendar event, or undefined when the key's owner has none for it.
 * `origin` is the workspace (`https://acme.fellow.app`); the key never leaves for another host.
 */
export async function fetchFellowNote(options: {
	origin: string;
	eventGuid: string;
	apiKey: string;
	fetch?: typeof fetch;
}): Promise<FellowNote | undefined> {
	const doFetch = options.fetch ?? fetch;
	const response = await doFetch(`${options.origin}/api/v1/notes`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'X-API-KEY': options.apiKey },
		body: JSON.stringify({
			filters: { event_guid: options.eventGuid },
			include: { content_markdown: true },
			pagination: { cursor: null, page_size: 1 }
		}),
		cache: 'no-store',
		signal: AbortSignal.timeout(TIMEOUT_MS)
	});
	if (!response.ok) throw new FellowApiError(`Fellow API: HTTP ${response.status}`);
	const parsed = v.safeParse(NotesPage, await response.json());
	if (!parsed.success) throw new FellowApiError('Fellow API: unexpected reply to /api/v1/notes');
	const note = parsed.output.data[0];
	if (!note) return undefined;
	return {
		...(note.title ? { title: note.title } : {}),
		...(note.content_markdown?.trim() ? { notes: note.content_markdown } : {}),
		attendeeDomains: attendeeDomains(note)
	};
}
