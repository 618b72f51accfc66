import * as v from 'valibot';
import { ROLLOUT_MODES } from '../core/lifecycle/rollout';

/**
 * The model registry's bodies (GET /models and the version routes, the pointer switches). The
 * API types its answers with them, the OpenAPI document names them, the dashboard parses with
 * them.
 */
const Metrics = v.record(v.string(), v.nullable(v.number()));

export const RolloutMode = v.picklist(ROLLOUT_MODES);

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

/** What the registry keeps of an artifact: cut-offs, holdout metrics, training rows and dates. */
const ModelSummary = v.object({
	rows: v.optional(v.number()),
	date_range: v.optional(v.nullable(v.tuple([v.string(), v.string()]))),
	thresholds: v.optional(v.record(v.string(), v.number())),
	progression: v.optional(Metrics),
	voice_ai: v.optional(Metrics)
});

/** A registered version: PUT/POST /models (201 new, 200 already registered). */
export const ModelInfo = v.object({
	version: v.string(),
	sha256: v.string(),
	r2_key: v.string(),
	size_bytes: v.number(),
	created_at: v.string(),
	uploaded_at: v.string(),
	summary: ModelSummary
});

/** GET /models/:version, and each entry of GET /models. */
export const ModelVersion = v.object({ ...ModelInfo.entries, serving: v.boolean() });

/** GET /models: the registry, the pointers, the live rollout and the pointer history. */
export const ModelRegistry = v.object({
	serving: v.nullable(v.string()),
	challenger: v.nullable(v.string()),
	challenger_since: v.nullable(v.string()),
	/** The live trial's rollout (direct when no challenger serves); null before any model. */
	rollout: v.nullable(v.object({ mode: RolloutMode, ab_share: v.number() })),
	models: v.array(ModelVersion),
	/** Newest first. */
	history: v.array(PointerSwitch)
});
export type ModelRegistry = v.InferOutput<typeof ModelRegistry>;

/** POST /models/rollback. */
export const RollbackResult = v.object({
	action: v.literal('rollback'),
	version: v.string(),
	previous: v.nullable(v.string()),
	actor: v.string(),
	reason: v.string(),
	at: v.string()
});
