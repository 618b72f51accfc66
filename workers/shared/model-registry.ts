import type * as v from 'valibot';
import type { PointerSwitch as PointerSwitchSchema } from '../../src/lib/contracts/models';
import { loadArtifact, type LoadedModel, type ModelArtifact } from '../../src/lib/core/scoring';
import type { PointerChange, Pointers, RolloutMode } from '../../src/lib/core/lifecycle';
import type { StoreBindings } from './bindings';
import { ApiError } from './errors';

/** A registered model version (D1 `models` row, summary parsed). */
export interface ModelInfo {
	version: string;
	sha256: string;
	r2_key: string;
	size_bytes: number;
	created_at: string;
	uploaded_at: string;
	summary: Record<string, unknown>;
}

interface ModelRow extends Omit<ModelInfo, 'summary'> {
	summary: string;
}

/** The serving row: the lifecycle's pointers plus the rollout of a running trial. */
export interface ServingPointers extends Pointers {
	mode: RolloutMode;
	ab_share: number;
}

const toInfo = (row: ModelRow): ModelInfo => ({ ...row, summary: JSON.parse(row.summary) });

/** R2 key of an artifact: immutable because it names the content's hash. */
const artifactKey = (a: ModelArtifact) => `models/${a.version}/${a.sha256}.json`;

/**
 * Verifies an artifact (format, SHA-256, feature spec; ModelFormatError otherwise), stores it
 * in R2 and registers it. Re-uploading the same content is a no-op; a different artifact
 * under an existing version is a conflict, since versions are immutable.
 */
export async function registerArtifact(
	env: StoreBindings,
	input: unknown
): Promise<{ info: ModelInfo; created: boolean }> {
	const { artifact } = await loadArtifact(input);
	const existing = await findModel(env.DB, artifact.version);
	if (existing) {
		if (existing.sha256 === artifact.sha256) return { info: existing, created: false };
		throw new ApiError(
			409,
			'version_exists',
			`model ${artifact.version} is already registered with sha256 ${existing.sha256}; versions are immutable`,
			'version'
		);
	}
	const body = JSON.stringify(artifact);
	const key = artifactKey(artifact);
	await env.MODELS.put(key, body, {
		httpMetadata: { contentType: 'application/json' }
	});
	const row: ModelRow = {
		version: artifact.version,
		sha256: artifact.sha256!,
		r2_key: key,
		size_bytes: body.length,
		created_at: artifact.created_at,
		uploaded_at: new Date().toISOString(),
		summary: JSON.stringify({
			thresholds: artifact.thresholds,
			progression: artifact.progression.metrics,
			voice_ai: artifact.voice_ai.metrics,
			rows: artifact.data.rows,
			date_range: artifact.data.date_range
		})
	};
	await env.DB.prepare(
		`INSERT INTO models (version, r2_key, sha256, size_bytes, created_at, uploaded_at, summary)
		 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version) DO NOTHING`
	)
		.bind(
			row.version,
			row.r2_key,
			row.sha256,
			row.size_bytes,
			row.created_at,
			row.uploaded_at,
			row.summary
		)
		.run();
	return { info: toInfo(row), created: true };
}

export async function findModel(db: D1Database, version: string): Promise<ModelInfo | undefined> {
	const row = await db
		.prepare('SELECT * FROM models WHERE version = ?')
		.bind(version)
		.first<ModelRow>();
	return row ? toInfo(row) : undefined;
}

export async function listModels(db: D1Database): Promise<ModelInfo[]> {
	const { results } = await db
		.prepare('SELECT * FROM models ORDER BY created_at DESC')
		.all<ModelRow>();
	return results.map(toInfo);
}

/** The serving version's registry entry, or undefined before the first promotion. */
export async function servingModelInfo(db: D1Database): Promise<ModelInfo | undefined> {
	const row = await db
		.prepare('SELECT m.* FROM serving s JOIN models m ON m.version = s.version WHERE s.id = 1')
		.first<ModelRow>();
	return row ? toInfo(row) : undefined;
}

/** The pointer switches, newest first: who or what changed the serving models, when and why. */
export async function pointerHistory(db: D1Database, limit = 50): Promise<PointerSwitch[]> {
	const { results } = await db
		.prepare(
			`SELECT action, actor, reason, version, previous, challenger, challenger_since,
			 previous_challenger, previous_challenger_since, at
			 FROM pointer_history ORDER BY id DESC LIMIT ?`
		)
		.bind(limit)
		.all<PointerSwitch>();
	return results;
}

/** The artifact text of a registered version, straight from R2. */
export async function readArtifact(env: StoreBindings, info: ModelInfo): Promise<R2ObjectBody> {
	const object = await env.MODELS.get(info.r2_key);
	if (!object)
		throw new ApiError(
			409,
			'artifact_missing',
			`the artifact of model ${info.version} is missing from R2 (${info.r2_key})`
		);
	return object;
}

