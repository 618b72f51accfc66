import * as v from 'valibot';
import { domainOfEmail, meetingCompany } from '../../../src/lib/core/fellow';
import type { LeadInput } from '../../../src/lib/core/schema';

const Attendee = v.union([v.string(), v.looseObject({ email: v.optional(v.string()) })]);

/**
 * The parts of Fellow's `ai_note.generated` event that make a Lead. Fellow's Note carries
 * `title`, `event_start`, `content_markdown` and attendee e-mails; its Recording carries the
 * `transcript` (`speech_segments`). The note may sit in `data` or in `data.note`; unknown
 * fields are ignored, and an explicit `company_name`/`industry` wins over what is inferred.
 */
const FellowNote = v.looseObject({
	id: v.optional(v.union([v.string(), v.number()])),
	event_guid: v.optional(v.string()),
	title: v.optional(v.string()),
	event_start: v.optional(v.string()),
	created_at: v.optional(v.string()),
	content_markdown: v.optional(v.string()),
	event_attendees: v.optional(v.array(Attendee)),
	attendees: v.optional(v.array(Attendee)),
	transcript: v.optional(v.unknown()),
	recording: v.optional(v.looseObject({ transcript: v.optional(v.unknown()) })),
	company_name: v.optional(v.string()),
	industry: v.optional(v.string())
});

export const FellowEvent = v.looseObject({
	type: v.string(),
	challenge: v.optional(v.string()),
	data: v.optional(v.looseObject({ note: v.optional(FellowNote) }))
});
export type FellowEvent = v.InferOutput<typeof FellowEvent>;

/**
 * Turns a note into a Lead input (validated by the caller with the core Lead schema). The
 * company is named by the core's meetingCompany, as the extension names it from the meeting
 * page, and the lead id is the extension's (`fellow-<event_guid>`) when the note has its event,
 * so both routes record the same call as one lead.
 */
export function leadFromNote(
	data: NonNullable<FellowEvent['data']>,
	internalDomains: readonly string[] = []
): LeadInput {
	const note = v.parse(FellowNote, data.note ?? data);
	const attendeeDomains = [...(note.event_attendees ?? []), ...(note.attendees ?? [])].flatMap(
		(a) => domainOfEmail(typeof a === 'string' ? a : (a.email ?? '')) ?? []
	);
	const company = meetingCompany({
		title: note.title,
		attendeeDomains,
		ownDomains: internalDomains
	});
	return {
		company_name: note.company_name ?? company.company_name,
		lead_id: note.event_guid ? `fellow-${note.event_guid}` : note.id,
		industry: note.industry,
		website: company.website,
		call_notes: note.content_markdown,
		call_transcript: (note.recording?.transcript ??
			note.transcript) as LeadInput['call_transcript'],
		call_date: note.event_start?.slice(0, 10) ?? note.created_at?.slice(0, 10)
	};
}
