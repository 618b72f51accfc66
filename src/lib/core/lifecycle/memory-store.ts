import type { ModelArtifact } from '../scoring';
import type { SlackMessage } from './store';
import { appendCycle, EMPTY_CYCLE_LOG, type CycleLog, type CycleRecord } from './cycle-record';
import type { LabelledExample, LifecycleStore, PointerChange, Pointers } from './store';

/**
 * The store in memory: the reference implementation of LifecycleStore, used by the tests and
 * `qualify simulate`, and the state the CLI's directory store loads and saves.
 */
export class MemoryStore implements LifecycleStore {
	examples: LabelledExample[] = [];
	artifacts = new Map<string, unknown>();
	current: Pointers;
	history: PointerChange[] = [];
	log: CycleLog = EMPTY_CYCLE_LOG;
	alerts: SlackMessage[] = [];

	constructor(champion: ModelArtifact) {
		this.artifacts.set(champion.version, champion);
		this.current = { champion: champion.version, challenger: null, challenger_since: null };
	}

	/** Adds outcomes, keeping the history ordered by occurred_at. */
	add(examples: readonly LabelledExample[]): void {
		this.examples.push(...examples);
		this.examples.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at));
	}

	async labelled(query: { since?: string; limit?: number }) {
		const since = query.since;
		const rows =
			since === undefined ? this.examples : this.examples.filter((e) => e.occurred_at >= since);
		return query.limit === undefined ? rows.slice() : rows.slice(-query.limit);
	}
	async countLabelled(since: string) {
		return this.examples.filter((e) => e.occurred_at > since).length;
	}
	async pointers() {
		return { ...this.current };
	}
	async setPointers(next: Pointers, change: PointerChange) {
		this.current = { ...next };
		this.history.push(change);
	}
	async pointerHistory() {
		return this.history.slice();
	}
	async getArtifact(version: string) {
		if (!this.artifacts.has(version)) throw new Error(`no artifact ${version}`);
		return this.artifacts.get(version);
	}
	async putArtifact(artifact: ModelArtifact) {
		this.artifacts.set(artifact.version, artifact);
	}
	async deleteArtifact(version: string) {
		this.artifacts.delete(version);
	}
	async recentCycles(limit: number) {
		return this.log.recent.slice(0, limit);
	}
	async recordCycle(record: CycleRecord, keep: number) {
		this.log = appendCycle(this.log, record, keep);
	}
	async postAlert(message: SlackMessage) {
		this.alerts.push(message);
	}
}
