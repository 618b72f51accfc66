import type { CycleRecord } from './cycle-record';
import type { PointerChange, Pointers } from './store';

/** Challengers kept in the store although they never served: the newest few, to compare or promote by hand. */
export const KEEP_UNSERVED_CHALLENGERS = 3;

/**
 * The artifacts a store can drop: versions cycles trained (newest first in `cycles`) that never
 * served — never champion, never a challenger in a live trial — and are not the current
 * champion or challenger, beyond the newest `keep` of them. Promoted versions, anything an
 * admin uploaded, and what a rollback could return to are never named.
 */
export function prunableChallengers(
	cycles: readonly CycleRecord[],
	history: readonly PointerChange[],
	pointers: Pointers,
	keep = KEEP_UNSERVED_CHALLENGERS
): string[] {
	const served = new Set<string>([pointers.champion]);
	if (pointers.challenger) served.add(pointers.challenger);
	for (const change of history)
		for (const p of [change.previous, change.next]) {
			served.add(p.champion);
			if (p.challenger && p.challenger_since) served.add(p.challenger);
		}
	const gone = new Set(cycles.flatMap((c) => c.pruned ?? []));
	const unserved = [
		...new Set(
			cycles.flatMap((c) =>
				c.trained && !served.has(c.trained) && !gone.has(c.trained) ? [c.trained] : []
			)
		)
	];
	return unserved.slice(keep);
}
