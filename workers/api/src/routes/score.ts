import { Hono } from 'hono';
import { BatchEnvelope } from '../../../../src/lib/contracts/requests';
import { Lead, parseBatch, parseWith } from '../../../../src/lib/core/schema';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { jsonBody } from '../json-body';
import { LIMITS } from '../limits';
import type { ModelCache } from '../model-cache';
import { operation } from '../openapi/describe';
import { scoreServed } from '../serving';

const doc = {
	score: operation({
		summary: 'Score one lead',
		auth: 'apiKey',
		body: 'Lead',
		responses: { 200: { description: 'the score', body: 'ScoreResult' } },
		errors: [400, 413, 415, 503]
	}),
	batch: operation({
		summary: `Score up to ${LIMITS.batchLeads} leads; invalid rows are reported by index, the rest scored`,
		auth: 'apiKey',
		body: 'BatchRequest',
		responses: { 200: { description: 'results and per-row errors', body: 'BatchResponse' } },
		errors: [400, 413, 415, 503]
	})
};

export function scoreRoutes(models: ModelCache) {
	return new Hono<ApiEnv>()
		.post('/', doc.score, jsonBody(), async (c) => {
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
		.post('/batch', doc.batch, jsonBody(LIMITS.batchBodyBytes), async (c) => {
			const { leads, batch_id = crypto.randomUUID() } = parseWith(
				BatchEnvelope,
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
