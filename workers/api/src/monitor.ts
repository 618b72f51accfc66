import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import { DEMO_HEADER } from '../../../src/lib/contracts/demo';
import type { ApiEnv } from './env';

/**
 * Records endpoint (route pattern), status, latency and model version of every API request
 * into D1 after the response is sent (ctx.waitUntil), so monitoring adds no latency. Workers
 * clocks advance only across I/O, so latencies are I/O-granular in production.
 */
export const monitor = createMiddleware<ApiEnv>(async (c, next) => {
	const start = performance.now();
	await next();
	const endpoint = routePath(c); // the pattern of the handler that answered
	if (endpoint === '*' || endpoint === '/*') return; // not an API route: the app's pages
	const write = c.env.DB.prepare(
		`INSERT INTO requests (at, method, endpoint, status, latency_ms, model_version, demo)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	)
		.bind(
			Date.now(),
			c.req.method,
			endpoint,
			c.res.status,
			performance.now() - start,
			c.var.modelVersion ?? null,
			// The demo replay's requests, removed with its data (anyone may mark a request as demo:
			// it only makes that request removable).
			c.req.header(DEMO_HEADER) ? 1 : 0
		)
		.run()
		.catch((e: Error) => console.error(`monitoring write failed: ${e.message}`));
	c.executionCtx.waitUntil(write);
});
