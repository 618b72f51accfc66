import { Hono } from 'hono';
import * as v from 'valibot';
import type { ApiEnv } from '../env';
import {
	accuracyReport,
	businessReport,
	featureReport,
	requestSeries
} from '../monitoring-aggregates';
import { operation, query } from '../openapi/describe';
import type { ResponseName } from '../openapi/schemas';

/** `?hours=N` (default 24, at most 90 days) selects the window. */
const Window = v.object({
	hours: v.optional(
		v.pipe(v.string(), v.toNumber(), v.number(), v.minValue(0.01), v.maxValue(24 * 90)),
		'24'
	)
});

/** `?weeks=N` (default 12, at most two years) of weekly aggregates. */
const Weeks = v.object({
	weeks: v.optional(
		v.pipe(v.string(), v.toNumber(), v.number(), v.integer(), v.minValue(1), v.maxValue(104)),
		'12'
	)
});

/** `?hours=N&bucket_minutes=M` (default 24 h in 60-minute buckets, at most 500 buckets). */
const SeriesWindow = v.pipe(
	v.object({
		...Window.entries,
		bucket_minutes: v.optional(
			v.pipe(v.string(), v.toNumber(), v.number(), v.integer(), v.minValue(1), v.maxValue(1440)),
			'60'
		)
	}),
	v.check(
		({ hours, bucket_minutes }) => (hours * 60) / bucket_minutes <= 500,
		'at most 500 buckets: raise bucket_minutes or lower hours'
	)
);

// Percentiles with window functions: rank each latency within its endpoint and version, then
// take the first rank at or past each quantile. One pass over the window's rows.
const REQUESTS = `WITH ranked AS (
	SELECT endpoint, method, COALESCE(model_version, '') AS model_version, status, latency_ms,
		ROW_NUMBER() OVER (PARTITION BY endpoint, method, model_version ORDER BY latency_ms) AS rank,
		COUNT(*) OVER (PARTITION BY endpoint, method, model_version) AS n
	FROM requests WHERE at >= ?)
SELECT endpoint, method, NULLIF(model_version, '') AS model_version, COUNT(*) AS requests,
	SUM(status >= 400 AND status < 500) AS client_errors, SUM(status >= 500) AS server_errors,
	ROUND(1.0 * SUM(status >= 400) / COUNT(*), 4) AS error_rate,
	MIN(CASE WHEN rank >= 0.50 * n THEN latency_ms END) AS p50_ms,
	MIN(CASE WHEN rank >= 0.95 * n THEN latency_ms END) AS p95_ms,
	MIN(CASE WHEN rank >= 0.99 * n THEN latency_ms END) AS p99_ms
FROM ranked GROUP BY endpoint, method, model_version ORDER BY requests DESC`;

const SCORES = `SELECT model_version, variant, COUNT(*) AS scored,
	ROUND(AVG(qualification_score), 2) AS mean_score,
	ROUND(AVG(progression_probability), 4) AS mean_progression,
	ROUND(AVG(voice_ai_fit), 2) AS mean_voice_ai_fit,
	SUM(recommendation = 'AE_HANDOFF') AS ae_handoff, SUM(recommendation = 'NURTURE') AS nurture,
	SUM(recommendation = 'DISQUALIFY') AS disqualify
FROM scored_leads WHERE scored_at >= ? GROUP BY model_version, variant ORDER BY scored DESC`;

const HISTOGRAM = `SELECT model_version, MIN(qualification_score / 10, 9) AS bin, COUNT(*) AS n
FROM scored_leads WHERE scored_at >= ? GROUP BY model_version, bin`;

/** A monitoring report: API key, query parameters checked (400 naming the wrong one). */
const report = (summary: string, description: string, body: ResponseName) =>
	operation({ summary, auth: 'apiKey', responses: { 200: { description, body } }, errors: [400] });

const doc = {
	requests: report(
		'Requests, error rates and latency percentiles per endpoint and model version',
		'per endpoint',
		'RequestStats'
	),
	series: report(
		'Requests, error rate and p50/p95/p99 latency per endpoint and time bucket',
		'per endpoint, per bucket',
		'RequestSeries'
	),
	accuracy: report(
		'Accuracy, precision, recall and ROC AUC of served predictions on outcomes, per week and version, and rolling',
		'weekly and rolling',
		'AccuracyReport'
	),
	business: report(
		'AE handoffs recommended and accepted, unqualified handoffs avoided, per call week',
		'per week',
		'BusinessReport'
	),
	features: report(
		'Gain importance per version; training vs recent distribution and drift per feature; Voice AI signal share per week',
		'features',
		'FeatureReport'
	),
	scores: report(
		'Score distributions and recommendation counts per model version',
		'per version',
		'ScoreStats'
	)
};

/**
 * Monitoring data for the dashboard: traffic, latency, errors, score distributions, and the
 * aggregates its charts read (accuracy, business, request series, features) — each a typed
 * body (src/lib/contracts/monitoring.ts), never raw rows.
 */
export function monitoringRoutes() {
	return new Hono<ApiEnv>()
		.get('/requests', doc.requests, query(Window), async (c) => {
			const { hours } = c.req.valid('query');
			const since = Date.now() - hours * 3.6e6;
			const { results } = await c.env.DB.prepare(REQUESTS).bind(since).all();
			return c.json({ since: new Date(since).toISOString(), endpoints: results });
		})
		.get('/requests/series', doc.series, query(SeriesWindow), async (c) => {
			const { hours, bucket_minutes } = c.req.valid('query');
			return c.json(await requestSeries(c.env.DB, hours, bucket_minutes));
		})
		.get('/accuracy', doc.accuracy, query(Weeks), async (c) => {
			const { weeks } = c.req.valid('query');
			return c.json(await accuracyReport(c.env.DB, weeks));
		})
		.get('/business', doc.business, query(Weeks), async (c) => {
			const { weeks } = c.req.valid('query');
			return c.json(await businessReport(c.env.DB, weeks));
		})
		.get('/features', doc.features, query(Weeks), async (c) => {
			const { weeks } = c.req.valid('query');
			return c.json(await featureReport(c.env, weeks));
		})
		.get('/scores', doc.scores, query(Window), async (c) => {
			const { hours } = c.req.valid('query');
			const since = new Date(Date.now() - hours * 3.6e6).toISOString();
			const [summary, bins] = await c.env.DB.batch<Record<string, number | string>>([
				c.env.DB.prepare(SCORES).bind(since),
				c.env.DB.prepare(HISTOGRAM).bind(since)
			]);
			// qualification_score in ten bins of 10 points (90–100 is the last).
			const histograms: Record<string, number[]> = {};
			for (const { model_version, bin, n } of bins!.results)
				(histograms[model_version as string] ??= Array(10).fill(0))[bin as number] = n as number;
			return c.json({
				since,
				versions: summary!.results.map((s) => ({
					...s,
					histogram: histograms[s.model_version as string]
				}))
			});
		});
}
