import { Hono } from 'hono';
import { Lead, parseWith } from '../../../../src/lib/core/schema';
import type { ApiEnv } from '../env';
import { ApiError } from '../errors';
import { FellowEvent, leadFromNote } from '../fellow-lead';
import { jsonBody } from '../json-body';
import type { ModelCache } from '../model-cache';
import { scoreServed } from '../serving';
import { verifySvix } from '../svix';

export function webhookRoutes(models: ModelCache) {
	return new Hono<ApiEnv>().post('/fellow', jsonBody(), async (c) => {
		const event = parseWith(FellowEvent, c.var.body, 'Fellow event');
		// Fellow checks the URL with a challenge before deliveries start; echoing it discloses
		// nothing, so it is answered without a signature.
		if (event.type === 'url_verification') {
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
		if (event.type !== 'ai_note.generated') return c.json({ ignored: event.type }, 202);
		if (!event.data) throw new ApiError(400, 'invalid_event', 'data is missing', 'data');
		// Svix redelivers on timeouts: a delivery id already processed is acknowledged, not rescored.
		const seen = await c.env.DB.prepare('SELECT 1 FROM webhook_deliveries WHERE svix_id = ?')
			.bind(id)
			.first();
		if (seen) return c.json({ duplicate: true, svix_id: id });
		const internal = (c.env.INTERNAL_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase());
		const lead = parseWith(Lead, leadFromNote(event.data, internal), 'Fellow note');
		const served = await models.serving(c.env);
		c.set('modelVersion', served.champion.version);
		const { results, writes } = scoreServed(c.env.DB, served, [lead], { source: 'webhook' });
		await c.env.DB.batch([
			...writes,
			c.env.DB.prepare(
				'INSERT INTO webhook_deliveries (svix_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING'
			).bind(id, Date.now())
		]);
		return c.json(results[0]!);
	});
}
