import { Lead } from '../../src/lib/core/schema';
import { Scorer } from '../../src/lib/core/scoring';
import { parseFlags, UsageError, type Command } from '../command';
import { writeOutput } from '../files';
import { readRecords } from '../records';
import { loadModel } from '../model-store';

export const score: Command = {
	name: 'score',
	summary: 'score leads: ScoreResult JSON Lines with recommendation and reasons',
	usage: `Usage: qualify score [--model FILE] [--models DIR] [FILE|-]

Reads leads — one JSON object, a JSON array, JSON Lines or CSV (stdin when FILE is - or
absent) — and writes one ScoreResult per valid lead as JSON Lines on stdout. Invalid leads
are reported on stderr by record (and line) with the field at fault (the first 20); the others are still
scored, and the exit code is 1 if any lead was invalid. The model is FILE from --model, or
the current version in --models DIR/manifest.json (default models/, the shipped baseline).`,

	async run(args) {
		const { values, positionals } = parseFlags(args, { strings: ['model', 'models'] }, true);
		if (positionals.length > 1)
			throw new UsageError(`give one input file, got ${positionals.length}`);
		const input = positionals[0] ?? '-';
		const scorer = new Scorer(await loadModel(values.model, values.models));
		const { valid, errors } = await readRecords(Lead, input);
		await writeOutput(
			undefined,
			valid.map(({ value }) => JSON.stringify(scorer.score(value)) + '\n')
		);
		if (errors.length) {
			process.exitCode = 1;
			console.error(
				`${valid.length} leads scored, ${new Set(errors.map((e) => e.index)).size} invalid (listed above)`
			);
		}
	}
};
