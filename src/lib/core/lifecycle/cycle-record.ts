import type { Comparison } from '../stats/compare';
import type { WordingChange } from '../text';
import type { DriftReport } from './drift';
import type { HoldoutMetrics, MonitorReport } from './monitor';
import type { RetrainTrigger } from './policy';
import type { RolloutMode } from './rollout';

/**
 * skipped: no rule fired. promoted: the challenger now serves. trial: a challenger is (still)
 * on a live shadow / A/B trial. kept: trained but not significantly better — stored as the
 * challenger, the champion keeps serving. rejected: significantly worse. retired: a live trial
 * ended against the challenger. failed: an error; the champion keeps serving.
 */
export const CYCLE_STATUSES = [
	'skipped',
	'promoted',
	'trial',
	'kept',
	'rejected',
	'retired',
	'failed'
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Everything one cycle saw and did (served at GET /cycles). */
export interface CycleRecord {
	id: string;
	started_at: string;
	ended_at: string;
	trigger: 'cron' | 'manual';
	status: CycleStatus;
	/** One line: why it skipped, promoted, kept, failed… */
	reason: string;
	triggers: RetrainTrigger[];
	data: {
		/** Outcomes in the monitoring window. */
		recent: number;
		new_since_training: number;
		history?: number;
		train_rows?: number;
		holdout_rows?: number;
		trial_rows?: number;
	};
	monitor: MonitorReport | null;
	drift: DriftReport | null;
	/** Champion and challenger on the same recent holdout neither trained on. */
	evaluation?: { champion: HoldoutMetrics; challenger: HoldoutMetrics; comparison: Comparison };
	/**
	 * Drift in words: the terms of the training and holdout leads whose text-model weight moved
	 * most from the champion to the challenger (log-odds).
	 */
	wording?: WordingChange[];
	/** A live shadow / A/B trial judged on outcomes that arrived since it began. */
	trial?: { mode: RolloutMode; since: string; comparison: Comparison | null };
	versions: { champion_before: string; champion_after: string; challenger: string | null };
	/** The version this cycle trained, whatever became of it. */
	trained?: string;
	/** The version that serves after a direct promotion: the winner refitted on every labelled call. */
	refit?: string;
	/** Challenger artifacts this cycle removed from the store: trained, never served, beyond the newest few. */
	pruned?: string[];
	error?: string;
}

/** Cycles older than the kept ones, folded into counts (older records are summarised, not lost). */
export interface CycleSummary {
	cycles: number;
	first_started_at: string | null;
	last_started_at: string | null;
	by_status: Partial<Record<CycleStatus, number>>;
	/** Versions promoted by those cycles, oldest first. */
	promoted: string[];
}

export interface CycleLog {
	/** Newest first. */
	recent: CycleRecord[];
	older: CycleSummary;
}

export const EMPTY_CYCLE_LOG: CycleLog = {
	recent: [],
	older: { cycles: 0, first_started_at: null, last_started_at: null, by_status: {}, promoted: [] }
};

/** Adds a record, keeping the newest `keep` in full and folding the rest into the summary. */
export function appendCycle(log: CycleLog, record: CycleRecord, keep: number): CycleLog {
	const recent = [record, ...log.recent];
	const older = structuredClone(log.older);
	for (const old of recent.splice(keep).reverse()) {
		older.cycles++;
		older.first_started_at ??= old.started_at;
		older.last_started_at = old.started_at;
		older.by_status[old.status] = (older.by_status[old.status] ?? 0) + 1;
		if (old.status === 'promoted') older.promoted.push(old.versions.champion_after);
	}
	return { recent, older };
}
