import * as v from 'valibot';
import { Lead } from '../core/schema/lead';
import { Outcome } from '../core/schema/outcome';

/**
 * POST /score/batch as clients send it. The API checks the envelope first (BatchEnvelope) and
 * then each lead on its own, so one bad row is reported by index and the rest are scored.
 */
export const BatchRequest = v.object({
	leads: v.array(Lead),
	batch_id: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)))
});
export const BatchEnvelope = v.object({ ...BatchRequest.entries, leads: v.array(v.unknown()) });

/** An outcome as posted: the core Outcome plus an optional id for several outcomes per lead. */
export const OutcomeRecord = v.object({
	...Outcome.entries,
	outcome_id: v.optional(
		v.pipe(
			v.union([v.string(), v.pipe(v.number(), v.integer())]),
			v.transform(String),
			v.maxLength(200)
		)
	),
	/** The `score_id` of the scoring the rep saw (from /score): pairs the outcome with it. */
	score_id: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)))
});

/** POST /outcomes: one outcome, a list of them, or `{ outcomes: [...] }`. */
export const OutcomesRequest = v.union([
	OutcomeRecord,
	v.array(OutcomeRecord),
	v.object({ outcomes: v.array(OutcomeRecord) })
]);

const VERSION = /^[a-z]+_\d{8}_\d{6}$/;
export const VERSION_MESSAGE = 'a version looks like retrain_YYYYMMDD_HHMMSS';
/** A model version name. */
export const ModelVersionName = v.pipe(v.string(), v.regex(VERSION, VERSION_MESSAGE));

/** POST /models/rollback: empty → the champion before the current one. */
export const RollbackRequest = v.object({ version: v.optional(ModelVersionName) });

/** POST /cycles/run (optional body). */
export const RunCycleRequest = v.object({
	/** Train a challenger even when no retraining rule fires. */
	force: v.optional(v.boolean())
});
