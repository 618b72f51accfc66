import Papa from 'papaparse';
import { DataFormatError } from '../schema/errors';
import type { SourceRecord } from './records';

const DELIMITERS = [',', ';', '\t'];

/**
 * Reads a CSV document with a header row into records of strings. Handles quoted fields with
 * embedded commas and newlines, a UTF-8 BOM, and `,` `;` or tab delimiters (detected unless
 * given).
 * Headers are normalised to snake_case (`Company Name` → `company_name`); empty cells are
 * left out so that optional fields read as missing, not as "".
 */
export function readCsv(
	text: string,
	delimiter?: string
): { columns: string[]; records: SourceRecord[] } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') throw new DataFormatError('the file is empty');

	const lines = new LineCounter(body);
	let columns: string[] | undefined;
	const records: SourceRecord[] = [];
	let failure: DataFormatError | undefined;
	let cursor = 0;

	Papa.parse<string[]>(body, {
		delimiter: delimiter ?? detectDelimiter(body),
		skipEmptyLines: 'greedy',
		step(step, parser) {
			const line = lines.lineAt(cursor);
			cursor = step.meta.cursor;
			const error = step.errors[0];
			if (error && error.code !== 'UndetectableDelimiter') {
				failure = new DataFormatError(`line ${line}: ${describeCsvError(error)}`, line);
				return parser.abort();
			}
			const cells = step.data;
			if (!columns) {
				columns = readHeader(cells, line);
				return;
			}
			if (cells.length !== columns.length) {
				failure = new DataFormatError(
					`line ${line}: expected ${columns.length} columns (${columns.join(', ')}), found ${cells.length}` +
						(cells.length > columns.length
							? ' — is a field with a delimiter missing its quotes?'
							: ''),
					line
				);
				return parser.abort();
			}
			const value: Record<string, string> = {};
			cells.forEach((cell, i) => {
				if (cell.trim() !== '') value[columns![i]!] = cell;
			});
			records.push({ value, line });
		}
	});

	if (failure) throw failure;
	if (!columns) throw new DataFormatError('the file is empty');
	if (records.length === 0) throw new DataFormatError('the file has a header but no data rows', 2);
	return { columns, records };
}

function readHeader(cells: string[], line: number): string[] {
	const columns = cells.map(toColumnName);
	columns.forEach((name, i) => {
		if (name === '')
			throw new DataFormatError(`line ${line}: column ${i + 1} has no name`, line, String(i + 1));
		const first = columns.indexOf(name);
		if (first !== i)
			throw new DataFormatError(
				`line ${line}: column "${name}" appears twice (columns ${first + 1} and ${i + 1})`,
				line,
				name
			);
	});
	return columns;
}

/** `Company Name` / `company-name` / `CompanyName`? → `company_name` (camelCase is left as is). */
export function toColumnName(header: string): string {
	return header
		.trim()
		.toLowerCase()
		.replace(/[\s\-./]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/** The delimiter that splits the header line into the most fields; quotes are respected. */
function detectDelimiter(text: string): string {
	const header = firstRecordLine(text);
	let best = ',';
	let bestCount = 0;
	for (const d of DELIMITERS) {
		const count = Papa.parse<string[]>(header, { delimiter: d }).data[0]?.length ?? 0;
		if (count > bestCount) [best, bestCount] = [d, count];
	}
	return best;
}

function firstRecordLine(text: string): string {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
	}
	return text;
}

function describeCsvError(error: Papa.ParseError): string {
	switch (error.code) {
		case 'MissingQuotes':
			return 'a quoted field is never closed (missing ")';
		case 'InvalidQuotes':
			return 'stray quote inside a quoted field (write "" for a literal quote)';
		default:
			return error.message;
	}
}

/** Maps character offsets to 1-based line numbers, scanning forward only once. */
class LineCounter {
	private offset = 0;
	private line = 1;
	constructor(private readonly text: string) {}

	lineAt(offset: number): number {
		for (; this.offset < offset; this.offset++)
			if (this.text.charCodeAt(this.offset) === 10) this.line++;
		// Skip blank lines Papa dropped, so the row's own line is reported.
		while (
			this.offset < this.text.length &&
			(this.text[this.offset] === '\n' || this.text[this.offset] === '\r')
		) {
			if (this.text[this.offset] === '\n') this.line++;
			this.offset++;
		}
		return this.line;
	}
}

/** Writes records as CSV with the given columns, quoting only where needed. */
export function writeCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[]
): string {
	const data = rows.map((row) => columns.map((c) => formatCell(row[c])));
	return Papa.unparse({ fields: [...columns], data }, { newline: '\n' }) + '\n';
}

function formatCell(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
	if (Array.isArray(value)) return value.join(';');
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
