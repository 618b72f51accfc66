import { loadArtifact, Scorer } from '../../../src/lib/core/scoring';
import { fetchCurrentModel, type EdgeApi } from '../../../src/lib/edge/client';

/** Key-value storage (chrome.storage.local in the extension, a Map in tests). */
export interface KeyValueStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
}

/** The model last synced from the edge API, as stored. */
interface SyncedModel {
	etag?: string;
	artifact: unknown;
}

export interface SyncRecord {
	at: string;
	outcome: string;
}

export interface ActiveModel {
	scorer: Scorer;
	source: 'bundled' | 'synced';
	/** The edge API's ETag for a synced model (sent back as If-None-Match). */
	etag?: string;
}

export const SYNCED_MODEL_KEY = 'syncedModel';
export const LAST_SYNC_KEY = 'lastSync';

/**
 * Which model scores: the one last synced from the edge API when it still verifies (the API's
 * current model is authoritative, a rollback included), else the bundled baseline. Scoring
 * never waits on the network; a sync that fails, or brings an artifact that does not verify,
 * keeps the model in use.
 */
export class ModelStore {
	private active?: Promise<ActiveModel>;

	constructor(
		private readonly deps: {
			/** The bundled baseline artifact (JSON). */
			baseline: () => Promise<unknown>;
			storage: KeyValueStore;
			now?: () => Date;
		}
	) {}

	current(): Promise<ActiveModel> {
		this.active ??= this.loadInitial();
		return this.active;
	}

	/** One sync with the edge API; returns what happened, also kept as the last sync record. */
	async sync(api: EdgeApi): Promise<SyncRecord> {
		const held = await this.current();
		let outcome: string;
		try {
			const reply = await fetchCurrentModel(api, held.source === 'synced' ? held.etag : undefined);
			if (reply.status === 'not-modified') outcome = `up to date (${held.scorer.version})`;
			else {
				// Verified before it replaces anything: a corrupt or foreign artifact throws here.
				const scorer = new Scorer(await loadArtifact(reply.artifact));
				const synced: SyncedModel = { artifact: reply.artifact, etag: reply.etag };
				await this.deps.storage.set(SYNCED_MODEL_KEY, synced);
				this.active = Promise.resolve({ scorer, source: 'synced', etag: reply.etag });
				outcome = `updated to ${scorer.version}`;
			}
		} catch (error) {
			outcome = `failed, kept ${held.scorer.version}: ${(error as Error).message}`;
		}
		const record = { at: (this.deps.now?.() ?? new Date()).toISOString(), outcome };
		await this.deps.storage.set(LAST_SYNC_KEY, record);
		return record;
	}

	private async loadInitial(): Promise<ActiveModel> {
		const stored = (await this.deps.storage.get(SYNCED_MODEL_KEY)) as SyncedModel | undefined;
		if (stored?.artifact) {
			try {
				const scorer = new Scorer(await loadArtifact(stored.artifact));
				return { scorer, source: 'synced', etag: stored.etag };
			} catch {
				// A stored model that no longer verifies (e.g. after a feature-spec change in an
				// extension update) is dropped in favour of the bundled one.
			}
		}
		return {
			scorer: new Scorer(await loadArtifact(await this.deps.baseline())),
			source: 'bundled'
		};
	}
}
