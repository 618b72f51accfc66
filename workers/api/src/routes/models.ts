import { Hono, type Context } from 'hono';
import { requireAdmin, requireApiKey } from '../auth';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import type { ModelCache } from '../model-cache';
import * as v from 'valibot';
import { ModelRegistry } from '../../../../src/lib/contracts/models';
import { parseWith } from '../../../../src/lib/core/schema';
import { rollbackServing } from '../../../shared/learning/cycle-runner';
import {
	findModel,
	listModels,
	pointerHistory,
	promoteVersion,
	readArtifact,
	registerArtifact,
	servingPointers,
	servingModelInfo,
	type ModelInfo
} from '../../../shared/model-registry';

const VERSION = /^[a-z]+_\d{8}_\d{6}$/;

/** Body of POST /models/rollback: empty → the champion before the current one. */
export const RollbackRequest = v.object({
	version: v.optional(
		v.pipe(v.string(), v.regex(VERSION, 'a version looks like retrain_YYYYMMDD_HHMMSS'))
	)
});

/** Who switched the pointers, for the history: admin requests carry no identity beyond the token. */
const ADMIN_ACTOR = 'admin (API)';

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
	return (
		new Hono<ApiEnv>()
			// Reading the registry or an artifact (with its training distributions) needs the API key
			// once one is configured, like scoring.
			.get('/', requireApiKey, async (c) => {
				const [list, pointers, history] = await Promise.all([
					listModels(c.env.DB),
					servingPointers(c.env.DB),
					pointerHistory(c.env.DB)
				]);
				const registry: v.InferInput<typeof ModelRegistry> = {
					serving: pointers?.champion ?? null,
					challenger: pointers?.challenger ?? null,
					challenger_since: pointers?.challenger_since ?? null,
					rollout: pointers ? { mode: pointers.mode, ab_share: pointers.ab_share } : null,
					models: list.map((m) => ({ ...m, serving: m.version === pointers?.champion })),
					history
				};
				return c.json(registry);
			})
			.put('/', ...upload, register)
			.post('/', ...upload, register)
			.get('/current', requireApiKey, async (c) => {
				const info = await servingModelInfo(c.env.DB);
				if (!info) throw new ApiError(404, 'no_model', 'no model is serving yet');
				return artifactResponse(c, info, 'no-cache');
			})
			.post(
				'/rollback',
				requireAdmin,
				jsonBody(LIMITS.bodyBytes, { optional: true }),
				async (c) => {
					const { version } = parseWith(RollbackRequest, c.var.body ?? {}, 'rollback');
					const change = await rollbackServing(c.env, c.executionCtx, {
						actor: ADMIN_ACTOR,
						to: version
					});
					models.invalidate();
					return c.json({
						action: 'rollback',
						version: change.next.champion,
						previous: change.previous.champion,
						actor: change.actor,
						reason: change.reason,
						at: change.at
					});
				}
			)
			.get('/:version', requireApiKey, async (c) => {
				const info = await registered(c);
				const serving = await servingModelInfo(c.env.DB);
				return c.json({ ...info, serving: info.version === serving?.version });
			})
			.get('/:version/artifact', requireApiKey, async (c) =>
				artifactResponse(c, await registered(c), 'public, max-age=31536000, immutable')
			)
			.post('/:version/promote', requireAdmin, async (c) => {
				const promotion = await promoteVersion(c.env, versionParam(c), ADMIN_ACTOR);
				models.invalidate();
				return c.json(promotion);
			})
	);
}
