import { loadArtifact, Scorer } from '../../../src/lib/core/scoring';
import type { EdgeApi } from '../../../src/lib/edge/client';
import { syncModel } from '../../../src/lib/edge/model-sync';

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
		const result = await syncModel(api, {
			held: async () => ({
				version: held.scorer.version,
				etag: held.source === 'synced' ? held.etag : undefined
			}),
			adopt: async (artifact, etag) => {
				// Verified before it replaces anything: a corrupt or foreign artifact throws here.
				const scorer = new Scorer(await loadArtifact(artifact));
				const synced: SyncedModel = { artifact, etag };
				await this.deps.storage.set(SYNCED_MODEL_KEY, synced);
				this.active = Promise.resolve({ scorer, source: 'synced', etag });
				return scorer.version;
			}
		});
		const outcome =
			result.status === 'failed'
				? `failed, kept ${held.scorer.version}: ${result.error}`
				: result.status === 'updated'
					? `updated to ${result.version}`
					: `up to date (${held.scorer.version})`;
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
