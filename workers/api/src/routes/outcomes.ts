import { Hono } from 'hono';
import * as v from 'valibot';
import { OutcomeRecord } from '../../../../src/lib/contracts/requests';
import {
	parseBatch,
	parseWith,
	ValidationError,
	type FieldIssue
} from '../../../../src/lib/core/schema';
import type { ApiEnv, Principal } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import { operation } from '../openapi/describe';

// Idempotent per (lead_id, outcome_id): a retry rewrites the same row; received_at keeps the
// first arrival.
const UPSERT = `INSERT INTO outcomes (lead_id, outcome_id, progressed, voice_ai, occurred_at,
	received_at, score_id) VALUES (?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (lead_id, outcome_id) DO UPDATE SET progressed = excluded.progressed,
	voice_ai = excluded.voice_ai, occurred_at = excluded.occurred_at,
	score_id = coalesce(excluded.score_id, outcomes.score_id)`;

// The named scorings, to check they exist, belong to the outcome's lead and may be trained on.
const NAMED_SCORINGS = `SELECT score_id, lead_id, principal FROM scored_leads
	WHERE score_id IN (SELECT value FROM json_each(?))`;

const doc = operation({
	summary:
		'Store labelled outcomes (one, a list, or {outcomes}); idempotent per lead_id + outcome_id',
	auth: 'admin',
	body: 'OutcomesRequest',
	responses: { 200: { description: 'stored', body: 'OutcomesStored' } },
	errors: [400, 413, 415]
});

export function outcomeRoutes() {
	return new Hono<ApiEnv>().post('/', doc, jsonBody(LIMITS.batchBodyBytes), async (c) => {
		const { valid, errors } = parseOutcomes(c.var.body);
		// All or nothing: a request with any invalid outcome writes none, so a corrected retry
		// cannot leave half a batch behind.
		if (errors.length) throw new ValidationError(errors, 'outcome');
		await checkScoreIds(c.env.DB, valid);
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
						at,
						o.score_id ?? null
					)
				)
			);
		// A list may hold one outcome twice (a retry inside a batch): it is one row, stored once.
		const stored = new Set(valid.map(({ value: o }) => `${o.lead_id}\u0000${o.outcome_id ?? ''}`));
		return c.json({ stored: stored.size });
	});
}

/**
 * An outcome may name only an authenticated scoring of its own lead; otherwise the whole
 * request is refused (400, the field and the outcome's index), like any invalid outcome.
 */
async function checkScoreIds(
	db: D1Database,
	outcomes: readonly { index: number; value: v.InferOutput<typeof OutcomeRecord> }[]
): Promise<void> {
	const named = outcomes.filter(({ value }) => value.score_id !== undefined);
	if (!named.length) return;
	const { results } = await db
		.prepare(NAMED_SCORINGS)
		.bind(JSON.stringify(named.map(({ value }) => value.score_id)))
		.all<{ score_id: string; lead_id: string | null; principal: Principal | 'legacy' }>();
	const found = new Map(results.map((r) => [r.score_id, r]));
	const issues: FieldIssue[] = [];
	for (const { index, value } of named) {
		const row = found.get(value.score_id!);
		const message = !row
			? 'no scoring has this score_id'
			: row.lead_id !== value.lead_id
				? `this scoring is of another lead (${row.lead_id ?? 'no lead_id'})`
				: row.principal === 'anonymous' || row.principal === 'legacy'
					? 'this scoring was made without a token and cannot be trained on'
					: undefined;
		if (message) issues.push({ field: 'score_id', message, index });
	}
	if (issues.length) throw new ValidationError(issues, 'outcome');
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
