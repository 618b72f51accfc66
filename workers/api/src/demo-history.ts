import { DEMO_PREFIX, type DemoRemoval, type DemoStatus } from '../../../src/lib/contracts/demo';
import type { Bindings } from './env';
import { ApiError } from '../../shared/errors';
import { servingPointers, type ServingPointers } from '../../shared/model-registry';

interface DemoRow {
	started_at: string;
	finished_at: string | null;
	history_id: number;
	serving_before: string;
}

const LEADS = `lead_id LIKE '${DEMO_PREFIX}%'`;
/** Models registered while the demo loaded: its cycles' challengers and its operator's uploads. */
const MODELS_IN =
	'SELECT version, r2_key FROM models WHERE uploaded_at >= ?1 AND uploaded_at <= ?2';

const demoRow = (db: D1Database) =>
	db
		.prepare(
			'SELECT started_at, finished_at, history_id, serving_before FROM demo_history WHERE id = 1'
		)
		.first<DemoRow>();

/** The window of the load: until it finished, or until now when it stopped part-way. */
const windowOf = (row: DemoRow) => [row.started_at, row.finished_at ?? new Date().toISOString()];

export async function demoStatus(db: D1Database): Promise<DemoStatus> {
	const row = await demoRow(db);
	if (!row) return { loaded: false };
	const [start, end] = windowOf(row);
	const [leads, outcomes, cycles, models] = await db.batch<{ n?: number; version?: string }>([
		db.prepare(`SELECT count(*) AS n FROM scored_leads WHERE ${LEADS} AND principal = 'admin'`),
		db.prepare(`SELECT count(*) AS n FROM outcomes WHERE ${LEADS}`),
		db
			.prepare('SELECT count(*) AS n FROM cycles WHERE started_at >= ? AND started_at <= ?')
			.bind(start, end),
		db.prepare(`${MODELS_IN} ORDER BY uploaded_at`).bind(start, end)
	]);
	const n = (r: typeof leads) => r?.results[0]?.n ?? 0;
	return {
		loaded: true,
		started_at: row.started_at,
		finished_at: row.finished_at,
		leads: n(leads),
		outcomes: n(outcomes),
		cycles: n(cycles),
		models: (models?.results ?? []).map((m) => m.version!)
	};
}

/**
 * Marks the start of a load: the serving pointers and the last history row are kept, to be
 * restored on removal. One demo at a time; it needs a serving model (the replay scores).
 * @throws ApiError 409 `demo_loaded`, `no_model`.
 */
export async function startDemo(db: D1Database): Promise<{ started_at: string }> {
	const serving = await servingPointers(db);
	if (!serving)
		throw new ApiError(
			409,
			'no_model',
			'no model is serving: the demo scores leads, promote one first'
		);
	const history = await db
		.prepare('SELECT coalesce(max(id), 0) AS id FROM pointer_history')
		.first<{ id: number }>();
	const started_at = new Date().toISOString();
	const insert = await db
		.prepare(
			`INSERT INTO demo_history (id, started_at, history_id, serving_before)
			 VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
		)
		.bind(started_at, history?.id ?? 0, JSON.stringify(serving))
		.run();
	if (insert.meta.changes !== 1)
		throw new ApiError(409, 'demo_loaded', 'a demo history is already loaded: remove it first');
	return { started_at };
}

/** Closes the load window. @throws ApiError 404 when no demo was started. */
export async function finishDemo(db: D1Database): Promise<{ finished_at: string }> {
	const finished_at = new Date().toISOString();
	const update = await db
		.prepare('UPDATE demo_history SET finished_at = ? WHERE id = 1 AND finished_at IS NULL')
		.bind(finished_at)
		.run();
	if (update.meta.changes !== 1) throw new ApiError(404, 'no_demo', 'no demo history is loading');
	return { finished_at };
}

/**
 * Removes everything the demo added, in one D1 batch: its scorings, shadow scores, outcomes and
 * requests (by their marks), the cycles and models of the load window, and the pointer switches
 * that involve those models. When a demo model serves (champion or challenger), the pointers
 * before the load are restored. Artifacts leave R2 after the batch. Real leads scored by a demo
 * model meanwhile keep their rows.
 * @throws ApiError 404 `no_demo`.
 */
export async function removeDemo(env: Pick<Bindings, 'DB' | 'MODELS'>): Promise<DemoRemoval> {
	const db = env.DB;
	const row = await demoRow(db);
	if (!row) throw new ApiError(404, 'no_demo', 'no demo history is loaded');
	const [start, end] = windowOf(row);
	const { results: models } = await db
		.prepare(MODELS_IN)
		.bind(start, end)
		.all<{ version: string; r2_key: string }>();
	const demo = new Set(models.map((m) => m.version));
	const serving = await servingPointers(db);
	const before = JSON.parse(row.serving_before) as ServingPointers;
	const restore =
		serving !== undefined &&
		(demo.has(serving.champion) || (serving.challenger !== null && demo.has(serving.challenger)));
	const versions = JSON.stringify([...demo]);
	const inDemo = (column: string) => `${column} IN (SELECT value FROM json_each(?1))`;
	const results = await db.batch([
		...(restore
			? [
					db
						.prepare(
							`UPDATE serving SET version = ?, challenger = ?, challenger_since = ?, mode = ?,
							 ab_share = ?, updated_at = ? WHERE id = 1`
						)
						.bind(
							before.champion,
							before.challenger,
							before.challenger_since,
							before.mode,
							before.ab_share,
							new Date().toISOString()
						)
				]
			: []),
		db
			.prepare(
				`DELETE FROM pointer_history WHERE id > ?2 AND (${inDemo('version')} OR
				 ${inDemo('previous')} OR ${inDemo('challenger')} OR ${inDemo('previous_challenger')})`
			)
			.bind(versions, row.history_id),
		db.prepare(`DELETE FROM scored_leads WHERE ${LEADS} AND principal = 'admin'`),
		db.prepare(`DELETE FROM shadow_scores WHERE ${LEADS}`),
		db.prepare(`DELETE FROM outcomes WHERE ${LEADS}`),
		db.prepare('DELETE FROM requests WHERE demo = 1'),
		db.prepare('DELETE FROM cycles WHERE started_at >= ? AND started_at <= ?').bind(start, end),
		db.prepare(`DELETE FROM models WHERE ${inDemo('version')}`).bind(versions),
		db.prepare('DELETE FROM demo_history WHERE id = 1')
	]);
	await env.MODELS.delete(models.map((m) => m.r2_key));
	const changes = (i: number) => results[i + (restore ? 1 : 0)]!.meta.changes;
	return {
		leads: changes(1),
		outcomes: changes(3),
		requests: changes(4),
		cycles: changes(5),
		models: [...demo],
		serving: restore ? before.champion : serving!.champion
	};
}
