import type { Hono } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import type { ApiEnv } from '../env';
import { LIMITS } from '../limits';

const DOCUMENTATION = {
	info: {
		title: 'Fellow Qualify edge API',
		version: '1',
		description: `Lead scoring at the edge. Errors are JSON {error, field?, message}. Limits: body ${LIMITS.bodyBytes} bytes (batches ${LIMITS.batchBodyBytes}, artifacts ${LIMITS.artifactBytes}), JSON depth ${LIMITS.jsonDepth}, ${LIMITS.batchLeads} leads per batch, ${LIMITS.textChars} characters per text field.`
	},
	components: {
		securitySchemes: {
			admin: { type: 'http' as const, scheme: 'bearer', description: 'ADMIN_TOKEN' },
			apiKey: { type: 'http' as const, scheme: 'bearer', description: 'API_KEY, when configured' }
		}
	}
};

/**
 * The OpenAPI 3.1 document of `api`, generated on first request from the routes' own
 * descriptions and validators (`operation`, `query`, `params`) and cached for the isolate.
 */
export const openApiHandler = (api: Hono<ApiEnv>) =>
	openAPIRouteHandler(api, { documentation: DOCUMENTATION, excludeStaticFile: false });
