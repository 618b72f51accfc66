import { FEATURE_COUNT } from '../../../src/lib/core/features';
import type { Variant } from '../../../src/lib/core/lifecycle';
import type { Lead, ScoreResult } from '../../../src/lib/core/schema';
import type { Principal } from './env';
import type { ServingModel } from './model-cache';

export type ScoreSource = 'api' | 'batch' | 'webhook';

/**
 * One statement per chunk of leads rather than one per lead: the rows travel as one JSON
 * parameter and json_each unpacks them (a 1,000-lead batch: 1,000 statements → 2). A chunk
 * stays under D1's 2 MB limit on a bound value.
 */
const INSERT = `INSERT INTO scored_leads (lead_id, batch_id, source, model_version, variant, lead,
	features, result, qualification_score, progression_probability, voice_ai_fit, recommendation,
	scored_at, principal, score_id)
SELECT value ->> 0, ?1, ?2, value ->> 1, value ->> 2, value -> 3, value -> 4, value -> 5,
	value ->> 6, value ->> 7, value ->> 8, value ->> 9, ?3, ?5, value ->> 10
FROM json_each(?4)`;
const CHUNK_BYTES = 1_500_000;

/** What the caller of a scoring is and asked for; `principal` decides if it may be trained on. */
export interface ScoringMeta {
	source: ScoreSource;
	principal: Principal;
	batchId?: string;
}

/** A result as the API answers it: with the id of its stored scoring, to send with the outcome. */
export type StoredScore = ScoreResult & { score_id: string };

/**
 * Scores leads and returns the results with the D1 statements that record them (lead,
 * features, result, version, variant, who asked, score id), for the caller to run in one
 * batch, alone or with its own writes.
 */
export function scoreLeads(
	db: D1Database,
	model: ServingModel,
	leads: readonly Lead[],
	meta: ScoringMeta & { variant: Variant }
): { results: StoredScore[]; writes: D1PreparedStatement[] } {
	const x = new Float32Array(FEATURE_COUNT);
	const insert = db.prepare(INSERT);
	const at = new Date().toISOString();
	const bind = (rows: string[]) =>
		insert.bind(meta.batchId ?? null, meta.source, at, `[${rows.join(',')}]`, meta.principal);
	const results: StoredScore[] = [];
	const writes: D1PreparedStatement[] = [];
	let chunk: string[] = [];
	let bytes = 0;
	for (const lead of leads) {
		const result = {
			...model.scorer.score(lead, x),
			variant: meta.variant,
			score_id: crypto.randomUUID()
		};
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
			result.recommendation,
			result.score_id
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
