import type { ModelArtifact } from '../scoring';
import type { Lead } from '../schema/lead';
import type { CycleRecord } from './cycle-record';
import type { Variant } from './rollout';

/** A Slack incoming-webhook body (https://api.slack.com/messaging/webhooks): `text` is the fallback. */
export interface SlackMessage {
	text: string;
	blocks?: (
		| { type: 'section'; text: { type: 'mrkdwn'; text: string } }
		| { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
	)[];
}

/** What was served for a lead when it was scored. */
export interface ServedPrediction {
	model_version: string;
	variant: Variant;
	progression_probability: number;
	/** Shadow mode: the challenger's probability, logged but not returned. */
	shadow?: { model_version: string; progression_probability: number };
}

/** An outcome joined to its lead (as scored) and to what was served for it. */
export interface LabelledExample {
	lead: Lead;
	progressed: boolean;
	/** Calls without a confirmed Voice AI label are monitored but not trained on. */
	voice_ai?: boolean;
	/** When the outcome became known (ISO date-time); orders the history. */
	occurred_at: string;
	served?: ServedPrediction;
}

/** The serving pointers: switched together, atomically. */
export interface Pointers {
	champion: string;
	challenger: string | null;
	/** When the challenger's live trial (shadow / A/B) began. */
	challenger_since: string | null;
}

/** One pointer switch, for the history that says who or what changed the champion and when. */
export interface PointerChange {
	at: string;
	/** "cycle cycle_…", "rollback by …", … */
	actor: string;
	reason: string;
	previous: Pointers;
	next: Pointers;
}

/**
 * Everything a learning cycle reads and writes. The CLI implements it over a directory, the
 * retrain worker over D1 (records, pointers) and R2 (artifacts); MemoryStore is the reference.
 */
export interface LifecycleStore {
	/** Outcomes that occurred at or after `since` (all without it), oldest first; `limit` keeps the most recent. */
	labelled(query: { since?: string; limit?: number }): Promise<LabelledExample[]>;
	/**
	 * How many outcomes arrived after `since` (the last training): new to the model whenever the
	 * call took place — a late label for an old call counts. Stores that keep no arrival time
	 * (MemoryStore: outcomes arrive as they occur) count by when they occurred.
	 */
	countLabelled(since: string): Promise<number>;
	pointers(): Promise<Pointers>;
	/** Switches the pointers atomically and appends `change` to the history. */
	setPointers(next: Pointers, change: PointerChange): Promise<void>;
	/** Oldest first. */
	pointerHistory(): Promise<PointerChange[]>;
	/** The artifact's JSON as stored; the cycle verifies it (loadArtifact) before use. */
	getArtifact(version: string): Promise<unknown>;
	putArtifact(artifact: ModelArtifact): Promise<void>;
	/** Removes a stored artifact that never served (see prunableChallengers). */
	deleteArtifact(version: string): Promise<void>;
	/** The most recent cycle records, newest first. */
	recentCycles(limit: number): Promise<CycleRecord[]>;
	/** Stores a record, keeping `keep` in full and summarising older ones (see appendCycle). */
	recordCycle(record: CycleRecord, keep: number): Promise<void>;
	/** Hands an alert to the host, which posts it to the webhook (with retries) without blocking. */
	postAlert(message: SlackMessage): Promise<void>;
}
