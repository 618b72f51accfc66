import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, serveBaseline } from './helpers';

/** Signs like Svix: base64 HMAC-SHA256 of `${id}.${timestamp}.${body}` with the decoded secret. */
async function sign(
	id: string,
	timestamp: number,
	body: string,
	secret = env.FELLOW_WEBHOOK_SECRET!
) {
	const raw = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (ch) => ch.charCodeAt(0));
	const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
		'sign'
	]);
	const mac = await crypto.subtle.sign(
		'HMAC',
		key,
		new TextEncoder().encode(`${id}.${timestamp}.${body}`)
	);
	return `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`;
}

const note = (id: string) =>
	JSON.stringify({
		type: 'ai_note.generated',
		data: {
			note: {
				id,
				title: 'Intro call — VoiceFlow',
				event_start: '2026-11-20T15:00:00Z',
				content_markdown:
					'## Notes\n- Needs a Voice AI agent for inbound support calls\n- Budget approved, timeline this quarter',
				event_attendees: ['rep@fellow.app', 'dana@voiceflow.ai']
			}
		}
	});

async function deliver(
	body: string,
	{
		id = crypto.randomUUID(),
		at = Math.floor(Date.now() / 1000),
		signature
	}: { id?: string; at?: number; signature?: string } = {}
) {
	return call('/webhooks/fellow', {
		method: 'POST',
		body,
		headers: {
			'content-type': 'application/json',
			'svix-id': id,
			'svix-timestamp': String(at),
			'svix-signature': signature ?? (await sign(id, at, body))
		}
	});
}

beforeAll(serveBaseline);

describe('POST /webhooks/fellow', () => {
	it('answers the url_verification challenge', async () => {
		const res = await call('/webhooks/fellow', {
			method: 'POST',
			json: { type: 'url_verification', challenge: 'abc123' }
		});
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('abc123');
	});

	it('scores and stores a signed ai_note.generated once, even if redelivered', async () => {
		const body = note('note-1');
		const res = await deliver(body, { id: 'msg_1' });
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({
			lead_id: 'note-1',
			model_version: expect.any(String)
		});
		const row = await env.DB.prepare(
			"SELECT source, lead FROM scored_leads WHERE lead_id = 'note-1'"
		).first<{ source: string; lead: string }>();
		expect(row?.source).toBe('webhook');
		expect(JSON.parse(row!.lead)).toMatchObject({
			company_name: 'VoiceFlow', // named as in the title, as the extension names it
			website: 'voiceflow.ai',
			call_date: '2026-11-20'
		});
		expect(await (await deliver(body, { id: 'msg_1' })).json()).toMatchObject({ duplicate: true });
		const { n } = (await env.DB.prepare(
			"SELECT COUNT(*) AS n FROM scored_leads WHERE lead_id = 'note-1'"
		).first<{ n: number }>())!;
		expect(n).toBe(1);
	});

	it('scores one lead for 30 simultaneous identical deliveries, five times over', async () => {
		for (let round = 0; round < 5; round++) {
			const body = note(`burst-${round}`);
			const at = Math.floor(Date.now() / 1000);
			const signature = await sign(`msg_burst_${round}`, at, body);
			const answers = await Promise.all(
				Array.from({ length: 30 }, () => deliver(body, { id: `msg_burst_${round}`, at, signature }))
			);
			expect(answers.every((res) => res.status === 200)).toBe(true);
		}
		const { n } = (await env.DB.prepare(
			"SELECT COUNT(*) AS n FROM scored_leads WHERE lead_id LIKE 'burst-%'"
		).first<{ n: number }>())!;
		expect(n).toBe(5);
	});

	it('checks the signature before it reads the body: an unsigned bad body learns nothing', async () => {
		const res = await call('/webhooks/fellow', {
			method: 'POST',
			json: { type: 'ai_note.generated', data: { note: 42 } }
		});
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ error: 'invalid_signature' });
	});

	it('refuses a tampered body, a wrong secret, a replay outside 5 minutes and missing headers', async () => {
		const body = note('note-2');
		const at = Math.floor(Date.now() / 1000);
		const good = await sign('msg_2', at, body);
		expect(
			(await deliver(body.replace('note-2', 'note-3'), { id: 'msg_2', at, signature: good })).status
		).toBe(401);
		expect(
			(
				await deliver(body, {
					id: 'msg_2',
					at,
					signature: await sign('msg_2', at, body, 'whsec_' + btoa('other-secret'))
				})
			).status
		).toBe(401);
		const old = at - 6 * 60;
		const replay = await deliver(body, {
			id: 'msg_2',
			at: old,
			signature: await sign('msg_2', old, body)
		});
		expect(replay.status).toBe(401);
		expect(await replay.json()).toMatchObject({
			error: 'invalid_signature',
			field: 'svix-timestamp'
		});
		const bare = await call('/webhooks/fellow', {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' }
		});
		expect(await bare.json()).toMatchObject({ error: 'invalid_signature', field: 'svix-id' });
		// A rotated secret: several signatures, one valid.
		expect((await deliver(body, { id: 'msg_2', at, signature: `v1,AAAA ${good}` })).status).toBe(
			200
		);
	});
});
