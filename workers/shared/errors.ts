import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the API answers with its ErrorBody (src/lib/contracts/errors.ts) and own status. Handlers and
 * middleware throw it; `onError` (app.ts) is the only place that turns errors into responses.
 */
export class ApiError extends Error {
	override readonly name = 'ApiError';
	constructor(
		readonly status: ContentfulStatusCode,
		/** Stable machine-readable code, e.g. `payload_too_large`. */
		readonly code: string,
		message: string,
		readonly field?: string
	) {
		super(message);
	}
}
