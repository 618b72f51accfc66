import type { Comparison } from '../stats/compare';
import type { CycleStatus } from './cycle-record';
import type { RolloutMode } from './rollout';
import type { Pointers } from './store';

type Verdict = Comparison['verdict'];

/** What a cycle decides: its status and the pointers to switch to (null: leave them). */
export interface PointerDecision {
	status: CycleStatus;
	next: Pointers | null;
}

/**
 * After a challenger was trained and compared with the champion on the holdout: a significant
 * win is promoted at once (direct) or starts a live trial (shadow, A/B); an inconclusive one is
 * kept as the stored challenger (it does not serve); a significant loss is rejected.
 */
export function afterTraining(input: {
	verdict: Verdict;
	mode: RolloutMode;
	pointers: Pointers;
	challenger: string;
	now: string;
}): PointerDecision {
	const { verdict, mode, pointers, challenger, now } = input;
	if (verdict === 'better' && mode === 'direct')
		return {
			status: 'promoted',
			next: { champion: challenger, challenger: null, challenger_since: null }
		};
	if (verdict === 'better')
		return {
			status: 'trial',
			next: { champion: pointers.champion, challenger, challenger_since: now }
		};
	if (verdict === 'inconclusive')
		return {
			status: 'kept',
			next: { champion: pointers.champion, challenger, challenger_since: null }
		};
	return { status: 'rejected', next: null };
}

/**
 * During a live trial: the challenger is promoted on a significant win on live outcomes, retired
 * on a significant loss or when the trial ran out of days, and otherwise the trial continues
 * (`verdict` null: too few live outcomes to compare yet).
 */
export function afterTrial(input: {
	verdict: Verdict | null;
	expired: boolean;
	pointers: Pointers;
}): PointerDecision {
	const { verdict, expired, pointers } = input;
	if (verdict === 'better')
		return {
			status: 'promoted',
			next: { champion: pointers.challenger!, challenger: null, challenger_since: null }
		};
	if (verdict === 'worse' || expired)
		return {
			status: 'retired',
			next: { champion: pointers.champion, challenger: null, challenger_since: null }
		};
	return { status: 'trial', next: null };
}
