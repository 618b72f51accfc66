import { loadArtifact } from '../scoring';
import { rollbackAlert } from './alerts';
import type { LifecycleStore, PointerChange } from './store';

/** A rollback that cannot happen: no earlier champion, or the target already serves. */
export class RollbackError extends Error {
	override readonly name = 'RollbackError';
}

/**
 * Makes an earlier version the champion again: the named one, or the champion before the
 * current one (from the pointer history). The target is verified (loadArtifact) before the
 * pointers switch, a running challenger trial ends, and the change is recorded with its actor
 * and alerted. Returns the change.
 * @throws RollbackError when there is no earlier champion or the target already serves;
 *   the store's or loadArtifact's error when the target does not load.
 */
export async function rollback(input: {
	store: LifecycleStore;
	clock: () => Date;
	actor: string;
	to?: string;
}): Promise<PointerChange> {
	const { store } = input;
	const current = await store.pointers();
	let target = input.to;
	if (target === undefined) {
		const history = await store.pointerHistory();
		target = history.findLast(
			(c) => c.next.champion === current.champion && c.previous.champion !== current.champion
		)?.previous.champion;
		if (target === undefined)
			throw new RollbackError(`no earlier champion than ${current.champion} to roll back to`);
	}
	if (target === current.champion) throw new RollbackError(`${target} is already the champion`);
	await loadArtifact(await store.getArtifact(target));
	const change: PointerChange = {
		at: input.clock().toISOString(),
		actor: `rollback by ${input.actor}`,
		reason: input.to
			? `rolled back to ${target}`
			: `rolled back to the previous champion ${target}`,
		previous: current,
		next: { champion: target, challenger: null, challenger_since: null }
	};
	await store.setPointers(change.next, change);
	await store.postAlert(rollbackAlert(change)).catch(() => {});
	return change;
}
