import { Hono } from 'hono';
import type { ApiEnv } from '../env';
import { openApiDocument } from '../openapi';

// Scalar's standalone bundle is served by this worker's static assets (copied from the npm
// package at build time), so the page works with no network beyond this origin.
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fellow Qualify API</title></head>
<body><div id="app"></div>
<script src="/docs/scalar.js"></script>
<script>Scalar.createApiReference('#app', { url: '/openapi.json', withDefaultFonts: false, hideClientButton: true })</script>
</body></html>`;

export function docsRoutes() {
	const document = openApiDocument();
	return new Hono<ApiEnv>()
		.get('/openapi.json', (c) => c.json(document))
		.get('/docs', (c) => c.html(PAGE));
}
