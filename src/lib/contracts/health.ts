import * as v from 'valibot';

/** GET /health (200 when ready, 503 with the same body when degraded). */
export const Health = v.object({
	status: v.picklist(['ok', 'degraded']),
	model: v.nullable(
		v.object({
			version: v.string(),
			trained_at: v.optional(v.string()),
			age_hours: v.nullable(v.number()),
			loaded_at: v.string()
		})
	),
	model_error: v.nullable(v.string()),
	d1: v.picklist(['ok', 'unreachable']),
	r2: v.picklist(['ok', 'unreachable'])
});
export type Health = v.InferOutput<typeof Health>;
