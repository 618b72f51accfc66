import * as v from 'valibot';

/**
 * GET /models: the registry, the serving pointers, the live trial's rollout and the lineage of
 * pointer switches. The API types its answer with it (routes/models.ts), the OpenAPI document
 * is generated from it, and the dashboard parses every response with it.
 */
const Metrics = v.record(v.string(), v.nullable(v.number()));

export const RolloutMode = v.picklist(['direct', 'shadow', 'ab']);

/** A pointer switch: who or what changed the serving models, when and why. */
export const PointerSwitch = v.object({
	action: v.picklist(['promote', 'rollback', 'cycle']),
	actor: v.string(),
	reason: v.string(),
	/** The champion after the switch, and before it. */
	version: v.string(),
	previous: v.nullable(v.string()),
	challenger: v.nullable(v.string()),
	challenger_since: v.nullable(v.string()),
	previous_challenger: v.nullable(v.string()),
	previous_challenger_since: v.nullable(v.string()),
	at: v.string()
});

export const ModelRegistry = v.object({
	serving: v.nullable(v.string()),
	challenger: v.nullable(v.string()),
	challenger_since: v.nullable(v.string()),
	/** The live trial's rollout (direct when no challenger serves); null before any model. */
	rollout: v.nullable(v.object({ mode: RolloutMode, ab_share: v.number() })),
	models: v.array(
		v.object({
			version: v.string(),
			sha256: v.string(),
			r2_key: v.string(),
			size_bytes: v.number(),
			created_at: v.string(),
			uploaded_at: v.string(),
			serving: v.boolean(),
			summary: v.object({
				rows: v.optional(v.number()),
				date_range: v.optional(v.nullable(v.tuple([v.string(), v.string()]))),
				thresholds: v.optional(v.record(v.string(), v.number())),
				progression: v.optional(Metrics),
				voice_ai: v.optional(Metrics)
			})
		})
	),
	/** Newest first. */
	history: v.array(PointerSwitch)
});
export type ModelRegistry = v.InferOutput<typeof ModelRegistry>;
