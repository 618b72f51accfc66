import {
	appendCycle,
	EMPTY_CYCLE_LOG,
	type CycleLog,
	type CycleRecord,
	type CycleSummary,
	type LabelledExample,
	type LifecycleStore,
	type PointerChange,
	type Pointers,
	type RolloutMode,
	type SlackMessage
} from '../../../src/lib/core/lifecycle';
import type { ModelArtifact } from '../../../src/lib/core/scoring';
import type { Lead } from '../../../src/lib/core/schema';
import type { StoreBindings } from '../bindings';
import { ApiError } from '../errors';
import {
	findModel,
	readArtifact,
	registerArtifact,
	servingPointers,
	writePointers,
	type PointerSwitch
} from '../model-registry';
import { PAIRED_SCORING } from '../paired-scoring';

/** When an outcome counts as known: the sender's occurred_at, else when it arrived. */
const AT = 'coalesce(o.occurred_at, o.received_at)';

// Each outcome joins the scoring its rep saw (PAIRED_SCORING: lead as scored, version,
// variant) and, in shadow mode, the challenger's score of that same request. Outcomes of leads
// no authenticated client scored cannot be trained on and are left out. Newest first so LIMIT
// keeps the most recent.
const LABELLED = `SELECT o.progressed, o.voice_ai, ${AT} AS at, s.lead, s.model_version,
	s.variant, s.progression_probability, sh.model_version AS shadow_version,
	sh.progression_probability AS shadow_probability
	FROM outcomes o
	JOIN scored_leads s ON s.id = ${PAIRED_SCORING}
	LEFT JOIN shadow_scores sh ON sh.score_id = s.score_id
	WHERE ${AT} >= ? ORDER BY at DESC, o.rowid DESC LIMIT ?`;

interface LabelledRow {
	progressed: number;
	voice_ai: number | null;
	at: string;
	lead: string;
	model_version: string;
	variant: string;
	progression_probability: number;
	shadow_version: string | null;
	shadow_probability: number | null;
}

const toExample = (r: LabelledRow): LabelledExample => ({
	lead: JSON.parse(r.lead) as Lead,
	progressed: r.progressed === 1,
	...(r.voice_ai === null ? {} : { voice_ai: r.voice_ai === 1 }),
	occurred_at: r.at,
	served: {
		model_version: r.model_version,
		variant: r.variant === 'challenger' ? 'challenger' : 'champion',
		progression_probability: r.progression_probability,
		...(r.shadow_version === null
			? {}
			: {
					shadow: {
						model_version: r.shadow_version,
						progression_probability: r.shadow_probability!
					}
				})
	}
});

/**
 * The lifecycle's store on the API's own tables: outcomes ⋈ scored_leads (D1), artifacts in R2
 * through the model registry (verified, content-addressed), the `serving` row as the pointers
 * (compare-and-set with its history row in one batch), cycle records in `cycles` +
 * `cycle_summary`. Alerts go to the host's `postAlert` (which must not block).
 */
export class D1LifecycleStore implements LifecycleStore {
	constructor(
		private readonly env: StoreBindings,
		private readonly options: {
			/** Rollout of a trial that a pointer switch starts. */
			rollout: { mode: RolloutMode; share: number };
			postAlert: (message: SlackMessage) => Promise<void>;
		}
	) {}

	private get db() {
		return this.env.DB;
	}

	async labelled(query: { since?: string; limit?: number }): Promise<LabelledExample[]> {
		const { results } = await this.db
			.prepare(LABELLED)
			.bind(query.since ?? '', query.limit ?? -1)
			.all<LabelledRow>();
		return results.reverse().map(toExample);
	}

	async countLabelled(since: string): Promise<number> {
		const row = await this.db
			.prepare(
				`SELECT count(*) AS n FROM outcomes o WHERE o.received_at > ?
				 AND ${PAIRED_SCORING} IS NOT NULL`
			)
			.bind(since)
			.first<{ n: number }>();
		return row?.n ?? 0;
	}

	async pointers(): Promise<Pointers> {
		const row = await servingPointers(this.db);
		if (!row) throw new ApiError(409, 'no_model', 'no model is serving yet: promote one first');
		return {
			champion: row.champion,
			challenger: row.challenger,
			challenger_since: row.challenger_since
		};
	}

