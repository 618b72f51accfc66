// The extension's scoring host: holds the model, answers the content script and the options
// page. Everything it needs to score is bundled, so scoring works with no network at all.
import { Lead, parseWith } from '../../../src/lib/core/schema';
import { leadFromCall } from '../shared/lead-from-call';
import type { ModelStatus, Reply, Request, Scored, Sent } from '../shared/messages';
import { fellowWorkspace, type PageCall } from '../shared/page-call';
import { apiBase, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { postScore, type EdgeApi } from '../../../src/lib/edge/client';
import { fetchFellowNote } from './fellow-api';
import { LAST_SYNC_KEY, ModelStore, type KeyValueStore, type SyncRecord } from './model-store';

/** Background syncs are attempted at most this often; the options page can force one. */
const SYNC_INTERVAL_MS = 60 * 60 * 1000;

// API keys live in local storage: keep it away from content scripts, which run inside Fellow.
void chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });

const storage: KeyValueStore = {
	get: async (key) => (await chrome.storage.local.get(key))[key],
	set: (key, value) => chrome.storage.local.set({ [key]: value })
};

const models = new ModelStore({
	baseline: async () => (await fetch(chrome.runtime.getURL('model/baseline.json'))).json(),
	storage
});

async function settings(): Promise<Settings> {
	return parseSettings(await storage.get(SETTINGS_KEY));
}

function edgeApi(s: Settings): EdgeApi | undefined {
	const base = apiBase(s);
	return base ? { base, apiKey: s.apiKey } : undefined;
}

let syncing: Promise<void> | undefined;

/** A background sync when the last one is older than the interval; one at a time. */
function syncIfDue(s: Settings): Promise<void> {
	syncing ??= (async () => {
		const api = edgeApi(s);
		const last = (await storage.get(LAST_SYNC_KEY)) as SyncRecord | undefined;
		if (api && (!last || Date.now() - Date.parse(last.at) > SYNC_INTERVAL_MS))
			await models.sync(api);
	})().finally(() => (syncing = undefined));
	return syncing;
}

/** With a Fellow API key, the note comes from Fellow's API; the page's reading is the fallback. */
async function withFellowNote(
	call: PageCall,
	s: Settings,
	tabUrl: string | undefined
): Promise<{ call: PageCall; notice?: string }> {
	const workspace = tabUrl && fellowWorkspace(tabUrl);
	if (!s.fellowApiKey || !workspace || !call.eventGuid) return { call };
	try {
		const note = await fetchFellowNote({
			origin: `https://${workspace}.fellow.app`,
			eventGuid: call.eventGuid,
			apiKey: s.fellowApiKey
		});
		if (!note?.notes)
			return { call, notice: 'Fellow API has no note for this event; read the page' };
		return {
			call: {
				...call,
				title: note.title ?? call.title,
				notes: note.notes,
				notesSource: 'Fellow API',
				attendeeDomains: note.attendeeDomains.length ? note.attendeeDomains : call.attendeeDomains
			}
		};
	} catch (error) {
		return { call, notice: `${(error as Error).message}; read the page instead` };
	}
}

async function status(): Promise<ModelStatus> {
	const { scorer, source } = await models.current();
	const lastSync = (await storage.get(LAST_SYNC_KEY)) as SyncRecord | undefined;
	return {
		ok: true,
		modelVersion: scorer.version,
		modelSource: source,
		...(lastSync ? { lastSync } : {})
	};
}

async function handle(
	request: Request,
	sender: chrome.runtime.MessageSender
): Promise<Scored | Sent | ModelStatus> {
	const s = await settings();
	switch (request.type) {
		case 'score': {
			// The tab's own URL, not the message's, decides which Fellow host gets the API key.
			const { call, notice } = await withFellowNote(request.call, s, sender.tab?.url);
			const lead = leadFromCall(call, { ownDomains: s.ownDomains });
			const { scorer } = await models.current();
			const result = scorer.score(parseWith(Lead, lead, 'lead'));
			void syncIfDue(s);
			return {
				ok: true,
				result,
				lead,
				...(call.notesSource ? { notesSource: call.notesSource } : {}),
				...(notice ? { notice } : {}),
				apiConfigured: edgeApi(s) !== undefined
			};
		}
		case 'send': {
			const api = edgeApi(s);
			if (!api) throw new Error('No API configured: set its URL in the extension options');
			return { ok: true, result: await postScore(api, parseWith(Lead, request.lead, 'lead')) };
		}
		case 'sync': {
			const api = edgeApi(s);
			if (api) await models.sync(api);
			return status();
		}
		case 'status':
			return status();
	}
}

chrome.runtime.onMessage.addListener((request: Request, sender, sendResponse) => {
	handle(request, sender).then(sendResponse, (error: Error) =>
		sendResponse({ ok: false, error: error.message } satisfies Reply<never>)
	);
	return true; // the reply is sent asynchronously
});

chrome.runtime.onStartup.addListener(() => void settings().then(syncIfDue));
chrome.runtime.onInstalled.addListener(() => void settings().then(syncIfDue));
