import { writeFile } from 'node:fs/promises';
import { FELLOW_CALLS_COLUMNS } from '../../src/lib/core/schema';
import { writeCsv } from '../../src/lib/core/io';
import {
	bayesReport,
	generateCalls,
	sidecar,
	type GeneratedCall,
	type Truth
} from '../../src/lib/core/synth';
import { intFlag, parseFlags, UsageError, type Command } from '../command';
import { checkOutput, progress, writeOutput } from '../files';

const CHUNK = 5_000;

export const generate: Command = {
	name: 'generate',
	summary: 'write a synthetic Fellow intro-call data set (fellow_calls.csv format)',
	usage: `Usage: qualify generate --rows N [--seed S] --out FILE [--start YYYY-MM-DD] [--days D]

Writes N intro calls in the fellow_calls.csv format (CSV, or JSON Lines when FILE ends in
.jsonl), <name>.bayes.json with the generator's Bayes-optimal accuracy, AUC and base rates
for progressed and voice_ai, and <name>.truth.csv with each call's generating probabilities
(so reports can state the Bayes-optimal figures on exactly their holdout). Same seed →
byte-identical output.`,

	async run(args) {
		const { values } = parseFlags(args, { strings: ['rows', 'seed', 'out', 'start', 'days'] });
		if (values.rows === undefined) throw new UsageError('--rows is required');
		if (values.out === undefined) throw new UsageError('--out is required');
		if (values.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.start))
			throw new UsageError(`--start must be a date like 2025-01-06, got "${values.start}"`);
		const opts = {
			rows: intFlag(values.rows, 'rows', 0, 1),
			seed: intFlag(values.seed, 'seed', 1),
			start: values.start,
			days: values.days === undefined ? undefined : intFlag(values.days, 'days', 0, 1)
		};

		await checkOutput(values.out);
		const began = performance.now();
		const { calls, truth } = generateCalls(opts);
		const jsonl = values.out.endsWith('.jsonl');
		const tick = progress('writing', calls.length);
		await writeOutput(values.out, chunks());
		const report = bayesReport(truth, calls);
		const meta = sidecarPath(values.out);
		await writeFile(meta, JSON.stringify(sidecar(opts, report), null, '\t') + '\n');
		await writeOutput(truthPath(values.out), truthRows(calls, truth));

		const seconds = (performance.now() - began) / 1000;
		const p = report.progressed;
		const va = report.voice_ai;
		console.log(
			`${calls.length} calls → ${values.out} in ${seconds.toFixed(2)}s (seed ${opts.seed}), ${calls[0]?.call_date} … ${calls.at(-1)?.call_date}\n` +
				`progressed: base rate ${pct(p.base_rate)}, Bayes-optimal accuracy ${pct(p.bayes_accuracy)}, AUC ${p.bayes_auc.toFixed(3)}\n` +
				`voice_ai:   base rate ${pct(va.base_rate)}, Bayes-optimal accuracy ${pct(va.bayes_accuracy)}, AUC ${va.bayes_auc.toFixed(3)}\n` +
				`Bayes-optimal figures → ${meta}, per-call probabilities → ${truthPath(values.out)}`
		);

		function* chunks(): Generator<string> {
			for (let i = 0; i < calls.length; i += CHUNK) {
				const part = calls.slice(i, i + CHUNK);
				if (jsonl) yield part.map((c) => JSON.stringify(c)).join('\n') + '\n';
				else {
					const csv = writeCsv(part, FELLOW_CALLS_COLUMNS);
					yield i === 0 ? csv : csv.slice(csv.indexOf('\n') + 1);
				}
				tick(Math.min(i + CHUNK, calls.length));
			}
		}
	}
};

/** `data/x.csv` → `data/x.bayes.json`. */
export function sidecarPath(out: string): string {
	return out.replace(/\.(csv|jsonl)$/i, '') + '.bayes.json';
}

/** `data/x.csv` → `data/x.truth.csv`: each call's generating probabilities, by lead_id. */
export function truthPath(out: string): string {
	return out.replace(/\.(csv|jsonl)$/i, '') + '.truth.csv';
}

function* truthRows(calls: GeneratedCall[], truth: Truth): Generator<string> {
	yield 'lead_id,p_progressed,p_voice_ai\n';
	for (let i = 0; i < calls.length; i += CHUNK)
		yield calls
			.slice(i, i + CHUNK)
			.map((c, k) => `${c.lead_id},${truth.progressed[i + k]},${truth.voice_ai[i + k]}\n`)
			.join('');
}

function pct(x: number): string {
	return `${(100 * x).toFixed(1)}%`;
}
