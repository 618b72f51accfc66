import { FIRST_DRIFTED_WEEK, simulate, type WeekResult } from '../../src/lib/core/simulation';
import { intFlag, parseFlags, type Command } from '../command';
import { checkOutput, writeOutput } from '../files';

export const simulation: Command = {
	name: 'simulate',
	summary: 'simulate weeks of drifting calls with the daily learning cycle vs a frozen model',
	usage: `Usage: qualify simulate [--weeks N] [--seed S] [--calls-per-day C] [--fresh N] [--out FILE]
                        [--no-text]

Trains a baseline on eight weeks of generated calls, then simulates N weeks (default 12): each
day the serving champion scores the day's calls, outcomes arrive 1–7 days later, and a learning
cycle runs at 23:00. The world drifts from week 4 (Voice AI demand grows; from week 5 a new
competitor the feature phrases do not know; from week 7 a tighter market). Prints per week the
champion, accuracy on the outcomes that arrived that week for the learning system, a frozen
baseline and the generator's Bayes-optimal probabilities (same calls), the drift share and the
cycles' decisions, then the outcome-weighted accuracies of the drifted weeks and of the last
four. A week's ~200 outcomes move its accuracies by several points with which calls came;
--fresh N also scores N fresh calls of each week's world with the models that served it (each
weighted by its days), the frozen baseline and the Bayes-optimal probabilities, which moves
only by that sample's error. --out writes the whole history (weeks and cycle records) as JSON.
--no-text trains every model without the text models (their features missing), to measure what
they add.`,

	async run(args) {
		const { values } = parseFlags(args, {
			strings: ['weeks', 'seed', 'calls-per-day', 'fresh', 'out'],
			booleans: ['no-text']
		});
		// Every flag is checked before the table starts, so a bad one prints no header.
		const options = {
			weeks: intFlag(values.weeks, 'weeks', 12, 1),
			seed: intFlag(values.seed, 'seed', 1),
			callsPerDay: intFlag(values['calls-per-day'], 'calls-per-day', 30, 1),
			freshCalls: intFlag(values.fresh, 'fresh', 0, 0),
			...(values['no-text'] ? { text: false as const } : {})
		};
		await checkOutput(values.out);
		const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
		console.log(
			'week  champion                  outcomes  learning   frozen    Bayes  drift  decisions'
		);
		const row = (w: WeekResult) =>
			console.log(
				`${String(w.week).padStart(4)}  ${w.champion.padEnd(24)}  ${String(w.outcomes).padStart(8)}  ${pct(w.learning_accuracy)}  ${pct(w.frozen_accuracy)}  ${pct(w.bayes_accuracy)}  ${w.drift_share === null ? '   — ' : w.drift_share.toFixed(2).padStart(5)}  ${Object.entries(
					w.decisions
				)
					.map(([k, n]) => `${k} ${n}`)
					.join(', ')}`
			);
		const history = await simulate({ ...options, onWeek: row });
		const fresh = (from: number) => {
			const ws = history.weeks.filter((w) => w.week >= from && w.fresh);
			const of = (k: 'learning' | 'frozen' | 'bayes') =>
				pct(ws.reduce((s, w) => s + w.fresh![k], 0) / ws.length).trim();
			return ws.length
				? `; on ${ws[0]!.fresh!.calls} fresh calls of each week's world: learning ${of('learning')}, frozen ${of('frozen')}, Bayes-optimal ${of('bayes')}`
				: '';
		};
		const mean = (k: 'learning_accuracy' | 'frozen_accuracy' | 'bayes_accuracy', from: number) => {
			const ws = history.weeks.filter((w) => w.week >= from);
			return (
				ws.reduce((s, w) => s + w[k] * w.outcomes, 0) /
				Math.max(
					1,
					ws.reduce((s, w) => s + w.outcomes, 0)
				)
			);
		};
		const from = FIRST_DRIFTED_WEEK;
		const summary = (first: number, what: string) =>
			`weeks ${first}–${history.weeks.length} (${what}), outcome-weighted accuracy: learning ${pct(mean('learning_accuracy', first)).trim()}, frozen ${pct(mean('frozen_accuracy', first)).trim()}, Bayes-optimal ${pct(mean('bayes_accuracy', first)).trim()}${fresh(first)}`;
		const last = Math.max(from, history.weeks.length - 3);
		console.log(
			history.weeks.length < from
				? `\nno drifted weeks yet: the world starts drifting in week ${from}`
				: `\n${summary(from, 'drifted world')}` +
						(last > from ? `\n${summary(last, 'the last four')}` : '')
		);
		if (values.out) await writeOutput(values.out, [JSON.stringify(history) + '\n']);
	}
};
