import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { D1LifecycleStore } from '../../shared/learning/d1-store';
import { ADMIN, call, SEED_LEAD, serveBaseline } from './helpers';

// Training rows come only from authenticated clients, and an outcome is paired with the
// scoring its rep saw. The attack of issue 14: with scoring open (no API_KEY), anyone could
// re-score a lead_id with their own text just before or after its outcome arrived, and the
// next cycle trained on that text.
const store = new D1LifecycleStore(env, {
	rollout: { mode: 'direct', share: 0 },
	postAlert: async () => {}
});
const REP_NOTES = 'Budget approved for a voice agent pilot; VP signed off. Demo booked Tuesday.';
const POISON = 'Not interested at all. No budget, no need, never call again.';
const score = async (lead: object, headers: Record<string, string> = {}) => {
	const res = await call('/score', { method: 'POST', json: lead, headers });
	expect(res.status).toBe(200);
	return res.json<{ score_id: string; progression_probability: number }>();
};
const postOutcomes = (outcomes: object) =>
	call('/outcomes', { method: 'POST', headers: ADMIN, json: outcomes });
/** The notes each training example of these leads was read from, by lead. */
async function trainedOn(...leadIds: string[]): Promise<Record<string, string | undefined>> {
	const examples = await store.labelled({});
	return Object.fromEntries(
		examples
			.filter((e) => leadIds.includes(e.lead.lead_id!))
			.map((e) => [e.lead.lead_id!, e.lead.call_notes])
	);
}

beforeAll(async () => {
	await serveBaseline();
});

describe('who may write training rows', () => {
	it('an anonymous /score before and after the outcome does not change what a cycle trains on', async () => {
		const lead = { ...SEED_LEAD, lead_id: 'victim-1', call_notes: REP_NOTES };
		const seen = await score(lead, ADMIN);
		// Scoring stays open without API_KEY; the attacker's text is scored and stored…
		await score({ ...lead, call_notes: POISON });
		expect((await postOutcomes({ lead_id: 'victim-1', progressed: true })).status).toBe(200);
		await score({ ...lead, call_notes: POISON });
		// …but the outcome is paired with the rep's scoring, in training and in monitoring.
		expect(await trainedOn('victim-1')).toEqual({ 'victim-1': REP_NOTES });
		const stored = await env.DB.prepare(
			'SELECT count(*) AS n, sum(principal = ?) AS anonymous FROM scored_leads WHERE lead_id = ?'
		)
			.bind('anonymous', 'victim-1')
			.first<{ n: number; anonymous: number }>();
		expect(stored).toEqual({ n: 3, anonymous: 2 });
		const served = (await store.labelled({})).find((e) => e.lead.lead_id === 'victim-1')!;
		expect(served.served?.progression_probability).toBe(seen.progression_probability);
	});

	it('a lead only ever scored anonymously is not trained on, nor counted as new data', async () => {
		const before = await store.countLabelled('');
		await score({ ...SEED_LEAD, lead_id: 'anon-only', call_notes: POISON });
		expect((await postOutcomes({ lead_id: 'anon-only', progressed: false })).status).toBe(200);
		expect(await trainedOn('anon-only')).toEqual({});
		expect(await store.countLabelled('')).toBe(before);
	});

	it('with API_KEY set, a rep’s scorings are trained on; a later re-score does not replace the one before the outcome', async () => {
		env.API_KEY = 'rep-key';
		try {
			const rep = { authorization: 'Bearer rep-key' };
			const lead = { ...SEED_LEAD, lead_id: 'rep-1', call_notes: REP_NOTES };
			await score(lead, rep);
			expect((await postOutcomes({ lead_id: 'rep-1', progressed: true })).status).toBe(200);
			await score({ ...lead, call_notes: 'Edited after the outcome.' }, rep);
			expect(await trainedOn('rep-1')).toEqual({ 'rep-1': REP_NOTES });
		} finally {
			delete env.API_KEY;
		}
	});

	it('an outcome naming its score_id is paired with exactly that scoring', async () => {
		const lead = { ...SEED_LEAD, lead_id: 'named-1' };
		const first = await score({ ...lead, call_notes: REP_NOTES }, ADMIN);
		await score({ ...lead, call_notes: 'A second look the rep never acted on.' }, ADMIN);
		const res = await postOutcomes({
			lead_id: 'named-1',
			progressed: true,
			score_id: first.score_id
		});
		expect(res.status).toBe(200);
		expect(await trainedOn('named-1')).toEqual({ 'named-1': REP_NOTES });
	});

	it('refuses a score_id that is anonymous, of another lead or unknown, naming the field', async () => {
		const anonymous = await score({ ...SEED_LEAD, lead_id: 'named-2', call_notes: POISON });
		const other = await score({ ...SEED_LEAD, lead_id: 'named-3' }, ADMIN);
		const cases = [
			[{ lead_id: 'named-2', score_id: anonymous.score_id }, /without a token/],
			[{ lead_id: 'named-2', score_id: other.score_id }, /of another lead \(named-3\)/],
			[{ lead_id: 'named-2', score_id: 'no-such-id' }, /no scoring has this score_id/]
		] as const;
		for (const [outcome, message] of cases) {
			const res = await postOutcomes([{ ...outcome, progressed: true }]);
			expect(res.status).toBe(400);
			const body = await res.json<{
				issues: { field: string; index: number; message: string }[];
			}>();
			expect(body.issues).toEqual([
				{ field: 'score_id', index: 0, message: expect.stringMatching(message) }
			]);
		}
		// All or nothing: nothing was stored for the refused requests.
		const row = await env.DB.prepare('SELECT count(*) AS n FROM outcomes WHERE lead_id = ?')
			.bind('named-2')
			.first<{ n: number }>();
		expect(row?.n).toBe(0);
	});
});
