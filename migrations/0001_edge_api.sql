-- Edge API store (workers/api). Applied with `wrangler d1 migrations apply`; the same files
-- run in the workerd tests, so local, test and production schemas cannot drift.

-- Model registry: one row per uploaded artifact; the artifact itself lives in R2 under an
-- immutable, content-hashed key.
CREATE TABLE models (
	version TEXT PRIMARY KEY,
	r2_key TEXT NOT NULL,
	sha256 TEXT NOT NULL,
	size_bytes INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	uploaded_at TEXT NOT NULL,
	summary TEXT NOT NULL -- JSON: thresholds, holdout metrics, training rows
);

-- The serving pointer: exactly one row, switched atomically together with a history row.
CREATE TABLE serving (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	version TEXT NOT NULL REFERENCES models (version),
	updated_at TEXT NOT NULL
);

CREATE TABLE promotions (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	action TEXT NOT NULL CHECK (action IN ('promote', 'rollback')),
	version TEXT NOT NULL,
	previous TEXT,
	at TEXT NOT NULL
);

-- Every scored lead with what the model saw and said, so outcomes join to predictions.
CREATE TABLE scored_leads (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	lead_id TEXT,
	batch_id TEXT,
	source TEXT NOT NULL CHECK (source IN ('api', 'batch', 'webhook')),
	model_version TEXT NOT NULL,
	variant TEXT NOT NULL,
	lead TEXT NOT NULL, -- JSON, the validated Lead
	features TEXT NOT NULL, -- JSON array in feature-spec order, null = missing
	result TEXT NOT NULL, -- JSON ScoreResult
	qualification_score INTEGER NOT NULL,
	progression_probability REAL NOT NULL,
	voice_ai_fit INTEGER NOT NULL,
	recommendation TEXT NOT NULL,
	scored_at TEXT NOT NULL
);
CREATE INDEX scored_leads_lead ON scored_leads (lead_id);
CREATE INDEX scored_leads_version ON scored_leads (model_version, scored_at);

-- Labels; the key makes ingestion idempotent (a retried post updates, never duplicates).
CREATE TABLE outcomes (
	lead_id TEXT NOT NULL,
	outcome_id TEXT NOT NULL DEFAULT '',
	progressed INTEGER NOT NULL,
	voice_ai INTEGER,
	occurred_at TEXT,
	received_at TEXT NOT NULL,
	PRIMARY KEY (lead_id, outcome_id)
);

-- Per-request monitoring, written after the response (ctx.waitUntil).
CREATE TABLE requests (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	at INTEGER NOT NULL, -- epoch ms
	method TEXT NOT NULL,
	endpoint TEXT NOT NULL, -- route pattern, e.g. /models/:version
	status INTEGER NOT NULL,
	latency_ms REAL NOT NULL,
	model_version TEXT
);
CREATE INDEX requests_at ON requests (at);

-- Svix message ids already processed: a redelivered webhook is acknowledged, not rescored.
CREATE TABLE webhook_deliveries (
	svix_id TEXT PRIMARY KEY,
	received_at INTEGER NOT NULL
);
