import { Hono } from 'hono';
import { requireAdmin, requireApiKey } from '../auth';
import { demoStatus, finishDemo, removeDemo, startDemo } from '../demo-history';
import type { ApiEnv } from '../env';
import type { ModelCache } from '../model-cache';

/**
 * The demo history: its status (GET), the start and end of a load (the seeder calls them around
 * its replay through the public endpoints) and its removal. Writes need the admin token.
 */
export function demoRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.get('/', requireApiKey, async (c) => c.json(await demoStatus(c.env.DB)))
		.post('/', requireAdmin, async (c) => c.json(await startDemo(c.env.DB), 201))
		.post('/finish', requireAdmin, async (c) => c.json(await finishDemo(c.env.DB)))
		.delete('/', requireAdmin, async (c) => {
			const removal = await removeDemo(c.env);
			// This isolate serves the restored pointers at once; others within MODEL_REFRESH_MS.
			models.invalidate();
			return c.json(removal);
		});
}
