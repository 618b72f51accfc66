import { Hono } from 'hono';
import type { ApiEnv } from '../env';
import { operation } from '../openapi/describe';
import { openApiHandler } from '../openapi/document';

// Scalar's standalone bundle is served by this worker's static assets (copied from the npm
// package at build time), and every feature that would call Scalar's services is off — the
// request proxy (proxy.scalar.com), the "Ask AI" agent, telemetry, hosted fonts, sharing — so the page
// makes no request beyond this origin (a Chromium test holds it to that).
const SCALAR_CONFIG = {
	url: '/openapi.json',
	proxyUrl: '',
	telemetry: false,
	agent: { disabled: true, hideAddApi: true },
	withDefaultFonts: false,
	hideClientButton: true,
	// Its Share and Deploy menus upload the document to Scalar's registry.
	showDeveloperTools: 'never'
};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fellow Qualify API</title></head>
<body><div id="app"></div>
<script src="/docs/scalar.js"></script>
<script>Scalar.createApiReference('#app', ${JSON.stringify(SCALAR_CONFIG)})</script>
</body></html>`;

const doc = {
	openapi: operation({
		summary: 'This document, generated from the routes and the contract schemas',
		responses: { 200: { description: 'OpenAPI 3.1', body: 'OpenApiDocument' } }
	}),
	page: operation({
		summary: 'Interactive API reference',
		responses: { 200: { description: 'HTML page', media: 'text/html' } }
	})
};

/** The OpenAPI document of `api` (the whole app, these routes included) and its reference page. */
export function docsRoutes(api: Hono<ApiEnv>) {
	return new Hono<ApiEnv>()
		.get('/openapi.json', doc.openapi, openApiHandler(api))
		.get('/docs', doc.page, (c) => c.html(PAGE));
}
