import { extractFeatures, FEATURE_COUNT } from '../../../src/lib/core/features';
import type { Variant } from '../../../src/lib/core/lifecycle';
import type { Lead, ScoreResult } from '../../../src/lib/core/schema';
import type { ServingModel } from './model-cache';

export type ScoreSource = 'api' | 'batch' | 'webhook';

const INSERT = `INSERT INTO scored_leads (lead_id, batch_id, source, model_version, variant, lead,
	features, result, qualification_score, progression_probability, voice_ai_fit, recommendation,
	scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Scores leads and returns the results with the D1 statements that record them (lead,
 * features, result, version, variant), for the caller to run in one batch, alone or with its
 * own writes.
 */
export function scoreLeads(
	db: D1Database,
	model: ServingModel,
	leads: readonly Lead[],
	meta: { source: ScoreSource; batchId?: string; variant: Variant }
): { results: ScoreResult[]; writes: D1PreparedStatement[] } {
	const x = new Float32Array(FEATURE_COUNT);
	const at = new Date().toISOString();
	const insert = db.prepare(INSERT);
	const results: ScoreResult[] = [];
	const writes: D1PreparedStatement[] = [];
	for (const lead of leads) {
		const result = { ...model.scorer.score(lead), variant: meta.variant };
		extractFeatures(lead, x);
		results.push(result);
		writes.push(
			insert.bind(
				lead.lead_id ?? null,
				meta.batchId ?? null,
				meta.source,
				result.model_version,
				meta.variant,
				JSON.stringify(lead),
				JSON.stringify(Array.from(x)), // NaN (missing) becomes null
				JSON.stringify(result),
				result.qualification_score,
				result.progression_probability,
				result.voice_ai_fit,
				result.recommendation,
				at
			)
		);
	}
	return { results, writes };
}
