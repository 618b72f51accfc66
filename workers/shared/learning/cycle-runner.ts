import {
	rollback,
	runCycle,
	stamp,
	type CycleRecord,
	type PointerChange,
	type SlackMessage,
	type Trainer
} from '../../../src/lib/core/lifecycle';
import type { StoreBindings } from '../bindings';
import { ApiError } from '../errors';
import { deliverAlert } from './alert-delivery';
import { learningConfig, type LearningVars } from './config';
import { servingPointers } from '../model-registry';
import { D1LifecycleStore } from './d1-store';

/** What a cycle needs: the API's D1 and R2 bindings and the learning variables. */
export type LearningEnv = StoreBindings & LearningVars;

/** The invocation's ExecutionContext (fetch or scheduled): alerts are posted under waitUntil. */
export interface CycleHost {
	waitUntil(promise: Promise<unknown>): void;
}

export interface CycleOptions {
	trigger: 'cron' | 'manual';
	force?: boolean;
	/** @default the wall clock; tests inject simulated time. */
	clock?: () => Date;
	/** @default trainQualifier; tests inject broken or worse trainers. */
	train?: Trainer;
}

/** Longer than a cron invocation may run (15 min wall time), so a live cycle never loses it. */
const LEASE_MS = 16 * 60_000;

export function lifecycleStore(env: LearningEnv, host: CycleHost): D1LifecycleStore {
	const config = learningConfig(env);
	return new D1LifecycleStore(env, {
		rollout: { mode: config.promotion.mode, share: config.promotion.abShare },
		postAlert: async (message: SlackMessage) => {
			const url = env.ALERT_WEBHOOK_URL;
			if (url) host.waitUntil(deliverAlert(url, message));
			else console.log(`alert (ALERT_WEBHOOK_URL unset): ${message.text}`);
		}
	});
}

/**
 * One learning cycle on D1/R2 — the only entry point, shared by the cron (workers/retrain) and
 * POST /cycles/run. One cycle at a time: a lease row in D1 (cron and a manual run may overlap,
 * and two cycles would train twice and race on the pointers); a second caller gets 409.
 * Cycle failures are recorded, not thrown (runCycle); configuration and lock errors throw.
 * @throws ApiError 409 `cycle_running` or `cycle_exists`, 500 `invalid_config`.
 */
export async function runLearningCycle(
	env: LearningEnv,
	host: CycleHost,
	options: CycleOptions
): Promise<CycleRecord> {
	const config = learningConfig(env);
	// A running trial is judged in the mode it started in (the serving row), whatever
	// LEARNING_MODE says now: the API serves by that row too.
	const serving = await servingPointers(env.DB);
	if (serving?.challenger_since && serving.mode !== 'direct')
		config.promotion = { ...config.promotion, mode: serving.mode, abShare: serving.ab_share };
	const clock = options.clock ?? (() => new Date());
	const store = lifecycleStore(env, host);
	const holder = crypto.randomUUID();
	const now = Date.now();
	const lock = await env.DB.prepare(
		`INSERT INTO cycle_lock (id, holder, expires_at) VALUES (1, ?1, ?2)
		 ON CONFLICT (id) DO UPDATE SET holder = ?1, expires_at = ?2 WHERE expires_at < ?3`
	)
		.bind(holder, now + LEASE_MS, now)
		.run();
	if (lock.meta.changes !== 1)
		throw new ApiError(
			409,
			'cycle_running',
			'a learning cycle is already running; try again later'
		);
	try {
		// Cycle ids are their start second; a second cycle in the same second would collide.
		const id = `cycle_${stamp(clock())}`;
		if (await store.findCycle(id))
			throw new ApiError(409, 'cycle_exists', `cycle ${id} already ran this second`);
		return await runCycle({
			store,
			clock,
			config,
			trigger: options.trigger,
			force: options.force,
			train: options.train
		});
	} finally {
		await env.DB.prepare('DELETE FROM cycle_lock WHERE id = 1 AND holder = ?').bind(holder).run();
	}
}

/**
 * Returns to the previous champion or a named version (core `rollback`: verified first, any
 * trial ends, recorded with the actor, alerted).
 * @throws RollbackError (→ 409), ApiError 404 for an unknown version.
 */
export function rollbackServing(
	env: LearningEnv,
	host: CycleHost,
	input: { actor: string; to?: string }
): Promise<PointerChange> {
	return rollback({ store: lifecycleStore(env, host), clock: () => new Date(), ...input });
}
