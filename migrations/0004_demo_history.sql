-- Demo history (issue 19): the dashboard and `npm run seed:history` replay simulated weeks through
-- the public API. Everything that replay adds is marked so an admin can remove it again:
-- its leads and outcomes by their `qualify-demo-` lead ids, its requests by this flag (the
-- seeder sends `x-qualify-demo: 1`), its cycles and models by the load window below.
ALTER TABLE requests ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;

-- At most one demo load: when it ran, and the serving pointers and history before it, restored
-- on removal when a demo model serves.
CREATE TABLE demo_history (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	started_at TEXT NOT NULL,
	finished_at TEXT, -- null while loading, or when the load stopped part-way
	history_id INTEGER NOT NULL, -- last pointer_history id before the load
	serving_before TEXT -- JSON of the serving row before the load; null when none served
);
