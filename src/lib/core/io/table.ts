import { DataFormatError } from '../schema/errors';
import { readCsv } from './csv';
import { readJson, readJsonl } from './json';
import type { DataFormat, SourceRecord, SourceTable } from './records';
import { calendarDate, numericDateOrder } from '../schema/exported';

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
	if (format === 'json' || format === 'jsonl') {
		const records = format === 'json' ? readJson(text) : readJsonl(text);
		return { format, records, notes: settleDates(records) };
	}
	if (format !== 'csv') throw new DataFormatError(`unknown format "${String(format)}"`);
	const csv = readCsv(text, { na: options.na });
	const rename = options.rename ?? {};
	const columns = csv.columns.map((c) => rename[c] ?? c);
	const records = csv.records.map(({ value, line }) => ({
		value: leadFields(value, rename),
		line
	}));
	return { format, records, columns, notes: [...(csv.notes ?? []), ...settleDates(records)] };
}

/**
 * Call dates such as "03/04/2026" that only the file's other dates settle ("23/11/2026" is
 * day first), rewritten as ISO dates; returns a note saying which order was read.
 */
function settleDates(records: SourceRecord[]): string[] {
	const order = numericDateOrder(records.map((r) => r.value.call_date));
	if (!order) return [];
	for (const { value } of records)
		if (typeof value.call_date === 'string') {
			const read = calendarDate(value.call_date, order);
			if ('date' in read) value.call_date = read.date;
		}
	return [
		`call_date: numeric dates read ${order === 'day-first' ? 'day/month/year' : 'month/day/year'}, as the file's unambiguous ones are written`
	];
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
