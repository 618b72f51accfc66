import { cors as honoCors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from './env';

/** CORS for the configured origins (CORS_ORIGINS, comma-separated) and any Chrome extension. */
export const cors = createMiddleware<ApiEnv>((c, next) => {
	const allowed = (c.env.CORS_ORIGINS ?? '')
		.split(',')
		.map((o) => o.trim())
		.filter(Boolean);
	return honoCors({
		origin: (origin) =>
			origin.startsWith('chrome-extension://') || allowed.includes(origin) ? origin : null,
		allowHeaders: ['authorization', 'content-type', 'if-none-match'],
		exposeHeaders: ['etag'],
		maxAge: 600
	})(c, next);
});
