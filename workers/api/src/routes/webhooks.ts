import { Hono } from 'hono';
import { Lead, parseWith } from '../../../../src/lib/core/schema';
import type { ApiEnv } from '../env';
import { ApiError } from '../../../shared/errors';
import { FellowEvent, leadFromNote } from '../fellow-lead';
import { jsonBody } from '../json-body';
import type { ModelCache } from '../model-cache';
import { operation } from '../openapi/describe';
import { scoreServed } from '../serving';
import { verifySvix } from '../svix';

const doc = operation({
	summary:
		'Fellow ai_note.generated (Svix-signed) → Lead → score → store; answers url_verification with its challenge',
	body: 'FellowEvent',
	responses: {
		200: { description: 'the score, or why the event was not scored', body: 'WebhookResponse' },
		202: { description: 'another event type, ignored', body: 'WebhookResponse' }
	},
	errors: [400, 401, 403, 415]
});

export function webhookRoutes(models: ModelCache) {
	return new Hono<ApiEnv>().post('/fellow', doc, jsonBody(), async (c) => {
		// Fellow checks the URL with a challenge before deliveries start; echoing it discloses
		// nothing, so it is answered without a signature. Anything else is verified before its
		// body is read, so an unsigned request learns nothing of the schema.
		if ((c.var.body as { type?: unknown } | null)?.type === 'url_verification') {
			const event = parseWith(FellowEvent, c.var.body, 'Fellow event');
			if (!event.challenge)
				throw new ApiError(400, 'invalid_event', 'challenge is missing', 'challenge');
			return c.text(event.challenge);
		}
		const secret = c.env.FELLOW_WEBHOOK_SECRET;
		if (!secret)
			throw new ApiError(403, 'webhook_disabled', 'FELLOW_WEBHOOK_SECRET is not configured');
		const id = c.req.header('svix-id');
		await verifySvix(
			secret,
			{ id, timestamp: c.req.header('svix-timestamp'), signature: c.req.header('svix-signature') },
			c.var.rawBody
		);
		const event = parseWith(FellowEvent, c.var.body, 'Fellow event');
		if (event.type !== 'ai_note.generated') return c.json({ ignored: event.type }, 202);
		if (!event.data) throw new ApiError(400, 'invalid_event', 'data is missing', 'data');
		// Svix redelivers on timeouts, sometimes many at once: the delivery id is claimed with one
		// atomic insert, and only the request that claimed it scores. A failure after the claim
		// releases it, so the next redelivery is scored rather than lost.
		const claimed = await c.env.DB.prepare(
			'INSERT INTO webhook_deliveries (svix_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING svix_id'
		)
			.bind(id, Date.now())
			.first();
		if (!claimed) return c.json({ duplicate: true, svix_id: id });
		try {
			const internal = (c.env.INTERNAL_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase());
			const lead = parseWith(Lead, leadFromNote(event.data, internal), 'Fellow note');
			const served = await models.serving(c.env);
			c.set('modelVersion', served.champion.version);
			const { results, writes } = scoreServed(c.env.DB, served, [lead], {
				source: 'webhook',
				principal: 'webhook'
			});
			await c.env.DB.batch(writes);
			return c.json(results[0]!);
		} catch (error) {
			await c.env.DB.prepare('DELETE FROM webhook_deliveries WHERE svix_id = ?').bind(id).run();
			throw error;
		}
	});
}
