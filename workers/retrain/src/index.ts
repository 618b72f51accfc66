import { runLearningCycle, type LearningEnv } from '../../shared/learning/cycle-runner';

/**
 * The scheduled retraining worker: on each cron trigger, one learning cycle against the API's
 * D1 and R2 — the same function POST /cycles/run calls, so the schedule and a manual run
 * cannot differ. The cycle records its own failures (GET /cycles); what throws here (a cycle
 * already running, bad configuration) is logged and shows as a failed invocation.
 */
export default {
	async scheduled(_controller, env, ctx) {
		const record = await runLearningCycle(env, ctx, { trigger: 'cron' });
		console.log(`${record.id}: ${record.status} — ${record.reason}`);
	}
} satisfies ExportedHandler<LearningEnv>;
