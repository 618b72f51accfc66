import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScoreResult } from '$lib/core/schema';
import type { EngineCosts } from './scoring-service';

/** A model version kept for offline use: `current` scores, `previous` is the fallback. */
export interface StoredModel {
	slot: 'current' | 'previous';
	version: string;
	/** The API's ETag for it; null for the bundled baseline. */
	etag: string | null;
	artifact: unknown;
	saved_at: string;
}

/** An outcome a rep entered, as sent to POST /outcomes. */
export interface OutcomeEntry {
	lead_id: string;
	progressed: 0 | 1;
	voice_ai?: 0 | 1;
	occurred_at: string;
}

export interface ScoredLead {
	id: string;
	lead: Record<string, unknown>;
	result: ScoreResult;
	scored_at: string;
	outcome?: OutcomeEntry & { synced: boolean };
}

export interface QueuedOutcome extends OutcomeEntry {
	queued_at: string;
	attempts: number;
	last_error?: string;
}

interface QualifyDb extends DBSchema {
	models: { key: StoredModel['slot']; value: StoredModel };
	leads: { key: string; value: ScoredLead; indexes: { scored_at: string } };
	/** Keyed by lead: entering an outcome again replaces the queued one (idempotent). */
	outcomes: { key: string; value: QueuedOutcome };
	/** Engine timings per model version, measured once on this device (see engine-choice.ts). */
	calibration: { key: string; value: EngineCosts };
}

export type Db = IDBPDatabase<QualifyDb>;

let db: Promise<Db> | undefined;

export function openQualifyDb(name = 'fellow-qualify'): Promise<Db> {
	db ??= openDB<QualifyDb>(name, 1, {
		upgrade(db) {
			db.createObjectStore('models', { keyPath: 'slot' });
			db.createObjectStore('leads', { keyPath: 'id' }).createIndex('scored_at', 'scored_at');
			db.createObjectStore('outcomes', { keyPath: 'lead_id' });
			db.createObjectStore('calibration');
		}
	});
	return db;
}

/** Makes `artifact` current and the old current previous, in one transaction. */
export async function promoteModel(
	db: Db,
	model: Omit<StoredModel, 'slot' | 'saved_at'>
): Promise<void> {
	const tx = db.transaction('models', 'readwrite');
	const current = await tx.store.get('current');
	if (current && current.version !== model.version)
		await tx.store.put({ ...current, slot: 'previous' });
	await tx.store.put({ ...model, slot: 'current', saved_at: new Date().toISOString() });
	await tx.done;
}

/** Newest first. */
export async function listLeads(db: Db): Promise<ScoredLead[]> {
	return (await db.getAllFromIndex('leads', 'scored_at')).reverse();
}

/** Records the outcome on the lead and queues it for the API, atomically. */
export async function queueOutcome(db: Db, outcome: OutcomeEntry): Promise<void> {
	const tx = db.transaction(['leads', 'outcomes'], 'readwrite');
	const lead = await tx.objectStore('leads').get(outcome.lead_id);
	if (lead) await tx.objectStore('leads').put({ ...lead, outcome: { ...outcome, synced: false } });
	await tx
		.objectStore('outcomes')
		.put({ ...outcome, queued_at: new Date().toISOString(), attempts: 0 });
	await tx.done;
}

/** Removes a sent outcome from the queue and marks its lead synced. */
export async function outcomeSent(db: Db, leadId: string): Promise<void> {
	const tx = db.transaction(['leads', 'outcomes'], 'readwrite');
	const lead = await tx.objectStore('leads').get(leadId);
	if (lead?.outcome)
		await tx.objectStore('leads').put({ ...lead, outcome: { ...lead.outcome, synced: true } });
	await tx.objectStore('outcomes').delete(leadId);
	await tx.done;
}
