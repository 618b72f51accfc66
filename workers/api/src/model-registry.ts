import { loadArtifact, type LoadedModel, type ModelArtifact } from '../../../src/lib/core/scoring';
import type { Bindings } from './env';
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

export interface Promotion {
	action: 'promote' | 'rollback';
	version: string;
	previous: string | null;
	at: string;
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
	env: Bindings,
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

export async function promotionHistory(db: D1Database, limit = 50): Promise<Promotion[]> {
	const { results } = await db
		.prepare('SELECT action, version, previous, at FROM promotions ORDER BY id DESC LIMIT ?')
		.bind(limit)
		.all<Promotion>();
	return results;
}

/** The artifact text of a registered version, straight from R2. */
export async function readArtifact(env: Bindings, info: ModelInfo): Promise<R2ObjectBody> {
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
export async function loadRegistered(env: Bindings, info: ModelInfo): Promise<LoadedModel> {
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

/**
 * Makes `version` the serving model after verifying its artifact. The pointer switch and its
 * history row are one D1 batch (a transaction), so readers see the old or the new version.
 */
export async function switchServing(
	env: Bindings,
	version: string,
	action: Promotion['action']
): Promise<Promotion> {
	const info = await findModel(env.DB, version);
	if (!info) throw new ApiError(404, 'not_found', `no model ${version} is registered`, 'version');
	await loadRegistered(env, info);
	const previous = (await servingModelInfo(env.DB))?.version ?? null;
	const at = new Date().toISOString();
	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO serving (id, version, updated_at) VALUES (1, ?, ?)
			 ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at`
		).bind(version, at),
		env.DB.prepare(
			'INSERT INTO promotions (action, version, previous, at) VALUES (?, ?, ?, ?)'
		).bind(action, version, previous, at)
	]);
	return { action, version, previous, at };
}

/** The version that served before the current one was last promoted. */
export async function rollbackTarget(db: D1Database): Promise<string> {
	const row = await db
		.prepare(
			`SELECT p.previous FROM promotions p JOIN serving s ON s.version = p.version
			 WHERE s.id = 1 AND p.action = 'promote' AND p.previous IS NOT NULL
			 ORDER BY p.id DESC LIMIT 1`
		)
		.first<{ previous: string }>();
	if (!row)
		throw new ApiError(409, 'nothing_to_roll_back', 'the serving model has no earlier version');
	return row.previous;
}
