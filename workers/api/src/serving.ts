import { servingPlan } from '../../../src/lib/core/lifecycle';
import type { Lead } from '../../../src/lib/core/schema';
import type { ServingModels } from './model-cache';
import { scoreLeads, type ScoringMeta, type StoredScore } from './scored-leads';

const SHADOW = `INSERT INTO shadow_scores (lead_id, model_version, progression_probability, result,
	scored_at, score_id) VALUES (?, ?, ?, ?, ?, ?)`;

/**
 * Scores leads under the live trial, if one runs: in A/B mode each lead goes to the variant
 * its lead_id hashes to (sticky; leads without an id stay on the champion), in shadow mode the
 * challenger also scores every lead into `shadow_scores` — logged for the cycle, never
 * returned. Results keep the leads' order; `writes` record them (one D1 batch for the caller).
 */
export function scoreServed(
	db: D1Database,
	models: ServingModels,
	leads: readonly Lead[],
	meta: ScoringMeta
): { results: StoredScore[]; writes: D1PreparedStatement[] } {
	const { champion, trial } = models;
	if (!trial) return scoreLeads(db, champion, leads, { ...meta, variant: 'champion' });
	const challengerRows: number[] = [];
	const championRows: number[] = [];
	leads.forEach((lead, i) => {
		const plan = servingPlan({
			leadId: lead.lead_id,
			mode: trial.mode,
			share: trial.share,
			challenger: trial.challenger.version
		});
		(plan.serve === 'challenger' ? challengerRows : championRows).push(i);
	});
	const a = scoreLeads(
		db,
		champion,
		championRows.map((i) => leads[i]!),
		{ ...meta, variant: 'champion' }
	);
	const b = scoreLeads(
		db,
		trial.challenger,
		challengerRows.map((i) => leads[i]!),
		{ ...meta, variant: 'challenger' }
	);
	const results: StoredScore[] = new Array(leads.length);
	championRows.forEach((row, k) => (results[row] = a.results[k]!));
	challengerRows.forEach((row, k) => (results[row] = b.results[k]!));
	const writes = [...a.writes, ...b.writes];
	if (trial.mode === 'shadow') {
		const at = new Date().toISOString();
		const insert = db.prepare(SHADOW);
		leads.forEach((lead, i) => {
			const shadow = trial.challenger.scorer.score(lead);
			writes.push(
				insert.bind(
					lead.lead_id ?? null,
					shadow.model_version,
					shadow.progression_probability,
					JSON.stringify(shadow),
					at,
					results[i]!.score_id
				)
			);
		});
	}
	return { results, writes };
}
