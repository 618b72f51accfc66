// Runs in Chromium (real IndexedDB): model sync and the outcome queue against a scripted API.
import { listLeads, openQualifyDb, queueOutcome } from '../../src/lib/browser/db';
import { flushOutcomes, refreshModel, type SyncOptions } from '../../src/lib/browser/sync';
import { loadArtifact, type ModelArtifact } from '../../src/lib/core/scoring';
import { sealArtifact } from '../../src/lib/core/scoring/artifact';

type Reply = (url: string, init: RequestInit) => Response | Promise<Response>;

async function runSyncScenarios(baseline: ModelArtifact) {
	const db = await openQualifyDb('sync-test');
	let reply: Reply = () => new Response(null, { status: 500 });
	const requests: { url: string; ifNoneMatch: string | null; body: unknown }[] = [];
	const activated: string[] = [];
	const options: SyncOptions = {
		baseUrl: 'https://api.test',
		activate: async (artifact) => {
			const { version } = (await loadArtifact(artifact)).artifact;
			activated.push(version);
			return { version };
		},
		fetch: async (input, init = {}) => {
			const url = String(input);
			const headers = new Headers(init.headers);
			requests.push({
				url,
				ifNoneMatch: headers.get('If-None-Match'),
				body: init.body ? JSON.parse(String(init.body)) : null
			});
			return reply(url, init);
		}
	};
	const json = (body: unknown, etag: string) =>
		new Response(JSON.stringify(body), { headers: { ETag: etag } });
	const slots = async () => ({
		current: (await db.get('models', 'current'))?.etag ?? null,
		previous: (await db.get('models', 'previous'))?.etag ?? null
	});
	const content: Omit<ModelArtifact, 'sha256'> = { ...baseline };
	delete (content as Partial<ModelArtifact>).sha256;
	const newer = await sealArtifact({ ...content, version: 'retrain_20270101_000000' });
	const tampered = { ...newer, thresholds: { ...newer.thresholds, ae_handoff: 0.01 } };

	const log: Record<string, unknown> = {};
	reply = () => json(baseline, '"v1"');
	log.first = { result: await refreshModel(db, options), slots: await slots() };
	reply = (_url, init) =>
		new Headers(init.headers).get('If-None-Match') === '"v1"'
			? new Response(null, { status: 304 })
			: json(baseline, '"v1"');
	log.notModified = { result: await refreshModel(db, options), slots: await slots() };
	reply = () => json(tampered, '"v3"');
	log.tampered = { result: await refreshModel(db, options), slots: await slots() };
	reply = () => new Response('down', { status: 503 });
	log.serverDown = { result: await refreshModel(db, options), slots: await slots() };
	reply = () => json(newer, '"v2"');
	log.newer = { result: await refreshModel(db, options), slots: await slots() };
	log.activated = activated;

	for (const id of ['a', 'b', 'c'])
		await db.put('leads', {
			id,
			lead: { company_name: id },
			result: {} as never,
			scored_at: new Date().toISOString()
		});
	// Queued a few ms apart: the queue is sent in queued_at order (millisecond timestamps).
	const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
	for (const id of ['a', 'b', 'c']) {
		await queueOutcome(db, { lead_id: id, progressed: 1, occurred_at: '2026-11-25' });
		await tick();
	}
	// Re-entering an outcome replaces the queued one (and moves it last): still three.
	await queueOutcome(db, { lead_id: 'a', progressed: 0, occurred_at: '2026-11-25' });
	const posted: string[] = [];
	reply = (_url, init) => {
		const { lead_id } = JSON.parse(String(init.body));
		if (lead_id === 'c') return new Response('busy', { status: 503 });
		posted.push(lead_id);
		return new Response('{}', { status: 201 });
	};
	log.outage = { result: await flushOutcomes(db, options), queue: await db.getAllKeys('outcomes') };
	reply = (_url, init) => {
		const { lead_id } = JSON.parse(String(init.body));
		if (lead_id === 'c') return new Response('unknown lead', { status: 422 });
		posted.push(lead_id);
		return new Response('{}', { status: lead_id === 'a' ? 409 : 201 });
	};
	log.refused = {
		result: await flushOutcomes(db, options),
		queue: await db.getAllKeys('outcomes'),
		c: await db.get('outcomes', 'c')
	};
	reply = () => Promise.reject(new TypeError('Failed to fetch'));
	log.offline = { result: await flushOutcomes(db, options) };
	reply = () => new Response('{}', { status: 200 });
	log.recovered = {
		result: await flushOutcomes(db, options),
		queue: await db.getAllKeys('outcomes'),
		synced: (await listLeads(db)).map((l) => [l.id, l.outcome?.synced, l.outcome?.progressed])
	};
	log.posted = posted;
	log.outcomeBodies = requests.filter((r) => r.url.endsWith('/outcomes')).map((r) => r.body);
	return log;
}

(globalThis as unknown as { runSyncScenarios: typeof runSyncScenarios }).runSyncScenarios =
	runSyncScenarios;
