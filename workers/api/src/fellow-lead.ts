import * as v from 'valibot';
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

const FREE_MAIL =
	/^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|aol)\./;

/**
 * Turns a note into a Lead input (validated by the caller with the core Lead schema). The
 * company is the first attendee domain that is neither free mail nor your own, e.g.
 * dana@voiceflow.ai → "Voiceflow" with website voiceflow.ai.
 */
export function leadFromNote(
	data: NonNullable<FellowEvent['data']>,
	internalDomains: readonly string[] = []
): LeadInput {
	const note = v.parse(FellowNote, data.note ?? data);
	const domain = [...(note.event_attendees ?? []), ...(note.attendees ?? [])]
		.map((a) => (typeof a === 'string' ? a : (a.email ?? '')).split('@')[1]?.toLowerCase())
		.find((d): d is string => !!d && !FREE_MAIL.test(d) && !internalDomains.includes(d));
	const fromDomain = domain?.split('.').at(-2);
	const company =
		note.company_name ??
		(fromDomain ? fromDomain[0]!.toUpperCase() + fromDomain.slice(1) : note.title);
	return {
		company_name: company ?? '',
		lead_id: note.id,
		industry: note.industry,
		website: domain,
		call_notes: note.content_markdown,
		call_transcript: (note.recording?.transcript ??
			note.transcript) as LeadInput['call_transcript'],
		call_date: note.event_start?.slice(0, 10) ?? note.created_at?.slice(0, 10)
	};
}
