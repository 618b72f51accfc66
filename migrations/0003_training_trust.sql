-- Training rows come only from authenticated clients (issue 14). Each scoring records who asked
-- (`principal`) and gets an id the client can send back with the outcome (`score_id`), so an
-- outcome is paired with the scoring its rep saw — never with a later or anonymous one.

-- 'anonymous': /score without a token while API_KEY is unset (kept for monitoring only);
-- 'rep': the API key; 'admin': the admin token; 'webhook': a signed Fellow delivery;
-- 'legacy': scored before this migration, caller unknown — not trained on.
ALTER TABLE scored_leads ADD COLUMN principal TEXT NOT NULL DEFAULT 'anonymous'
	CHECK (principal IN ('anonymous', 'rep', 'admin', 'webhook', 'legacy'));
UPDATE scored_leads SET principal = CASE source WHEN 'webhook' THEN 'webhook' ELSE 'legacy' END;
ALTER TABLE scored_leads ADD COLUMN score_id TEXT;
CREATE UNIQUE INDEX scored_leads_score_id ON scored_leads (score_id);

-- The shadow challenger's score of the same request, joined by that id.
ALTER TABLE shadow_scores ADD COLUMN score_id TEXT;
CREATE INDEX shadow_scores_score_id ON shadow_scores (score_id);

-- The scoring an outcome names (optional; else its lead's latest trusted scoring before it).
ALTER TABLE outcomes ADD COLUMN score_id TEXT;