	async setPointers(_next: Pointers, change: PointerChange): Promise<void> {
		await writePointers(this.db, change, true, this.options.rollout);
	}

	async pointerHistory(): Promise<PointerChange[]> {
		const { results } = await this.db
			.prepare(
				`SELECT at, actor, reason, version, previous, challenger, challenger_since,
				 previous_challenger, previous_challenger_since FROM pointer_history ORDER BY id`
			)
			.all<Omit<PointerSwitch, 'action'>>();
		return results.map((r) => ({
			at: r.at,
			actor: r.actor,
			reason: r.reason,
			// The first promotion has no previous champion: it "was" itself.
			previous: {
				champion: r.previous ?? r.version,
				challenger: r.previous_challenger,
				challenger_since: r.previous_challenger_since
			},
			next: { champion: r.version, challenger: r.challenger, challenger_since: r.challenger_since }
		}));
	}

	/** The stored JSON; the cycle verifies it (loadArtifact), after this checks it is the registered content. */
	async getArtifact(version: string): Promise<unknown> {
		const info = await findModel(this.db, version);
		if (!info) throw new ApiError(404, 'not_found', `no model ${version} is registered`, 'version');
		const artifact = (await (await readArtifact(this.env, info)).json()) as { sha256?: unknown };
		if (artifact.sha256 !== info.sha256)
			throw new ApiError(
				409,
				'model_invalid',
				`model ${version} in R2 names sha256 ${String(artifact.sha256)}, the registry ${info.sha256}`
			);
		return artifact;
	}

	async putArtifact(artifact: ModelArtifact): Promise<void> {
		await registerArtifact(this.env, artifact);
	}

	/** The registry row and the R2 object of a challenger that never served. */
	async deleteArtifact(version: string): Promise<void> {
		const info = await findModel(this.db, version);
		if (!info) return;
		await this.db.prepare('DELETE FROM models WHERE version = ?').bind(version).run();
		await this.env.MODELS.delete(info.r2_key);
	}

	async recentCycles(limit: number): Promise<CycleRecord[]> {
		const { results } = await this.db
			.prepare('SELECT record FROM cycles ORDER BY started_at DESC, rowid DESC LIMIT ?')
			.bind(limit)
			.all<{ record: string }>();
		return results.map((r) => JSON.parse(r.record) as CycleRecord);
	}

	async cycleLog(keep: number): Promise<CycleLog> {
		const [recent, summary] = await Promise.all([
			this.recentCycles(keep),
			this.db.prepare('SELECT summary FROM cycle_summary WHERE id = 1').first<{ summary: string }>()
		]);
		return {
			recent,
			older: summary ? (JSON.parse(summary.summary) as CycleSummary) : EMPTY_CYCLE_LOG.older
		};
	}

	async findCycle(id: string): Promise<CycleRecord | undefined> {
		const row = await this.db
			.prepare('SELECT record FROM cycles WHERE id = ?')
			.bind(id)
			.first<{ record: string }>();
		return row ? (JSON.parse(row.record) as CycleRecord) : undefined;
	}

	/** Inserts the record and, in the same batch, folds records beyond `keep` into the summary (appendCycle). */
	async recordCycle(record: CycleRecord, keep: number): Promise<void> {
		const log = appendCycle(await this.cycleLog(keep), record, keep);
		const kept = new Set(log.recent.map((r) => r.id));
		const dropped = (await this.recentCycles(keep + 1)).filter((r) => !kept.has(r.id));
		await this.db.batch([
			this.db
				.prepare('INSERT INTO cycles (id, started_at, status, record) VALUES (?, ?, ?, ?)')
				.bind(record.id, record.started_at, record.status, JSON.stringify(record)),
			...dropped.map((r) => this.db.prepare('DELETE FROM cycles WHERE id = ?').bind(r.id)),
			this.db
				.prepare(
					`INSERT INTO cycle_summary (id, summary) VALUES (1, ?)
					 ON CONFLICT (id) DO UPDATE SET summary = excluded.summary`
				)
				.bind(JSON.stringify(log.older))
		]);
	}

	postAlert(message: SlackMessage): Promise<void> {
		return this.options.postAlert(message);
	}
}
