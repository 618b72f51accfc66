import * as v from 'valibot';

/**
 * Response bodies of the dashboard's aggregate endpoints (GET /monitoring/…). One schema per
 * body: it types the handler, generates the OpenAPI document, and the dashboard client parses
 * every response with it, so a chart never sees a shape the API did not promise.
 */

const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** Monday (UTC) of an ISO week, YYYY-MM-DD. */
const Week = v.pipe(v.string(), v.isoDate());

const Metrics = {
	n: v.number(),
	positives: v.number(),
	accuracy: Share,
	precision: Share,
	recall: Share,
	roc_auc: v.nullable(Share)
};

export const AccuracyReport = v.object({
	since: Week,
	/** The 75% alert line of the learning cycle (DEFAULT_CONFIG.monitor.accuracyFloor). */
	floor: Share,
	window_days: v.number(),
	/** The serving models on outcomes of the last `window_days` days; null below the cycle's minimum rows. */
	rolling: v.nullable(v.object({ ...Metrics, alert: v.boolean() })),
	/** Per outcome week and the model version that scored the lead (p ≥ 0.5). */
	weeks: v.array(v.object({ week: Week, model_version: v.string(), ...Metrics }))
});
export type AccuracyReport = v.InferOutput<typeof AccuracyReport>;

export const BusinessReport = v.object({
	since: Week,
	/** Per week of the intro call (lead.call_date, else the day it was scored). */
	weeks: v.array(
		v.object({
			week: Week,
			scored: v.number(),
			/** Leads the model sent to an AE (AE_HANDOFF). */
			recommended: v.number(),
			/** Of those, how many have an outcome yet, and how many the AE accepted (progressed). */
			recommended_with_outcome: v.number(),
			accepted: v.number(),
			/** Leads not sent whose outcome says they would not have progressed. */
			unqualified_avoided: v.number(),
			with_outcome: v.number()
		})
	)
});
export type BusinessReport = v.InferOutput<typeof BusinessReport>;

const Latency = {
	requests: v.number(),
	error_rate: Share,
	p50_ms: v.number(),
	p95_ms: v.number(),
	p99_ms: v.number()
};

export const RequestSeries = v.object({
	since: v.pipe(v.string(), v.isoTimestamp()),
	bucket_minutes: v.number(),
	endpoints: v.array(
		v.object({
			/** Method and route pattern, e.g. "POST /score/batch". */
			endpoint: v.string(),
			points: v.array(v.object({ at: v.pipe(v.string(), v.isoTimestamp()), ...Latency }))
		})
	)
});
export type RequestSeries = v.InferOutput<typeof RequestSeries>;

const FeatureDrift = v.object({
	test: v.picklist(['ks', 'chi_square', 'jensen_shannon']),
	statistic: v.number(),
	p_value: v.nullable(v.number()),
	threshold: v.number(),
	drifted: v.boolean(),
	/** Categorical features: values training never had (drift by definition). */
	new_categories: v.optional(v.array(v.number()))
});

export const FeatureReport = v.object({
	champion: v.nullable(v.string()),
	window_days: v.number(),
	/** Recent scored leads the distributions and drift are computed on. */
	rows: v.number(),
	/** Registered versions, oldest first, with normalised gain importance (sums to 1). */
	versions: v.array(
		v.object({
			version: v.string(),
			created_at: v.string(),
			progression: v.record(v.string(), v.number()),
			voice_ai: v.record(v.string(), v.number())
		})
	),
	drift: v.nullable(
		v.object({
			regime: v.picklist(['p_value', 'distance']),
			drift_share: Share,
			share_threshold: Share,
			dataset_drift: v.boolean()
		})
	),
	/** The champion's training distribution against the recent one, on the artifact's bins. */
	features: v.array(
		v.object({
			name: v.string(),
			group: v.string(),
			bins: v.array(v.string()),
			training: v.array(Share),
			recent: v.array(Share),
			drift: v.nullable(FeatureDrift)
		})
	),
	voice_ai: v.array(
		v.object({
			week: Week,
			leads: v.number(),
			/** Share of leads with any Voice AI signal in the company data or the call. */
			signal_share: Share,
			/** Share the model ranked HIGH_VOICE_AI. */
			high_fit_share: Share
		})
	)
});
export type FeatureReport = v.InferOutput<typeof FeatureReport>;

/** GET /monitoring/requests: per endpoint, method and model version over the window. */
export const RequestStats = v.object({
	since: v.pipe(v.string(), v.isoTimestamp()),
	endpoints: v.array(
		v.object({
			endpoint: v.string(),
			method: v.string(),
			model_version: v.nullable(v.string()),
			requests: v.number(),
			client_errors: v.number(),
			server_errors: v.number(),
			error_rate: v.number(),
			p50_ms: v.nullable(v.number()),
			p95_ms: v.nullable(v.number()),
			p99_ms: v.nullable(v.number())
		})
	)
});

/** GET /monitoring/scores: what each version and variant answered over the window. */
export const ScoreStats = v.object({
	since: v.string(),
	versions: v.array(
		v.object({
			model_version: v.string(),
			variant: v.string(),
			scored: v.number(),
			mean_score: v.number(),
			mean_progression: v.number(),
			mean_voice_ai_fit: v.number(),
			ae_handoff: v.number(),
			nurture: v.number(),
			disqualify: v.number(),
			/** Scores in ten bins of 10 points (90–100 the last). */
			histogram: v.array(v.number())
		})
	)
});
