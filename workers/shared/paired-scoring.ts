/**
 * SQL: the id of the scoring that outcome `o` is judged and trained on — the one it names
 * (`score_id`), else its lead's latest authenticated scoring made before the outcome arrived.
 * An anonymous scoring, or one made after the outcome, never takes its place. NULL when the
 * lead was never scored by an authenticated client.
 */
export const PAIRED_SCORING = `coalesce(
	(SELECT id FROM scored_leads WHERE score_id = o.score_id AND principal IN ('rep', 'admin', 'webhook')),
	(SELECT max(id) FROM scored_leads WHERE lead_id = o.lead_id
		AND principal IN ('rep', 'admin', 'webhook') AND scored_at <= o.received_at))`;
