import * as v from 'valibot';
import { ScoreResult } from '../core/schema/score-result';

/** A row the API refused: its index in the request, the field at fault, why. */
export const RowError = v.object({
	index: v.number(),
	field: v.optional(v.string()),
	message: v.string()
});

/** POST /score/batch: results of the valid rows (with their index), errors of the others. */
export const BatchResponse = v.object({
	batch_id: v.string(),
	model_version: v.string(),
	results: v.array(v.object({ index: v.number(), ...ScoreResult.entries })),
	errors: v.array(RowError)
});

/** POST /outcomes. */
export const OutcomesStored = v.object({ stored: v.number() });

/** POST /webhooks/fellow: the call's score, or why it was not scored. */
export const WebhookResponse = v.union([
	ScoreResult,
	v.object({ ignored: v.string() }),
	v.object({ duplicate: v.literal(true), svix_id: v.string() })
]);
