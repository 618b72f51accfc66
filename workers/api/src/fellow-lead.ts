import * as v from 'valibot';
import {
	attendeeDomains,
	FellowNote,
	fellowLeadId,
	meetingCompany
} from '../../../src/lib/core/fellow';
import type { LeadInput } from '../../../src/lib/core/schema';

/**
 * Fellow's `ai_note.generated` event: the note (core FellowNote) sits in `data` or in
 * `data.note`; an explicit `company_name`/`industry` wins over what is inferred.
 */
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
	const company = meetingCompany({
		title: note.title ?? undefined,
		attendeeDomains: attendeeDomains(note),
		ownDomains: internalDomains
	});
	return {
		company_name: note.company_name ?? company.company_name,
		lead_id: note.event_guid ? fellowLeadId(note.event_guid) : (note.id ?? undefined),
		industry: note.industry ?? undefined,
		website: company.website,
		call_notes: note.content_markdown ?? undefined,
		call_transcript: (note.recording?.transcript ??
			note.transcript ??
			undefined) as LeadInput['call_transcript'],
		call_date: note.event_start?.slice(0, 10) ?? note.created_at?.slice(0, 10)
	};
}
