import { Hono, type Context } from 'hono';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import type { ModelCache } from '../model-cache';
import { operation, params } from '../openapi/describe';
import * as v from 'valibot';
import { ModelRegistry } from '../../../../src/lib/contracts/models';
import {
	ModelVersionName,
	RollbackRequest,
	VERSION_MESSAGE
} from '../../../../src/lib/contracts/requests';
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

/** Who switched the pointers, for the history: admin requests carry no identity beyond the token. */
const ADMIN_ACTOR = 'admin (API)';

const upload = operation({
	summary: 'Upload a model artifact (verified: format, SHA-256, feature spec); PUT or POST',
	auth: 'admin',
	body: 'ArtifactUpload',
	responses: {
		200: { description: 'already registered', body: 'ModelInfo' },
		201: { description: 'registered', body: 'ModelInfo' }
	},
	errors: [409, 413, 415, 422]
});

const doc = {
	registry: operation({
		summary:
			'Registered versions, the serving pointers, the live trial’s rollout (mode, A/B share) and the pointer history',
		auth: 'apiKey',
		responses: { 200: { description: 'registry', body: 'ModelRegistry' } }
	}),
	current: operation({
		summary: 'The serving artifact (ETag = its SHA-256; If-None-Match → 304)',
		auth: 'apiKey',
		responses: {
			200: { description: 'artifact', body: 'ModelArtifact' },
			304: { description: 'not modified' }
		},
		errors: [404]
	}),
	rollback: operation({
		summary:
			'Serve the champion before the current one, or the named {version}; verified first, ends any trial, recorded in the history with who and why',
		auth: 'admin',
		body: 'RollbackRequest',
		bodyRequired: false,
		responses: { 200: { description: 'switched', body: 'RollbackResult' } },
		errors: [400, 404, 409, 422]
	}),
	version: operation({
		summary: 'One version: hash, R2 key, thresholds, holdout metrics',
		auth: 'apiKey',
		responses: { 200: { description: 'version', body: 'ModelVersion' } },
		errors: [400, 404]
	}),
	artifact: operation({
		summary: "A version's artifact (immutable)",
		auth: 'apiKey',
		responses: {
			200: { description: 'artifact', body: 'ModelArtifact' },
			304: { description: 'not modified' }
		},
		errors: [400, 404]
	}),
	promote: operation({
		summary: 'Verify and serve this version (atomic switch; isolates pick it up within seconds)',
		auth: 'admin',
		responses: { 200: { description: 'switched', body: 'PointerSwitch' } },
		errors: [400, 404, 409]
	}),
	/** `{version}`: a wrong name is a 400 before any lookup. */
	name: params(v.object({ version: ModelVersionName }), {
		code: 'invalid_version',
		field: 'version',
		message: VERSION_MESSAGE
	})
};

/** The registered version named by the path (already validated by `doc.name`). */
async function registered(c: Context<ApiEnv>): Promise<ModelInfo> {
	const version = c.req.param('version')!;
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
	const register = async (c: Context<ApiEnv>) => {
		const { info, created } = await registerArtifact(c.env, c.var.body);
		return c.json(info, created ? 201 : 200);
	};
	return (
		new Hono<ApiEnv>()
			// Reading the registry or an artifact (with its training distributions) needs the API key
			// once one is configured, like scoring.
			.get('/', doc.registry, async (c) => {
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
			.put('/', upload, jsonBody(LIMITS.artifactBytes), register)
			.post('/', upload, jsonBody(LIMITS.artifactBytes), register)
			.get('/current', doc.current, async (c) => {
				const info = await servingModelInfo(c.env.DB);
				if (!info) throw new ApiError(404, 'no_model', 'no model is serving yet');
				return artifactResponse(c, info, 'no-cache');
			})
			.post(
				'/rollback',
				doc.rollback,
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
			.get('/:version', doc.version, doc.name, async (c) => {
				const info = await registered(c);
				const serving = await servingModelInfo(c.env.DB);
				return c.json({ ...info, serving: info.version === serving?.version });
			})
			.get('/:version/artifact', doc.artifact, doc.name, async (c) =>
				artifactResponse(c, await registered(c), 'public, max-age=31536000, immutable')
			)
			.post('/:version/promote', doc.promote, doc.name, async (c) => {
				const promotion = await promoteVersion(c.env, c.req.valid('param').version, ADMIN_ACTOR);
				models.invalidate();
				return c.json(promotion);
			})
	);
}
