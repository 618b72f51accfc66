import { FEATURE_COUNT } from '../../../src/lib/core/features';
import type { Variant } from '../../../src/lib/core/lifecycle';
import type { Lead, ScoreResult } from '../../../src/lib/core/schema';
import type { ServingModel } from './model-cache';

export type ScoreSource = 'api' | 'batch' | 'webhook';

/**
 * One statement per chunk of leads rather than one per lead: the rows travel as one JSON
 * parameter and json_each unpacks them (a 1,000-lead batch: 1,000 statements → 2). A chunk
 * stays under D1's 2 MB limit on a bound value.
 */
const INSERT = `INSERT INTO scored_leads (lead_id, batch_id, source, model_version, variant, lead,
	features, result, qualification_score, progression_probability, voice_ai_fit, recommendation,
	scored_at)
SELECT value ->> 0, ?1, ?2, value ->> 1, value ->> 2, value -> 3, value -> 4, value -> 5,
	value ->> 6, value ->> 7, value ->> 8, value ->> 9, ?3
FROM json_each(?4)`;
const CHUNK_BYTES = 1_500_000;

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
	const insert = db.prepare(INSERT);
	const at = new Date().toISOString();
	const bind = (rows: string[]) =>
		insert.bind(meta.batchId ?? null, meta.source, at, `[${rows.join(',')}]`);
	const results: ScoreResult[] = [];
	const writes: D1PreparedStatement[] = [];
	let chunk: string[] = [];
	let bytes = 0;
	for (const lead of leads) {
		const result = { ...model.scorer.score(lead, x), variant: meta.variant };
		results.push(result);
		const row = JSON.stringify([
			lead.lead_id ?? null,
			result.model_version,
			meta.variant,
			lead,
			Array.from(x), // NaN (missing) becomes null
			result,
			result.qualification_score,
			result.progression_probability,
			result.voice_ai_fit,
			result.recommendation
		]);
		if (bytes + row.length > CHUNK_BYTES && chunk.length) {
			writes.push(bind(chunk));
			chunk = [];
			bytes = 0;
		}
		chunk.push(row);
		bytes += row.length + 1;
	}
	if (chunk.length) writes.push(bind(chunk));
	return { results, writes };
}
