import { wrap, type Remote } from 'comlink';
import type { ScoringService } from './scoring-service';

let worker: Remote<ScoringService> | undefined;

/** The scoring worker (started on first use), wrapped with comlink. */
export function scoringWorker(): Remote<ScoringService> {
	worker ??= wrap<ScoringService>(
		new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' })
	);
	return worker;
}
