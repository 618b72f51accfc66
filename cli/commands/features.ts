import * as v from 'valibot';
import { Flag, Lead } from '../../src/lib/core/schema';
import { DEFAULT_NA, writeCsv } from '../../src/lib/core/io';
import {
	extractFeatures,
	FEATURE_NAMES,
	FEATURE_SPEC,
	type FeatureSpec
} from '../../src/lib/core/features';
import { SAMPLE_LEADS } from '../../src/lib/core/features/samples';
import { listFlag, parseFlags, UsageError, type Command } from '../command';
import { checkOutput, writeOutput } from '../files';
import { readRecords } from '../records';

/** A lead with its outcome columns when the file has them (kept next to the features). */
const MaybeLabeled = v.object({
	...Lead.entries,
	progressed: v.optional(Flag),
	voice_ai: v.optional(Flag)
});

export const features: Command = {
	name: 'features',
	summary: 'print the feature spec, or extract feature vectors from a lead file',
	usage: `Usage: qualify features --test
       qualify features --data FILE|- [--out FILE] [--format csv|jsonl] [--na A,B]

--test   print the feature spec (name, group, type, description) and extract features for the
         built-in sample leads.
--data   read leads (CSV, JSON or JSON Lines; - for stdin) and write one feature vector per
         valid lead — CSV with the spec's column names, or JSON Lines — to --out or stdout.
         Missing inputs are written as empty cells / null, and so are text_progression and
         text_voice_ai: they are a trained model's text scores (qualify score computes them).
         Invalid rows are reported with their line and column on stderr and skipped.
--na     CSV cells that mean missing besides blank ones (default ${DEFAULT_NA.join(',')}, any
         case; --na '' for blanks only). A trailing empty column is ignored and an unnamed
         first column is read as a row index; both are noted on stderr.`,

	async run(args) {
		const { values } = parseFlags(args, {
			strings: ['data', 'out', 'format', 'na'],
			booleans: ['test']
		});
		if (values.test) return printSpecAndSamples();
		if (values.data === undefined) throw new UsageError('give --test or --data FILE');
		const format = values.format ?? (values.out?.endsWith('.jsonl') ? 'jsonl' : 'csv');
		if (format !== 'csv' && format !== 'jsonl')
			throw new UsageError(`--format must be csv or jsonl, got "${format}"`);
		await checkOutput(values.out);

		const { valid, records } = await readRecords(MaybeLabeled, values.data, {
			na: listFlag(values.na)
		});

		const labeled = valid.some((r) => r.value.progressed !== undefined);
		const columns = ['lead_id', ...FEATURE_NAMES, ...(labeled ? ['progressed', 'voice_ai'] : [])];
		const rows = valid.map(({ value }) => {
			const row: Record<string, unknown> = { lead_id: value.lead_id ?? null };
			const vector = extractFeatures(value);
			FEATURE_NAMES.forEach((name, i) => (row[name] = Number.isNaN(vector[i]!) ? null : vector[i]));
			if (labeled) {
				row.progressed = label(value.progressed);
				row.voice_ai = label(value.voice_ai);
			}
			return row;
		});
		await writeOutput(
			values.out,
			format === 'csv' ? [writeCsv(rows, columns)] : rows.map((r) => JSON.stringify(r) + '\n')
		);
		const skipped = records - valid.length;
		console.error(
			`${rows.length} leads → ${FEATURE_NAMES.length} features each${values.out ? ` → ${values.out}` : ''}` +
				(skipped ? `; ${skipped} invalid rows skipped (listed above)` : '')
		);
		if (rows.length === 0) throw new UsageError('no valid leads in the input');
	}
};

function label(flag: boolean | undefined): number | null {
	return flag === undefined ? null : flag ? 1 : 0;
}

function printSpecAndSamples(): void {
	const width = Math.max(...FEATURE_SPEC.map((f) => f.name.length));
	console.log(`#   ${'feature'.padEnd(width)}  group    type         description`);
	FEATURE_SPEC.forEach((f: FeatureSpec, i) =>
		console.log(
			`${String(i + 1).padStart(2)}  ${f.name.padEnd(width)}  ${f.group.padEnd(7)}  ${f.type.padEnd(11)}  ${f.description}`
		)
	);
	console.log(`\nSample leads (${SAMPLE_LEADS.length}):`);
	for (const lead of SAMPLE_LEADS) {
		const vector = extractFeatures(lead);
		const missing = vector.filter(Number.isNaN).length;
		const shown = FEATURE_SPEC.map((f, i) => [f.name, vector[i]!] as const)
			.filter(([, x]) => x !== 0 && !Number.isNaN(x))
			.slice(0, 8)
			.map(([name, x]) => `${name}=${round(x)}`)
			.join(' ');
		console.log(`- ${lead.company_name}: ${vector.length} values, ${missing} missing; ${shown} …`);
	}
	const count = (group: string) => FEATURE_SPEC.filter((f) => f.group === group).length;
	console.log(
		`\n${FEATURE_SPEC.length} features (${count('company')} company, ${count('call')} call extracted here; ${count('text')} text, from a model's text model)`
	);
}

function round(x: number): string {
	return Number.isInteger(x) ? String(x) : x.toFixed(3);
}
