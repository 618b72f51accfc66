import * as v from 'valibot';
import { domainOfEmail } from './meeting-company';

// One shape for a Fellow note wherever it arrives: the `ai_note.generated` webhook (the API)
// and the Developer API's notes list (the extension). Attendees come as e-mail strings or as
// objects with `email`; Fellow's public docs do not pin the field down, so both names are read.
// Unknown fields are ignored and nulls read as absent.
const Attendee = v.union([v.string(), v.looseObject({ email: v.nullish(v.string()) })]);

export const FellowNote = v.looseObject({
	id: v.nullish(v.union([v.string(), v.number()])),
	event_guid: v.nullish(v.string()),
	title: v.nullish(v.string()),
	event_start: v.nullish(v.string()),
	created_at: v.nullish(v.string()),
	content_markdown: v.nullish(v.string()),
	event_attendees: v.nullish(v.array(Attendee)),
	attendees: v.nullish(v.array(Attendee)),
	/** The Recording's transcript (`speech_segments`), on the note or under `recording`. */
	transcript: v.nullish(v.unknown()),
	recording: v.nullish(v.looseObject({ transcript: v.nullish(v.unknown()) })),
	company_name: v.nullish(v.string()),
	industry: v.nullish(v.string())
});
export type FellowNote = v.InferOutput<typeof FellowNote>;

/** The e-mail domains of a note's attendees (both attendee fields), lower-cased. */
export function attendeeDomains(note: FellowNote): string[] {
	return [...(note.event_attendees ?? []), ...(note.attendees ?? [])].flatMap(
		(a) => domainOfEmail(typeof a === 'string' ? a : (a.email ?? '')) ?? []
	);
}

/** The lead id of a Fellow call: the same whichever route (webhook, extension) scores it. */
export const fellowLeadId = (eventGuid: string) => `fellow-${eventGuid}`;
