import * as v from 'valibot';
import { calendarDate, headcount, isIsoDate } from './exported';

const text = v.pipe(v.string(), v.trim());
/**
 * Blank text means "not given", as an empty CSV cell does, so a lead gets the same features
 * whether it arrives as CSV, JSON or through the API.
 */
const blankAsMissing = <T>(x: T | '') => (x === '' ? undefined : x);

/**
 * An optional field where JSON `null` (what CRM exports write for an empty cell) means "not
 * given", exactly like leaving the field out.
 */
export const maybe = <S extends v.GenericSchema>(schema: S) =>
	v.pipe(
		v.nullish(schema),
		v.transform((x) => x ?? undefined)
	);

/** The most text one field (or a whole transcript) may hold: ~40,000 words, a long day of calls. */
const TEXT_LIMIT = 200_000;
/** A transcript's segments: an hour of speech is about 1,000. */
const MAX_SEGMENTS = 20_000;

const optionalText = maybe(v.pipe(text, v.maxLength(TEXT_LIMIT), v.transform(blankAsMissing)));

/** A date (`2024-02-05`) or a date-time (`2024-02-05T14:30:22Z`), kept as given. */
export const IsoDate = v.pipe(
	v.string(),
	v.trim(),
	v.check(isIsoDate, 'expected an ISO date such as 2024-02-05 or 2024-02-05T14:30:00Z')
);

/**
 * A call date: ISO as given, or as an export writes it ("Dec 3, 2026", "23/11/2026") as
 * `2026-11-23`; blank is "not given", as an empty CSV cell is.
 */
const CallDate = v.pipe(
	v.string(),
	v.trim(),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		if (dataset.value === '') return undefined;
		const read = calendarDate(dataset.value);
		if ('date' in read) return read.date;
		addIssue({ message: read.error });
		return NEVER;
	})
);

const COUNT_LIMITS = v.pipe(
	v.number(),
	v.integer('must be a whole number'),
	v.minValue(0, 'must be ≥ 0')
);
/** A head count: a number, or text as CRMs export it ("1,200", "51-200", "10,001+"). */
const EmployeeCount = v.pipe(
	v.union([v.number(), v.string()]),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const x = dataset.value;
		if (typeof x === 'number') return x;
		if (x.trim() === '') return undefined;
		const count = headcount(x);
		if (count !== undefined) return count;
		addIssue({ message: `expected a head count such as 120, "1,200" or "51-200", got "${x}"` });
		return NEVER;
	}),
	v.optional(COUNT_LIMITS)
);

/** One utterance of a Fellow transcript (`speech_segments[]`); times in seconds. */
export const SpeechSegment = v.object({
	speaker: v.pipe(
		v.nullish(v.pipe(v.string(), v.maxLength(200, 'at most 200 characters'))),
		v.transform((x) => x ?? '')
	),
	text: v.pipe(v.string(), v.maxLength(TEXT_LIMIT, 'at most 200,000 characters')),
	start_time: maybe(v.number()),
	end_time: maybe(v.number())
});

/**
 * Fellow's transcript: `{ speech_segments: [...] }`; a bare array of segments is accepted too
 * (normalised first, so errors name the segment's path rather than a failed union).
 */
export const CallTranscript = v.pipe(
	v.union(
		[v.array(v.unknown()), v.looseObject({})],
		'expected { speech_segments: [...] } or a list of segments'
	),
	v.transform((x) => (Array.isArray(x) ? { speech_segments: x } : x)),
	v.object({
		speech_segments: v.pipe(
			v.array(SpeechSegment),
			v.maxLength(MAX_SEGMENTS, `at most ${MAX_SEGMENTS.toLocaleString('en-US')} segments`),
			v.check(
				(segments) =>
					segments.reduce((n, s) => n + s.text.length + (s.speaker ?? '').length, 0) <= TEXT_LIMIT,
				'at most 200,000 characters of speech and speaker names in all, as for call notes'
			)
		)
	})
);

/**
 * Products the call covered; a `;`, `|` or `,` separated string is split into a list. A blank
 * string is "not given" (the call text then tells); an empty list is "none".
 */
export const ProductsDiscussed = v.pipe(
	v.union([
		v.array(v.string()),
		v.pipe(
			v.string(),
			v.trim(),
			v.transform((s) => (s === '' ? undefined : s.split(/[;|,]/)))
		)
	]),
	v.transform((list) => list?.map((p) => p.trim()).filter(Boolean))
);

/**
 * A lead: the company and its Fellow intro call. Only `company_name` is required; unknown
 * fields are dropped.
 */
export const Lead = v.object({
	company_name: v.pipe(text, v.nonEmpty('must not be empty'), v.maxLength(300)),
	lead_id: maybe(
		v.pipe(
			v.union([v.string(), v.pipe(v.number(), v.integer())]),
			v.transform(String),
			v.nonEmpty('must not be empty')
		)
	),
	industry: optionalText,
	employee_count: maybe(EmployeeCount),
	website: optionalText,
	description: optionalText,
	call_notes: optionalText,
	call_transcript: maybe(CallTranscript),
	products_discussed: maybe(ProductsDiscussed),
	country: optionalText,
	call_date: maybe(CallDate),
	/** The rep's rating of the call, 1 (poor) to 5 (excellent). */
	sentiment: maybe(
		v.pipe(
			v.number(),
			v.minValue(1, 'must be between 1 and 5'),
			v.maxValue(5, 'must be between 1 and 5')
		)
	)
});
export type Lead = v.InferOutput<typeof Lead>;
/** What callers may send: the same fields before normalisation (e.g. products as a string). */
export type LeadInput = v.InferInput<typeof Lead>;
