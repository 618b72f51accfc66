import { wrap, type Remote } from 'comlink';
import type { ScoringService } from './scoring-service';

interface Started {
	remote: Remote<ScoringService>;
	/** Rejects if the worker cannot start or dies: comlink would wait for its answers forever. */
	failed: Promise<never>;
}

let worker: Started | undefined;

function start(): Started {
	const w = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
	const failed = new Promise<never>((_, reject) => {
		const fail = (why: string) => reject(new Error(`The scoring worker stopped: ${why}`));
		w.addEventListener('error', (e) => fail(e.message || 'its script could not be loaded'));
		w.addEventListener('messageerror', () => fail('a message could not be read'));
	});
	// Awaited only through calls; a failure before any call must not be an unhandled rejection.
	failed.catch(() => undefined);
	return { remote: wrap<ScoringService>(w), failed };
}

/**
 * Runs `use` on the scoring worker (started on first use). A worker that fails rejects the call
 * with why, instead of leaving the page waiting; reloading the page starts a new one.
 */
export function callWorker<R>(use: (remote: Remote<ScoringService>) => R): Promise<Awaited<R>> {
	const { remote, failed } = (worker ??= start());
	return Promise.race([use(remote), failed]);
}
