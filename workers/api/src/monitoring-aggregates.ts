import { binaryReport } from '../../../src/lib/core/eval/metrics';
import { FEATURE_NAMES, FEATURE_SPEC } from '../../../src/lib/core/features';
import { binBoth, DEFAULT_CONFIG, detectDrift } from '../../../src/lib/core/lifecycle';
import type { ModelArtifact } from '../../../src/lib/core/scoring';
import type { Bindings } from './env';
import type {
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	RequestSeries
} from '../../../src/lib/contracts/monitoring';
import { listModels, readArtifact, servingModelInfo } from '../../shared/model-registry';
import { PAIRED_SCORING } from '../../shared/paired-scoring';

const DAY = 86_400_000;

/** Monday (UTC) of the week holding `t`, YYYY-MM-DD. */
export function weekOf(t: number): string {
	const d = new Date(t);
	return new Date(t - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

/** SQLite: Monday of the week of a date or timestamp column (same rule as weekOf). */
const sqlWeek = (column: string) => `date(${column}, '-6 days', 'weekday 1')`;
/** The date a lead belongs to: its intro call when known, else when it was scored. */
const CALL_DATE = `COALESCE(json_extract(lead, '$.call_date'), scored_at)`;
/** One row per lead: a lead scored twice counts once, with its latest score. */
const LATEST = `id IN (SELECT MAX(id) FROM scored_leads GROUP BY COALESCE(lead_id, id))`;

const metrics = (labels: number[], probs: number[]) => {
	const { n, positives, accuracy, precision, recall, roc_auc } = binaryReport(labels, probs, 0.5);
	return { n, positives, accuracy, precision, recall, roc_auc };
};

/**
 * Outcomes joined to the prediction that was served for the lead (see PAIRED_SCORING), grouped
 * by the week the outcome occurred and the version that scored it; plus the rolling window the
 * learning cycle monitors (same floor, window and minimum rows). O(outcomes in range).
 */
export async function accuracyReport(db: D1Database, weeks: number): Promise<AccuracyReport> {
	const { accuracyFloor, windowDays, minRows } = DEFAULT_CONFIG.monitor;
	const now = Date.now();
	const since = weekOf(now - weeks * 7 * DAY);
	const { results } = await db
		.prepare(
			`SELECT o.progressed AS y, s.progression_probability AS p, s.model_version AS version,
				COALESCE(o.occurred_at, o.received_at) AS at
			FROM outcomes o JOIN scored_leads s ON s.id = ${PAIRED_SCORING}
			WHERE COALESCE(o.occurred_at, o.received_at) >= ? ORDER BY at`
		)
		.bind(since)
		.all<{ y: number; p: number; version: string; at: string }>();
	const groups = new Map<string, { week: string; version: string; y: number[]; p: number[] }>();
	const recent = { y: [] as number[], p: [] as number[] };
	const windowStart = now - windowDays * DAY;
	for (const row of results) {
		const t = Date.parse(row.at);
		const week = weekOf(t);
		const key = `${week} ${row.version}`;
		const g = groups.get(key) ?? { week, version: row.version, y: [], p: [] };
		groups.set(key, g);
		g.y.push(row.y);
		g.p.push(row.p);
		if (t >= windowStart && t <= now) {
			recent.y.push(row.y);
			recent.p.push(row.p);
		}
	}
	const rolling = recent.y.length >= minRows ? metrics(recent.y, recent.p) : null;
	return {
		since,
		floor: accuracyFloor,
		window_days: windowDays,
		rolling: rolling && { ...rolling, alert: rolling.accuracy < accuracyFloor },
		weeks: [...groups.values()].map((g) => ({
			week: g.week,
			model_version: g.version,
			...metrics(g.y, g.p)
		}))
	};
}

/** Handoffs and their outcomes per week of the intro call. One query. */
export async function businessReport(db: D1Database, weeks: number): Promise<BusinessReport> {
	const since = weekOf(Date.now() - weeks * 7 * DAY);
	const { results } = await db
		.prepare(
			`WITH s AS (
				SELECT ${sqlWeek(CALL_DATE)} AS week, lead_id, recommendation = 'AE_HANDOFF' AS sent
				FROM scored_leads WHERE ${LATEST}),
			o AS (SELECT lead_id, MAX(progressed) AS progressed FROM outcomes GROUP BY lead_id)
			SELECT week, COUNT(*) AS scored, SUM(sent) AS recommended,
				SUM(sent AND o.lead_id IS NOT NULL) AS recommended_with_outcome,
				SUM(sent AND o.progressed = 1) AS accepted,
				SUM(NOT sent AND o.progressed = 0) AS unqualified_avoided,
				SUM(o.lead_id IS NOT NULL) AS with_outcome
			FROM s LEFT JOIN o USING (lead_id) WHERE week >= ? GROUP BY week ORDER BY week`
		)
		.bind(since)
		.all<BusinessReport['weeks'][number]>();
	return { since, weeks: results };
}

/**
 * Requests, error rate and latency percentiles per endpoint and time bucket. Percentiles by
 * rank within each (endpoint, bucket) partition, as in GET /monitoring/requests.
 */
export async function requestSeries(
	db: D1Database,
	hours: number,
	bucketMinutes: number
): Promise<RequestSeries> {
	const bucket = bucketMinutes * 60_000;
	const since = Math.floor((Date.now() - hours * 3.6e6) / bucket) * bucket;
	const { results } = await db
		.prepare(
			`WITH ranked AS (
				SELECT method || ' ' || endpoint AS endpoint, CAST(at / ?1 AS INTEGER) * ?1 AS bucket, status, latency_ms,
					ROW_NUMBER() OVER (PARTITION BY method, endpoint, CAST(at / ?1 AS INTEGER) ORDER BY latency_ms) AS rank,
					COUNT(*) OVER (PARTITION BY method, endpoint, CAST(at / ?1 AS INTEGER)) AS n
				FROM requests WHERE at >= ?2)
			SELECT endpoint, bucket, COUNT(*) AS requests,
				ROUND(1.0 * SUM(status >= 400) / COUNT(*), 4) AS error_rate,
				MIN(CASE WHEN rank >= 0.50 * n THEN latency_ms END) AS p50_ms,
				MIN(CASE WHEN rank >= 0.95 * n THEN latency_ms END) AS p95_ms,
				MIN(CASE WHEN rank >= 0.99 * n THEN latency_ms END) AS p99_ms
			FROM ranked GROUP BY endpoint, bucket ORDER BY endpoint, bucket`
		)
		.bind(bucket, since)
		.all<
			{ endpoint: string; bucket: number } & Omit<RequestSeries['endpoints'][0]['points'][0], 'at'>
		>();
	const endpoints = new Map<string, RequestSeries['endpoints'][number]>();
	for (const { endpoint, bucket: at, ...point } of results) {
		const e = endpoints.get(endpoint) ?? { endpoint, points: [] };
		endpoints.set(endpoint, e);
		e.points.push({ at: new Date(at).toISOString(), ...point });
	}
	return {
		since: new Date(since).toISOString(),
		bucket_minutes: bucketMinutes,
		endpoints: [...endpoints.values()]
	};
}

/** At most this many versions' artifacts are read from R2 for importance (newest first). */
const IMPORTANCE_VERSIONS = 12;
/** At most this many recent scored leads feed the distributions and the drift tests. */
const RECENT_ROWS = 5000;

/** Human labels of an artifact's bins, in binBoth's order (missing first when present). */
function binLabels(reference: ModelArtifact['data']['features'][string], withMissing: boolean) {
	const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
	const labels = Array.isArray(reference.counts)
		? (() => {
				const edges = reference.edges ?? [];
				return reference.counts.map((_, b) =>
					b === 0
						? `< ${fmt(edges[0] ?? 0)}`
						: b === edges.length
							? `≥ ${fmt(edges[b - 1]!)}`
							: `${fmt(edges[b - 1]!)}–${fmt(edges[b]!)}`
				);
			})()
		: Object.keys(reference.counts);
	return withMissing ? ['missing', ...labels] : labels;
}

const shares = (counts: number[]) => {
	const total = counts.reduce((a, b) => a + b, 0) || 1;
	return counts.map((c) => c / total);
};

/**
 * Gain importance per registered version (from the artifacts in R2), and for the serving
 * champion each feature's training distribution against recent scored leads with the same
 * drift test the learning cycle runs (detectDrift, default thresholds); plus the Voice AI
 * signal share per week. O(versions × artifact size + recent rows × features).
 */
export async function featureReport(env: Bindings, weeks: number): Promise<FeatureReport> {
	const { windowDays } = DEFAULT_CONFIG.monitor;
	const [models, serving] = await Promise.all([listModels(env.DB), servingModelInfo(env.DB)]);
	const artifacts = new Map<string, ModelArtifact>();
	await Promise.all(
		models.slice(0, IMPORTANCE_VERSIONS).map(async (info) => {
			artifacts.set(info.version, await (await readArtifact(env, info)).json<ModelArtifact>());
		})
	);
	const versions = models
		.slice(0, IMPORTANCE_VERSIONS)
		.reverse()
		.map((info) => {
			const a = artifacts.get(info.version)!;
			return {
				version: info.version,
				created_at: info.created_at,
				progression: a.progression.importance,
				voice_ai: a.voice_ai.importance
			};
		});

	const recentSince = new Date(Date.now() - windowDays * DAY).toISOString().slice(0, 10);
	const voiceColumns = (['company_voice_ai_signals', 'call_voice_ai_signals'] as const).map(
		(name) => `COALESCE(json_extract(features, '$[${FEATURE_NAMES.indexOf(name)}]'), 0) > 0`
	);
	const [recent, voice] = await env.DB.batch<Record<string, string | number>>([
		env.DB.prepare(
			`SELECT features, progression_probability AS p FROM scored_leads
			WHERE ${LATEST} AND ${CALL_DATE} >= ? ORDER BY id DESC LIMIT ${RECENT_ROWS}`
		).bind(recentSince),
		env.DB.prepare(
			`SELECT ${sqlWeek(CALL_DATE)} AS week, COUNT(*) AS leads,
				ROUND(1.0 * SUM(${voiceColumns.join(' OR ')}) / COUNT(*), 4) AS signal_share,
				ROUND(1.0 * SUM(json_extract(result, '$.priority') = 'HIGH_VOICE_AI') / COUNT(*), 4) AS high_fit_share
			FROM scored_leads WHERE ${LATEST} AND week >= ? GROUP BY week ORDER BY week`
		).bind(weekOf(Date.now() - weeks * 7 * DAY))
	]);
	const rows = recent!.results;
	const champion =
		serving &&
		(artifacts.get(serving.version) ??
			(await (await readArtifact(env, serving)).json<ModelArtifact>()));
	const cols = FEATURE_SPEC.length;
	const matrix = new Float32Array(rows.length * cols);
	rows.forEach((r, i) =>
		(JSON.parse(r.features as string) as (number | null)[]).forEach(
			(x, f) => (matrix[i * cols + f] = x ?? NaN)
		)
	);
	const drift = champion
		? detectDrift({
				artifact: champion,
				features: matrix,
				rows: rows.length,
				predictions: rows.map((r) => r.p as number),
				config: DEFAULT_CONFIG.drift
			})
		: null;
	const tests = new Map(drift?.features.map((d) => [d.feature, d]));
	const column = new Float64Array(rows.length);
	const features = champion
		? FEATURE_SPEC.flatMap((spec, f) => {
				const reference = champion.data.features[spec.name];
				if (!reference) return [];
				for (let i = 0; i < rows.length; i++) column[i] = matrix[i * cols + f]!;
				const { ref, cur } = binBoth(reference, column);
				const labels = binLabels(reference, reference.missing > 0 || column.some(Number.isNaN));
				const test = tests.get(spec.name);
				return [
					{
						name: spec.name,
						group: spec.group,
						// Values the training data never had get their own bins after the known ones.
						bins: [...labels, ...ref.slice(labels.length).map((_, k) => `new ${k + 1}`)],
						training: shares(ref),
						recent: shares(cur),
						drift: test
							? {
									test: test.test,
									statistic: test.statistic,
									p_value: test.p_value,
									threshold: test.threshold,
									drifted: test.drifted,
									...(test.new_categories ? { new_categories: test.new_categories } : {})
								}
							: null
					}
				];
			})
		: [];
	return {
		champion: serving?.version ?? null,
		window_days: windowDays,
		rows: rows.length,
		versions,
		drift: drift && {
			regime: drift.regime,
			drift_share: drift.drift_share,
			share_threshold: drift.share_threshold,
			dataset_drift: drift.dataset_drift
		},
		features,
		voice_ai: voice!.results as FeatureReport['voice_ai']
	};
}
