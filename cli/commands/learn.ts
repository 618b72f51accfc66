import { runCycle } from '../../src/lib/core/lifecycle';
import { parseFlags, UsageError, type Command } from '../command';
import { openDirStore } from '../lifecycle-store';

export const learn: Command = {
	name: 'learn',
	summary: 'run one continuous-learning cycle against a local store',
	usage: `Usage: qualify learn --store DIR [--force] [--now ISO]

Runs one learning cycle (monitor → drift → decide → train a challenger → compare on the recent
holdout → promote or keep) against DIR: DIR/models/ (artifacts + manifest.json, current =
champion), DIR/outcomes.jsonl (one {lead, progressed, voice_ai, occurred_at, served?} per line)
and DIR/lifecycle.json (pointers, history, cycle log; created on first run). Prints the cycle
record as JSON; alerts (Slack webhook bodies) go to standard error. --force trains even when no
rule fires; --now sets the cycle's clock (default: the current time).`,

	async run(args) {
		const { values } = parseFlags(args, { strings: ['store', 'now'], booleans: ['force'] });
		if (!values.store) throw new UsageError('--store is required');
		const now = values.now ? new Date(values.now) : new Date();
		if (Number.isNaN(now.getTime()))
			throw new UsageError(`--now must be an ISO date-time, got "${values.now}"`);
		const { store, save } = await openDirStore(values.store);
		const alerts = store.alerts.length;
		const record = await runCycle({
			store,
			clock: () => now,
			trigger: 'manual',
			force: values.force ?? false
		});
		await save();
		for (const alert of store.alerts.slice(alerts)) console.error(JSON.stringify(alert));
		console.log(
			JSON.stringify(
				{
					...record,
					drift: record.drift && {
						...record.drift,
						features: record.drift.features.filter((f) => f.drifted)
					}
				},
				null,
				2
			)
		);
	}
};
