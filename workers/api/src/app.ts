import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RollbackError } from '../../../src/lib/core/lifecycle';
import { ValidationError } from '../../../src/lib/core/schema';
import { ModelFormatError } from '../../../src/lib/core/trees';
import { cors } from './cors';
import type { ApiEnv } from './env';
import { ApiError } from '../../shared/errors';
import type { ErrorBody } from '../../../src/lib/contracts/errors';
import { ModelCache } from './model-cache';
import { monitor } from './monitor';
import { cycleRoutes } from './routes/cycles';
import { demoRoutes } from './routes/demo';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { modelRoutes } from './routes/models';
import { monitoringRoutes } from './routes/monitoring';
import { outcomeRoutes } from './routes/outcomes';
import { scoreRoutes } from './routes/score';
import { webhookRoutes } from './routes/webhooks';

const API_PATHS =
	/^\/(health|score|outcomes|models|webhooks|monitoring|cycles|demo|openapi\.json|docs)(\/|$)/;

/** Maps every error to `{ error, field?, message }` with its status — the only place that does. */
function errorResponse(err: Error): { status: number; body: ErrorBody; headers?: Headers } {
	if (err instanceof ApiError)
		return {
			status: err.status,
			body: { error: err.code, field: err.field, message: err.message }
		};
	if (err instanceof ValidationError)
		return {
			status: 400,
			body: {
				error: 'validation_error',
				field: err.issues[0]?.field,
				message: err.message,
				issues: err.issues.map(({ field, message, index }) => ({ field, message, index }))
			}
		};
	if (err instanceof RollbackError)
		return { status: 409, body: { error: 'nothing_to_roll_back', message: err.message } };
	if (err instanceof ModelFormatError)
		return { status: 422, body: { error: 'model_invalid', message: err.message } };
	console.error(err);
	return { status: 500, body: { error: 'internal', message: 'internal error' } };
}

/** The API as a Hono app; one model cache per app (per isolate in production). */
export function createApp(models = new ModelCache()) {
	const app = new Hono<ApiEnv>()
		.use(monitor)
		.use(cors)
		.route('/health', healthRoutes(models))
		.route('/score', scoreRoutes(models))
		.route('/outcomes', outcomeRoutes())
		.route('/models', modelRoutes(models))
		.route('/webhooks', webhookRoutes(models))
		.route('/monitoring', monitoringRoutes())
		.route('/cycles', cycleRoutes(models))
		.route('/demo', demoRoutes(models));
	app.route('/', docsRoutes(app));

	// Everything outside the API's paths is the SvelteKit app (its own worker, bound as APP), so
	// one origin serves the API and the app shell.
	app.all('*', (c) =>
		c.env.APP && !API_PATHS.test(c.req.path)
			? c.env.APP.fetch(c.req.raw)
			: c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404)
	);

	app.onError((err, c) => {
		// Hono's own middleware (bearer auth) already built its JSON response.
		if (err instanceof HTTPException) return err.getResponse();
		const { status, body } = errorResponse(err);
		return c.json(body, status as 400);
	});
	return app;
}
