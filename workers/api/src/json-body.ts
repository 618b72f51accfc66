import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from './env';
import { ApiError } from '../../shared/errors';
import { LIMITS } from './limits';

/**
 * Reads a JSON body under a byte limit into `c.var.body` (text in `c.var.rawBody`): checks the content type (415), the
 * size while streaming (413), the nesting depth before parsing (400) and the syntax (400).
 * `optional`: a request without a body — or with a JSON content type and an empty one, as
 * clients that always set the header send — passes with `c.var.body` undefined
 * (POST /models/rollback, POST /cycles/run).
 */
export function jsonBody(maxBytes: number = LIMITS.bodyBytes, { optional = false } = {}) {
	const limit = bodyLimit({
		maxSize: maxBytes,
		onError: () => {
			throw new ApiError(
				413,
				'payload_too_large',
				`request body is over the ${maxBytes.toLocaleString('en-US')}-byte limit`
			);
		}
	});
	return createMiddleware<ApiEnv>(async (c, next) => {
		const type = c.req.header('content-type') ?? '';
		// No body: no type, no length (or 0) and not chunked — what `curl -X POST` sends.
		const empty =
			!type &&
			(c.req.header('content-length') ?? '0') === '0' &&
			!c.req.header('transfer-encoding');
		if (optional && empty) return next();
		if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
			throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
		await limit(c, async () => {
			const text = await c.req.text();
			if (optional && text.trim() === '') return next();
			const depth = jsonDepth(text);
			if (depth > LIMITS.jsonDepth)
				throw new ApiError(
					400,
					'json_too_deep',
					`JSON nesting is deeper than ${LIMITS.jsonDepth} levels`
				);
			c.set('rawBody', text);
			try {
				c.set('body', JSON.parse(text));
			} catch (e) {
				// The parser's message quotes the input; say only where it broke.
				const at = /position (\d+)/.exec((e as Error).message)?.[1];
				throw new ApiError(
					400,
					'invalid_json',
					`body is not valid JSON${at === undefined ? '' : ` (at character ${at})`}`
				);
			}
			await next();
		});
	});
}

/**
 * Deepest nesting of `[`/`{` in JSON text, ignoring brackets inside strings. A linear scan
 * before JSON.parse, so a deeply nested body is refused without building it. O(n).
 */
export function jsonDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (inString) {
			if (ch === 92)
				i++; // backslash: skip the escaped character
			else if (ch === 34) inString = false;
		} else if (ch === 34) inString = true;
		else if (ch === 91 || ch === 123) {
			if (++depth > max) max = depth;
		} else if (ch === 93 || ch === 125) depth--;
	}
	return max;
}
