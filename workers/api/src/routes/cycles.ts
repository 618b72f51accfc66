import { Hono } from 'hono';
import * as v from 'valibot';
import { parseWith } from '../../../../src/lib/core/schema';
import { requireAdmin } from '../auth';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { learningConfig } from '../../../shared/learning/config';
import { lifecycleStore, runLearningCycle } from '../../../shared/learning/cycle-runner';
import type { ModelCache } from '../model-cache';

/** Body of POST /cycles/run (optional). */
export const RunCycleRequest = v.object({
	/** Train a challenger even when no retraining rule fires. */
	force: v.optional(v.boolean())
});

const CYCLE_ID = /^cycle_\d{8}_\d{6}$/;

/** The learning cycles: their records (GET) and a run now (POST, the cron's code path). */
export function cycleRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.get('/', async (c) => {
			const keep = learningConfig(c.env).keepCycles;
			const log = await lifecycleStore(c.env, c.executionCtx).cycleLog(keep);
			return c.json({ cycles: log.recent, older: log.older });
		})
		.post('/run', requireAdmin, jsonBody(undefined, { optional: true }), async (c) => {
			const { force } = parseWith(RunCycleRequest, c.var.body ?? {}, 'cycle');
			const record = await runLearningCycle(c.env, c.executionCtx, { trigger: 'manual', force });
			// This isolate serves the new pointers at once; others within MODEL_REFRESH_MS.
			models.invalidate();
			// A failed cycle is a result, recorded like any other (status, error): still 200.
			return c.json(record);
		})
		.get('/:id', async (c) => {
			const id = c.req.param('id');
			if (!CYCLE_ID.test(id))
				throw new ApiError(
					400,
					'invalid_cycle_id',
					'a cycle id looks like cycle_YYYYMMDD_HHMMSS',
					'id'
				);
			const record = await lifecycleStore(c.env, c.executionCtx).findCycle(id);
			if (!record)
				throw new ApiError(
					404,
					'not_found',
					`no cycle ${id} is kept (only the last ones are)`,
					'id'
				);
			return c.json(record);
		});
}
