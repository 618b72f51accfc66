import { DataFormatError } from '../schema/errors';
import { readCsv } from './csv';
import { readJson, readJsonl } from './json';
import type { DataFormat, SourceTable } from './records';

/** Columns a CSV holds as text but the schemas expect as numbers. */
const NUMERIC_FIELDS = ['employee_count', 'sentiment'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The format a file name implies, or a guess from its first character. */
export function detectFormat(text: string, fileName?: string): DataFormat {
	const ext = /\.(csv|tsv|json|jsonl|ndjson)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
	if (ext === 'json') return 'json';
	const head = text.replace(/^\uFEFF/, '').trimStart();
	if (head.startsWith('[')) return 'json';
	if (head.startsWith('{')) {
		const firstLine = head.split('\n', 1)[0]!.trim();
		return firstLine.endsWith('}') && head.includes('\n{') ? 'jsonl' : 'json';
	}
	return 'csv';
}

/**
 * Reads lead-shaped records from CSV, JSON or JSON Lines text. CSV cells that hold numbers
 * in numeric fields become numbers; anything else stays text so validation names the field.
 * `na` lists CSV cells that mean missing (see {@link readCsv}).
 * `rename` maps CSV columns (as normalised, e.g. `account`) to field names (`company_name`)
 * for files whose headers differ; columns mapped to nothing keep their name.
 */
export function readTable(
	text: string,
	format: DataFormat = detectFormat(text),
	options: { rename?: Readonly<Record<string, string>>; na?: readonly string[] } = {}
): SourceTable {
	if (format === 'json') return { format, records: readJson(text) };
	if (format === 'jsonl') return { format, records: readJsonl(text) };
	if (format !== 'csv') throw new DataFormatError(`unknown format "${String(format)}"`);
	const csv = readCsv(text, { na: options.na });
	const rename = options.rename ?? {};
	const columns = csv.columns.map((c) => rename[c] ?? c);
	const records = csv.records.map(({ value, line }) => ({
		value: leadFields(value, rename),
		line
	}));
	return { format, records, columns, notes: csv.notes };
}

/**
 * A CSV record's cells as lead fields: columns renamed, numbers in numeric fields as numbers
 * (anything else stays text so validation names the field).
 */
export function leadFields(
	cells: Readonly<Record<string, string>>,
	rename: Readonly<Record<string, string>>
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key in cells) out[rename[key] ?? key] = cells[key];
	for (const field of NUMERIC_FIELDS) {
		const cell = out[field];
		if (typeof cell === 'string' && NUMBER.test(cell.trim())) out[field] = Number(cell);
	}
	return out;
}
