import { Hono } from 'hono';
import * as v from 'valibot';
import { Lead, parseBatch, parseWith } from '../../../../src/lib/core/schema';
import { requireApiKey } from '../auth';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import type { ModelCache } from '../model-cache';
import { scoreServed } from '../serving';

/** Body of POST /score/batch; each lead is validated on its own so one bad row spares the rest. */
export const BatchRequest = v.object({
	leads: v.array(v.unknown()),
	batch_id: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)))
});

export function scoreRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.use(requireApiKey)
		.post('/', jsonBody(), async (c) => {
			const lead = parseWith(Lead, c.var.body, 'lead');
			const served = await models.serving(c.env);
			c.set('modelVersion', served.champion.version);
			const { results, writes } = scoreServed(c.env.DB, served, [lead], {
				source: 'api',
				principal: c.var.principal ?? 'anonymous'
			});
			await c.env.DB.batch(writes);
			return c.json(results[0]!);
		})
		.post('/batch', jsonBody(LIMITS.batchBodyBytes), async (c) => {
			const { leads, batch_id = crypto.randomUUID() } = parseWith(
				BatchRequest,
				c.var.body,
				'batch'
			);
			if (leads.length > LIMITS.batchLeads)
				throw new ApiError(
					413,
					'batch_too_large',
					`a batch holds at most ${LIMITS.batchLeads} leads, this one has ${leads.length}: split it`,
					'leads'
				);
			const { valid, errors } = parseBatch(Lead, leads);
			const served = await models.serving(c.env);
			c.set('modelVersion', served.champion.version);
			const { results, writes } = scoreServed(
				c.env.DB,
				served,
				valid.map((r) => r.value),
				{ source: 'batch', batchId: batch_id, principal: c.var.principal ?? 'anonymous' }
			);
			if (writes.length) await c.env.DB.batch(writes);
			return c.json({
				batch_id,
				model_version: served.champion.version,
				results: results.map((r, i) => ({ index: valid[i]!.index, ...r })),
				errors: errors.map(({ index, field, message }) => ({ index, field, message }))
			});
		});
}
