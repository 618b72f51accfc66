import { Hono } from 'hono';
import * as v from 'valibot';
import { RunCycleRequest } from '../../../../src/lib/contracts/requests';
import { parseWith } from '../../../../src/lib/core/schema';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { learningConfig } from '../../../shared/learning/config';
import { lifecycleStore, runLearningCycle } from '../../../shared/learning/cycle-runner';
import type { ModelCache } from '../model-cache';
import { operation, params } from '../openapi/describe';

const CycleId = v.object({ id: v.pipe(v.string(), v.regex(/^cycle_\d{8}_\d{6}$/)) });

const doc = {
	log: operation({
		summary: 'The last 50 learning cycles, newest first, and a summary of older ones',
		responses: { 200: { description: 'cycle records', body: 'CycleLog' } }
	}),
	run: operation({
		summary:
			"Run a learning cycle now (the cron's code path): monitor, drift, decide, train, compare, promote or keep; answers the cycle record",
		auth: 'admin',
		body: 'RunCycleRequest',
		bodyRequired: false,
		responses: {
			200: { description: 'the cycle record (status failed included)', body: 'CycleRecord' }
		},
		errors: [400, 409]
	}),
	one: operation({
		summary:
			'One kept cycle record: data sizes, monitor, drift report, evaluation, decision, versions',
		responses: { 200: { description: 'cycle record', body: 'CycleRecord' } },
		errors: [400, 404]
	}),
	id: params(CycleId, {
		code: 'invalid_cycle_id',
		field: 'id',
		message: 'a cycle id looks like cycle_YYYYMMDD_HHMMSS'
	})
};

/** The learning cycles: their records (GET) and a run now (POST, the cron's code path). */
export function cycleRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.get('/', doc.log, async (c) => {
			const keep = learningConfig(c.env).keepCycles;
			const log = await lifecycleStore(c.env, c.executionCtx).cycleLog(keep);
			return c.json({ cycles: log.recent, older: log.older });
		})
		.post('/run', doc.run, jsonBody(undefined, { optional: true }), async (c) => {
			const { force } = parseWith(RunCycleRequest, c.var.body ?? {}, 'cycle');
			const record = await runLearningCycle(c.env, c.executionCtx, { trigger: 'manual', force });
			// This isolate serves the new pointers at once; others within MODEL_REFRESH_MS.
			models.invalidate();
			// A failed cycle is a result, recorded like any other (status, error): still 200.
			return c.json(record);
		})
		.get('/:id', doc.one, doc.id, async (c) => {
			const { id } = c.req.valid('param');
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
