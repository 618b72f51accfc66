import { Hono } from 'hono';
import * as v from 'valibot';
import { Outcome, parseBatch, parseWith, ValidationError } from '../../../../src/lib/core/schema';
import { requireAdmin } from '../auth';
import type { ApiEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';

/** An outcome as posted: the core Outcome plus an optional id for several outcomes per lead. */
export const OutcomeRecord = v.object({
	...Outcome.entries,
	outcome_id: v.optional(
		v.pipe(
			v.union([v.string(), v.pipe(v.number(), v.integer())]),
			v.transform(String),
			v.maxLength(200)
		)
	)
});

// Idempotent per (lead_id, outcome_id): a retry rewrites the same row; received_at keeps the
// first arrival.
const UPSERT = `INSERT INTO outcomes (lead_id, outcome_id, progressed, voice_ai, occurred_at, received_at)
	VALUES (?, ?, ?, ?, ?, ?)
	ON CONFLICT (lead_id, outcome_id) DO UPDATE SET progressed = excluded.progressed,
	voice_ai = excluded.voice_ai, occurred_at = excluded.occurred_at`;

export function outcomeRoutes() {
	return new Hono<ApiEnv>().post('/', requireAdmin, jsonBody(LIMITS.batchBodyBytes), async (c) => {
		const { valid, errors } = parseOutcomes(c.var.body);
		// All or nothing: a request with any invalid outcome writes none, so a corrected retry
		// cannot leave half a batch behind.
		if (errors.length) throw new ValidationError(errors, 'outcome');
		const at = new Date().toISOString();
		const upsert = c.env.DB.prepare(UPSERT);
		if (valid.length)
			await c.env.DB.batch(
				valid.map(({ value: o }) =>
					upsert.bind(
						o.lead_id,
						o.outcome_id ?? '',
						o.progressed ? 1 : 0,
						o.voice_ai === undefined ? null : o.voice_ai ? 1 : 0,
						o.occurred_at ?? null,
						at
					)
				)
			);
		// A list may hold one outcome twice (a retry inside a batch): it is one row, stored once.
		const stored = new Set(valid.map(({ value: o }) => `${o.lead_id}\u0000${o.outcome_id ?? ''}`));
		return c.json({ stored: stored.size });
	});
}

/** One outcome, a list of them, or `{ outcomes: [...] }`; lists are checked item by item. */
function parseOutcomes(body: unknown) {
	const list = Array.isArray(body)
		? body
		: v.is(v.object({ outcomes: v.array(v.unknown()) }), body)
			? body.outcomes
			: undefined;
	if (!list)
		return { valid: [{ index: 0, value: parseWith(OutcomeRecord, body, 'outcome') }], errors: [] };
	if (list.length > LIMITS.batchOutcomes)
		throw new ApiError(
			413,
			'batch_too_large',
			`post at most ${LIMITS.batchOutcomes} outcomes per request, this one has ${list.length}`,
			'outcomes'
		);
	return parseBatch(OutcomeRecord, list);
}
