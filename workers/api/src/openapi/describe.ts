import type { MiddlewareHandler } from 'hono';
import { describeRoute, resolver, uniqueSymbol, validator } from 'hono-openapi';
import * as v from 'valibot';
import { parseWith } from '../../../../src/lib/core/schema';
import { ApiError } from '../../../shared/errors';
import { requireAdmin, requireApiKey } from '../auth';
import type { ApiEnv } from '../env';
import { REQUESTS, RESPONSES, type RequestName, type ResponseName } from './schemas';

/** A schema as `#/components/schemas/<name>`: input types for requests, output types for answers. */
const named = (name: string, schema: v.GenericSchema, typeMode: 'input' | 'output') =>
	resolver(v.pipe(schema, v.metadata({ ref: name })), { options: { typeMode } });

interface Reply {
	description: string;
	/** The JSON body's schema; plain text or HTML answers name their media type instead. */
	body?: ResponseName;
	media?: 'text/html' | 'text/plain';
}

const ERRORS: Record<number, string> = {
	400: 'invalid input: `field` names what is wrong',
	401: 'missing or wrong bearer token',
	403: 'refused',
	404: 'not found',
	409: 'conflicts with the current state',
	413: 'body or batch too large',
	415: 'the body is not JSON',
	422: 'the artifact is not a valid model',
	503: 'no model is serving'
};

interface Operation {
	summary: string;
	/** Who may call it: the middleware that documents it also enforces it. */
	auth?: 'admin' | 'apiKey';
	body?: RequestName;
	/** Whether a body must be sent (default: when `body` is named). */
	bodyRequired?: boolean;
	responses: Record<number, Reply>;
	/** Error statuses besides the authentication's own 401. */
	errors?: number[];
}

// An API key is optional until one is configured: `{}` documents the anonymous alternative.
const SECURITY: Record<'admin' | 'apiKey', Record<string, string[]>[]> = {
	admin: [{ admin: [] }],
	apiKey: [{ apiKey: [] }, {}]
};
const AUTH = { admin: requireAdmin, apiKey: requireApiKey };

const content = (media: string, schema: object) => ({ content: { [media]: { schema } } });

/**
 * Describes one operation for the generated OpenAPI document (hono-openapi) from the contract
 * schemas, and enforces its `auth`, so the documented security is the applied one.
 */
export function operation(op: Operation): MiddlewareHandler<ApiEnv> {
	const errors = [...(op.auth ? [401] : []), ...(op.errors ?? [])];
	const responses = Object.fromEntries([
		...Object.entries(op.responses).map(([status, r]) => [
			status,
			{
				description: r.description,
				...(r.body
					? content('application/json', named(r.body, RESPONSES[r.body], 'output'))
					: r.media
						? content(r.media, { type: 'string' })
						: {})
			}
		]),
		...errors.map((status) => [
			status,
			{
				description: ERRORS[status] ?? 'error',
				...content('application/json', named('Error', RESPONSES.Error, 'output'))
			}
		])
	]);
	const described = describeRoute({
		summary: op.summary,
		...(op.auth ? { security: SECURITY[op.auth] } : {}),
		...(op.body
			? {
					requestBody: {
						required: op.bodyRequired ?? true,
						...content('application/json', named(op.body, REQUESTS[op.body], 'input'))
					}
				}
			: {}),
		responses
	}) as MiddlewareHandler & { [uniqueSymbol]: unknown };
	const guard: MiddlewareHandler<ApiEnv> = op.auth ? AUTH[op.auth] : (_c, next) => next();
	return Object.assign((...args: Parameters<typeof guard>) => guard(...args), {
		[uniqueSymbol]: described[uniqueSymbol]
	});
}

/**
 * Query parameters validated and documented from one valibot schema; a wrong one is a 400
 * naming it (the API's validation error, as for bodies).
 */
export const query = <S extends v.GenericSchema<Record<string, string | undefined>, object>>(
	schema: S
) =>
	validator('query', schema, (result, c) => {
		if (!result.success) parseWith(schema, c.req.query(), 'query');
	});

/** Path parameters validated and documented from one valibot schema; a wrong one is `error`. */
export const params = <S extends v.GenericSchema<Record<string, string>, object>>(
	schema: S,
	error: { code: string; field: string; message: string }
) =>
	validator('param', schema, (result) => {
		if (!result.success) throw new ApiError(400, error.code, error.message, error.field);
	});
