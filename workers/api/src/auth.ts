import { bearerAuth } from 'hono/bearer-auth';
import { createMiddleware } from 'hono/factory';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { ApiEnv, Bindings, Principal } from './env';

/** Hono's timing-safe comparison (hashes both sides first, so lengths do not leak either). */
async function matches(token: string, secret: string | undefined): Promise<boolean> {
	return secret !== undefined && secret !== '' && timingSafeEqual(token, secret);
}

const UNAUTHORIZED = {
	error: 'unauthorized',
	field: 'authorization',
	message: 'send Authorization: Bearer <token>'
};
const MALFORMED = {
	error: 'bad_request',
	field: 'authorization',
	message: 'the Authorization header must be "Bearer <token>"'
};

function bearer(secrets: (env: Bindings) => (string | undefined)[]) {
	return bearerAuth<ApiEnv>({
		noAuthenticationHeader: { message: UNAUTHORIZED },
		invalidToken: { message: { ...UNAUTHORIZED, message: 'the bearer token is not valid' } },
		invalidAuthenticationHeader: { message: MALFORMED },
		verifyToken: async (token, c) => {
			for (const secret of secrets(c.env)) if (await matches(token, secret)) return true;
			return false;
		}
	});
}

/** Write and admin endpoints: `Authorization: Bearer <ADMIN_TOKEN>`. */
export const requireAdmin = bearer((env) => [env.ADMIN_TOKEN]);

const apiKeyAuth = bearer((env) => [env.API_KEY, env.ADMIN_TOKEN]);

/**
 * Scoring and model reads: open unless API_KEY is configured; then the API key or the admin
 * token. Either way `principal` says which token, if any, came with the request.
 */
export const requireApiKey = createMiddleware<ApiEnv>(async (c, next) => {
	const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
	const principal: Principal | undefined =
		token === undefined
			? undefined
			: (await matches(token, c.env.ADMIN_TOKEN))
				? 'admin'
				: (await matches(token, c.env.API_KEY))
					? 'rep'
					: undefined;
	if (principal) {
		c.set('principal', principal);
		return next();
	}
	// A missing or wrong token: refused with the reason when a key is required, else anonymous.
	if (c.env.API_KEY) return apiKeyAuth(c, next);
	c.set('principal', 'anonymous');
	return next();
});
