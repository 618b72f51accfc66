/**
 * Input limits, in one place so the README and the OpenAPI document quote the same numbers.
 * A request over any of them gets a 4xx JSON error before any work is done.
 */
export const LIMITS = {
	/** Request body bytes for single-record endpoints (/score, /outcomes single, webhook). */
	bodyBytes: 1024 * 1024,
	/** Request body bytes for /score/batch and batched /outcomes. */
	batchBodyBytes: 16 * 1024 * 1024,
	/** Request body bytes for a model artifact upload. */
	artifactBytes: 32 * 1024 * 1024,
	/** Nesting depth of any JSON body (objects and arrays). */
	jsonDepth: 32,
	/** Leads per /score/batch request (more → 413). */
	batchLeads: 1000,
	/** Outcomes per /outcomes request (more → 413). */
	batchOutcomes: 1000,
	/** Characters per text field of a lead (call_notes, description…), from the core Lead schema. */
	textChars: 200_000
} as const;
