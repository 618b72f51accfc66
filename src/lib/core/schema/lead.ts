import * as v from 'valibot';

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

const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date (`2024-02-05`) or a date-time (`2024-02-05T14:30:22Z`), kept as given. */
export const IsoDate = v.pipe(
	v.string(),
	v.trim(),
	v.check(isIsoDate, 'expected an ISO date such as 2024-02-05 or 2024-02-05T14:30:00Z')
);

// Date.parse alone accepts 2025-02-30 (it rolls over), so the calendar day is checked too.
function isIsoDate(s: string): boolean {
	const m = ISO_DATE.exec(s);
	if (!m || isNaN(Date.parse(s))) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
}

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
	employee_count: maybe(
		v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be ≥ 0'))
	),
	website: optionalText,
	description: optionalText,
	call_notes: optionalText,
	call_transcript: maybe(CallTranscript),
	products_discussed: maybe(ProductsDiscussed),
	country: optionalText,
	call_date: maybe(IsoDate),
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
