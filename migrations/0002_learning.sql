-- Continuous learning (issue 6, workers/retrain and /cycles). One source of truth for what
-- serves: the `serving` row now holds the lifecycle's pointers (champion = version,
-- challenger, challenger_since) and the live trial's rollout, and `pointer_history` (which
-- replaces `promotions`) says who or what switched them, when and why.

-- The challenger's live trial: mode and share are fixed when the trial starts, so the API and
-- the cycle that judges it agree even if LEARNING_MODE changes meanwhile. A challenger with
-- no challenger_since is stored ("kept") but never serves.
ALTER TABLE serving ADD COLUMN challenger TEXT REFERENCES models (version);
ALTER TABLE serving ADD COLUMN challenger_since TEXT;
ALTER TABLE serving ADD COLUMN mode TEXT NOT NULL DEFAULT 'direct'
	CHECK (mode IN ('direct', 'shadow', 'ab'));
ALTER TABLE serving ADD COLUMN ab_share REAL NOT NULL DEFAULT 0;

CREATE TABLE pointer_history (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	at TEXT NOT NULL,
	action TEXT NOT NULL CHECK (action IN ('promote', 'rollback', 'cycle')),
	actor TEXT NOT NULL, -- 'admin', 'rollback by admin', 'cycle cycle_20260310_020000', …
	reason TEXT NOT NULL,
	version TEXT NOT NULL, -- champion after
	previous TEXT, -- champion before
	challenger TEXT,
	challenger_since TEXT,
	previous_challenger TEXT,
	previous_challenger_since TEXT
);
INSERT INTO pointer_history (at, action, actor, reason, version, previous)
	SELECT at, action, 'admin', action, version, previous FROM promotions ORDER BY id;
DROP TABLE promotions;

-- Cycle records: the newest LEARNING keep (50) in full, older ones folded into one summary row.
CREATE TABLE cycles (
	id TEXT PRIMARY KEY,
	started_at TEXT NOT NULL,
	status TEXT NOT NULL,
	record TEXT NOT NULL -- JSON CycleRecord
);
CREATE INDEX cycles_started ON cycles (started_at);
CREATE TABLE cycle_summary (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	summary TEXT NOT NULL -- JSON CycleSummary
);

-- One cycle at a time (cron and POST /cycles/run may overlap): a lease that expires, so a
-- cycle killed mid-way (CPU limit, deploy) cannot block the next one for ever.
CREATE TABLE cycle_lock (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	holder TEXT NOT NULL,
	expires_at INTEGER NOT NULL -- epoch ms
);

-- Shadow mode: the challenger's score of every request, logged, never returned.
CREATE TABLE shadow_scores (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	lead_id TEXT,
	model_version TEXT NOT NULL,
	progression_probability REAL NOT NULL,
	result TEXT NOT NULL, -- JSON ScoreResult
	scored_at TEXT NOT NULL
);
CREATE INDEX shadow_scores_lead ON shadow_scores (lead_id);

-- The cycle reads outcomes by when they occurred (received_at when the sender gave no date).
CREATE INDEX outcomes_at ON outcomes (coalesce(occurred_at, received_at));
