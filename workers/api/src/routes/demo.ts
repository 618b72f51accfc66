import { Hono } from 'hono';
import { demoStatus, finishDemo, removeDemo, startDemo } from '../demo-history';
import type { ApiEnv } from '../env';
import type { ModelCache } from '../model-cache';
import { operation } from '../openapi/describe';

const doc = {
	status: operation({
		summary:
			'Whether a demo history is loaded (npm run seed:history or the dashboard), and what it added',
		auth: 'apiKey',
		responses: { 200: { description: 'demo status', body: 'DemoStatus' } }
	}),
	start: operation({
		summary:
			'Start loading a demo history: its replay (requests with x-qualify-demo: 1, lead ids qualify-demo-…) is then removable',
		auth: 'admin',
		responses: { 201: { description: 'load window opened', body: 'DemoStarted' } },
		errors: [409]
	}),
	finish: operation({
		summary: 'Close the demo load window (the seeder calls it when its replay is done)',
		auth: 'admin',
		responses: { 200: { description: 'load window closed', body: 'DemoFinished' } },
		errors: [404]
	}),
	remove: operation({
		summary:
			'Remove the demo history: its leads, outcomes, requests, cycles and models; the pointers before it when a demo model serves',
		auth: 'admin',
		responses: { 200: { description: 'what was removed', body: 'DemoRemoval' } },
		errors: [404]
	})
};

/**
 * The demo history: its status (GET), the start and end of a load (the seeder calls them around
 * its replay through the public endpoints) and its removal. Writes need the admin token.
 */
export function demoRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.get('/', doc.status, async (c) => c.json(await demoStatus(c.env.DB)))
		.post('/', doc.start, async (c) => c.json(await startDemo(c.env.DB), 201))
		.post('/finish', doc.finish, async (c) => c.json(await finishDemo(c.env.DB)))
		.delete('/', doc.remove, async (c) => {
			const removal = await removeDemo(c.env);
			// This isolate serves the restored pointers at once; others within MODEL_REFRESH_MS.
			models.invalidate();
			return c.json(removal);
		});
}
