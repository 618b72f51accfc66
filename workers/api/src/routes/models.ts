import { Hono, type Context } from 'hono';
import { requireAdmin } from '../auth';
import type { ApiEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import type { ModelCache } from '../model-cache';
import {
	findModel,
	listModels,
	promotionHistory,
	readArtifact,
	registerArtifact,
	rollbackTarget,
	servingModelInfo,
	switchServing,
	type ModelInfo
} from '../model-registry';

const VERSION = /^[a-z]+_\d{8}_\d{6}$/;

function versionParam(c: Context<ApiEnv>): string {
	const version = c.req.param('version') ?? '';
	if (!VERSION.test(version))
		throw new ApiError(
			400,
			'invalid_version',
			'a version looks like retrain_YYYYMMDD_HHMMSS',
			'version'
		);
	return version;
}

async function registered(c: Context<ApiEnv>): Promise<ModelInfo> {
	const version = versionParam(c);
	const info = await findModel(c.env.DB, version);
	if (!info) throw new ApiError(404, 'not_found', `no model ${version} is registered`, 'version');
	return info;
}

/**
 * The artifact document with its content hash as ETag; a matching If-None-Match gets 304, so
 * the browser app and the extension re-download only when the model changed.
 */
async function artifactResponse(c: Context<ApiEnv>, info: ModelInfo, cacheControl: string) {
	const etag = `"${info.sha256}"`;
	const headers = { etag, 'cache-control': cacheControl, 'x-model-version': info.version };
	const match = c.req.header('if-none-match');
	if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
		return c.body(null, 304, headers);
	const object = await readArtifact(c.env, info);
	return c.body(object.body, 200, { ...headers, 'content-type': 'application/json' });
}

export function modelRoutes(models: ModelCache) {
	const upload = [requireAdmin, jsonBody(LIMITS.artifactBytes)] as const;
	const register = async (c: Context<ApiEnv>) => {
		const { info, created } = await registerArtifact(c.env, c.var.body);
		return c.json(info, created ? 201 : 200);
	};
	return new Hono<ApiEnv>()
		.get('/', async (c) => {
			const [list, serving, history] = await Promise.all([
				listModels(c.env.DB),
				servingModelInfo(c.env.DB),
				promotionHistory(c.env.DB)
			]);
			return c.json({
				serving: serving?.version ?? null,
				models: list.map((m) => ({ ...m, serving: m.version === serving?.version })),
				history
			});
		})
		.put('/', ...upload, register)
		.post('/', ...upload, register)
		.get('/current', async (c) => {
			const info = await servingModelInfo(c.env.DB);
			if (!info) throw new ApiError(404, 'no_model', 'no model is serving yet');
			return artifactResponse(c, info, 'no-cache');
		})
		.post('/rollback', requireAdmin, async (c) => {
			const promotion = await switchServing(c.env, await rollbackTarget(c.env.DB), 'rollback');
			models.invalidate();
			return c.json(promotion);
		})
		.get('/:version', async (c) => {
			const info = await registered(c);
			const serving = await servingModelInfo(c.env.DB);
			return c.json({ ...info, serving: info.version === serving?.version });
		})
		.get('/:version/artifact', async (c) =>
			artifactResponse(c, await registered(c), 'public, max-age=31536000, immutable')
		)
		.post('/:version/promote', requireAdmin, async (c) => {
			const promotion = await switchServing(c.env, versionParam(c), 'promote');
			models.invalidate();
			return c.json(promotion);
		});
}
