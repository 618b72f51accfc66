import { BASELINE_URL } from './baseline';
import { openQualifyDb, type Db } from './db';
import { callWorker } from './scoring-client';
import type { ModelInfo } from './scoring-service';
import { flushOutcomes, refreshModel, type SyncOptions } from './sync';

/** The edge API's origin (VITE_API_BASE at build time); '' means the app's own origin. */
export const API_BASE: string = (import.meta.env.VITE_API_BASE ?? '').replace(/\/$/, '');

/** What every page shows about the app: the model in use, connectivity, sync state. */
class AppState {
	model = $state<ModelInfo | null>(null);
	modelError = $state<string | null>(null);
	online = $state(true);
	queued = $state(0);
	syncMessage = $state('');
}

export const app = new AppState();

const RETRY_MS = 30_000;

let started: Promise<Db> | undefined;

/** Opens IndexedDB, loads the stored (or bundled) model into the worker, starts syncing. */
export function startApp(): Promise<Db> {
	started ??= start();
	return started;
}

async function start(): Promise<Db> {
	const db = await openQualifyDb();
	app.online = navigator.onLine;
	// The queue first: it is one IndexedDB count, while loading the model can take seconds.
	await countQueue(db);
	await loadStoredModel(db);
	addEventListener('online', () => {
		app.online = true;
		void sync(db);
	});
	addEventListener('offline', () => (app.online = false));
	if (navigator.onLine) void sync(db);
	// Outcomes the API could not take (it was down) are retried while the app is open.
	setInterval(() => {
		if (navigator.onLine && app.queued > 0) void sync(db);
	}, RETRY_MS);
	return db;
}

/** Current, else previous, else the bundled baseline: the first that verifies. */
async function loadStoredModel(db: Db): Promise<void> {
	for (const slot of ['current', 'previous'] as const) {
		const stored = await db.get('models', slot);
		if (!stored) continue;
		try {
			app.model = await callWorker((w) => w.loadModel(stored.artifact));
			return;
		} catch (error) {
			app.modelError = `stored model ${stored.version}: ${(error as Error).message}`;
		}
	}
	const artifact = await (await fetch(BASELINE_URL)).json();
	app.model = await callWorker((w) => w.loadModel(artifact));
}

/**
 * The token outcomes are sent with (`POST /outcomes` is a write endpoint): entered by the rep,
 * kept in this browser's localStorage only.
 */
const TOKEN_KEY = 'fellow-qualify:outcome-token';
export const outcomeToken = {
	get: (): string | undefined => localStorage.getItem(TOKEN_KEY) ?? undefined,
	set(token: string): void {
		if (token.trim()) localStorage.setItem(TOKEN_KEY, token.trim());
		else localStorage.removeItem(TOKEN_KEY);
	}
};

const syncOptions: SyncOptions = {
	baseUrl: API_BASE,
	activate: (artifact) => callWorker((w) => w.loadModel(artifact)),
	token: outcomeToken.get
};

/** Refreshes the model and flushes queued outcomes; safe to call any time. */
export async function sync(db: Db): Promise<void> {
	const [model, outcomes] = await Promise.all([
		refreshModel(db, syncOptions),
		flushOutcomes(db, syncOptions)
	]);
	if (model.status === 'updated') app.model = await callWorker(async (w) => w.modelInfo);
	await countQueue(db);
	app.syncMessage = [
		model.status === 'failed'
			? `model check failed (${model.error}); kept ${app.model?.version}`
			: '',
		outcomes.sent ? `${outcomes.sent} outcome(s) sent` : '',
		outcomes.error ? `${outcomes.remaining} outcome(s) waiting: ${outcomes.error}` : ''
	]
		.filter(Boolean)
		.join(' · ');
}

export async function countQueue(db: Db): Promise<void> {
	app.queued = await db.count('outcomes');
}
