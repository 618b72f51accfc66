import { Hono } from 'hono';
import type { Health } from '../../../../src/lib/contracts/health';
import type { ApiEnv } from '../env';
import type { ModelCache } from '../model-cache';
import { operation } from '../openapi/describe';

async function reachable(probe: () => Promise<unknown>): Promise<'ok' | 'unreachable'> {
	try {
		await probe();
		return 'ok';
	} catch {
		return 'unreachable';
	}
}

const doc = operation({
	summary: 'Status, serving model and its age, D1/R2 reachability',
	responses: {
		200: { description: 'ready', body: 'Health' },
		503: { description: 'degraded (same body)', body: 'Health' }
	}
});

/** Liveness and readiness: serving model and its age, D1 and R2 reachability. 503 if not ready. */
export function healthRoutes(models: ModelCache) {
	return new Hono<ApiEnv>().get('/', doc, async (c) => {
		const [d1, r2] = await Promise.all([
			reachable(() => c.env.DB.prepare('SELECT 1').first()),
			reachable(() => c.env.MODELS.head('health-probe'))
		]);
		const model = d1 === 'ok' ? await models.get(c.env).catch(() => models.loaded) : models.loaded;
		if (model) c.set('modelVersion', model.version);
		const trainedAt = model?.scorer.model.artifact.created_at;
		const ready = d1 === 'ok' && r2 === 'ok' && model !== undefined;
		const health: Health = {
			status: ready ? 'ok' : 'degraded',
			model: model
				? {
						version: model.version,
						trained_at: trainedAt,
						age_hours: trainedAt ? round1((Date.now() - Date.parse(trainedAt)) / 3.6e6) : null,
						loaded_at: new Date(model.loadedAt).toISOString()
					}
				: null,
			model_error: models.lastError ?? null,
			d1,
			r2
		};
		return c.json(health, ready ? 200 : 503);
	});
}

const round1 = (x: number) => Math.round(x * 10) / 10;