/** Loads and verifies a registered version; a corrupt or mismatched artifact → 409. */
export async function loadRegistered(env: StoreBindings, info: ModelInfo): Promise<LoadedModel> {
	const text = await (await readArtifact(env, info)).text();
	try {
		const model = await loadArtifact(JSON.parse(text));
		if (model.artifact.sha256 !== info.sha256)
			throw new Error(
				`its sha256 ${model.artifact.sha256} differs from the registry's ${info.sha256}`
			);
		return model;
	} catch (e) {
		throw new ApiError(
			409,
			'model_invalid',
			`model ${info.version} does not verify, the serving model is unchanged: ${(e as Error).message}`
		);
	}
}

/** The serving row: the lifecycle's pointers and the live trial's rollout; undefined before the first promotion. */
export async function servingPointers(db: D1Database): Promise<ServingPointers | undefined> {
	return (
		(await db
			.prepare(
				'SELECT version AS champion, challenger, challenger_since, mode, ab_share FROM serving WHERE id = 1'
			)
			.first<ServingPointers>()) ?? undefined
	);
}

/** What a pointer switch did, as GET /models lists it and the switch endpoints answer. */
export type PointerSwitch = v.InferOutput<typeof PointerSwitchSchema>;

const actionOf = (actor: string): PointerSwitch['action'] =>
	actor.startsWith('rollback') ? 'rollback' : actor.startsWith('cycle') ? 'cycle' : 'promote';

/**
 * Switches the serving pointers and appends the history row in one D1 batch (a transaction),
 * so readers see the old or the new pointers, never a mix. The update is a compare-and-set on
 * the pointers the caller read (`change.previous`; none before the first promotion): when a
 * concurrent switch got there first, nothing is written and it throws 409. `rollout` is the
 * mode and share of a trial that starts with this switch.
 * @throws ApiError 409 when the pointers changed since they were read.
 */
export async function writePointers(
	db: D1Database,
	change: PointerChange,
	previousExists: boolean,
	rollout: { mode: RolloutMode; share: number } = { mode: 'direct', share: 0 }
): Promise<PointerSwitch> {
	const { next, previous, at, actor, reason } = change;
	const trial = next.challenger !== null && next.challenger_since !== null;
	const mode = trial ? rollout.mode : 'direct';
	const share = trial ? rollout.share : 0;
	const write = previousExists
		? db
				.prepare(
					`UPDATE serving SET version = ?, challenger = ?, challenger_since = ?, mode = ?,
					 ab_share = ?, updated_at = ? WHERE id = 1 AND version = ? AND challenger IS ?
					 AND challenger_since IS ?`
				)
				.bind(
					next.champion,
					next.challenger,
					next.challenger_since,
					mode,
					share,
					at,
					previous.champion,
					previous.challenger,
					previous.challenger_since
				)
		: db
				.prepare(
					`INSERT INTO serving (id, version, challenger, challenger_since, mode, ab_share, updated_at)
					 VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
				)
				.bind(next.champion, next.challenger, next.challenger_since, mode, share, at);
	const row: PointerSwitch = {
		action: actionOf(actor),
		actor,
		reason,
		version: next.champion,
		previous: previousExists ? previous.champion : null,
		challenger: next.challenger,
		challenger_since: next.challenger_since,
		previous_challenger: previous.challenger,
		previous_challenger_since: previous.challenger_since,
		at
	};
	// changes() is the row count of the statement before it in the same transaction: the
	// history row is written only when the compare-and-set switched the pointers.
	const [switched] = await db.batch([
		write,
		db
			.prepare(
				`INSERT INTO pointer_history (action, actor, reason, version, previous, challenger,
				 challenger_since, previous_challenger, previous_challenger_since, at)
				 SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`
			)
			.bind(
				row.action,
				actor,
				reason,
				row.version,
				row.previous,
				row.challenger,
				row.challenger_since,
				row.previous_challenger,
				row.previous_challenger_since,
				at
			)
	]);
	if (switched!.meta.changes !== 1)
		throw new ApiError(
			409,
			'pointer_conflict',
			'the serving pointers changed while this switch was prepared; nothing was switched, retry'
		);
	return row;
}

/**
 * Makes `version` the champion after verifying its artifact (an admin promotion; any live
 * trial ends, since its challenger was judged against the old champion).
 */
export async function promoteVersion(
	env: StoreBindings,
	version: string,
	actor: string
): Promise<PointerSwitch> {
	const info = await findModel(env.DB, version);
	if (!info) throw new ApiError(404, 'not_found', `no model ${version} is registered`, 'version');
	await loadRegistered(env, info);
	const current = await servingPointers(env.DB);
	const previous: Pointers = current ?? {
		champion: version,
		challenger: null,
		challenger_since: null
	};
	return writePointers(
		env.DB,
		{
			at: new Date().toISOString(),
			actor,
			reason: `promoted ${version} by hand`,
			previous,
			next: { champion: version, challenger: null, challenger_since: null }
		},
		current !== undefined
	);
}
