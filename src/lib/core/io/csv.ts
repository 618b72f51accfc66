import Papa from 'papaparse';
import { DataFormatError } from '../schema/errors';
import type { SourceRecord } from './records';

const DELIMITERS = [',', ';', '\t'];

/**
 * Cells read as missing by default, compared case-insensitively after trimming — the markers
 * R, pandas, Excel and SQL exports write. Blank cells are always missing.
 */
export const DEFAULT_NA = ['NA', 'N/A', 'NaN', 'null', '?'];

export interface CsvOptions {
	/** Field delimiter; detected from the header line when absent. */
	delimiter?: string;
	/** Cells that mean "missing" besides blank ones (default {@link DEFAULT_NA}). */
	na?: readonly string[];
}

/** A CSV record: its cells by column name, all text. */
export interface CsvRecord extends SourceRecord {
	value: Record<string, string>;
}

export interface CsvTable {
	/** Column names, normalised to snake_case (what records are keyed by). */
	columns: string[];
	/** The header cells as the file writes them, one per column. */
	headers: string[];
	records: CsvRecord[];
	/** What was forgiven on the way (an ignored trailing column, an unnamed index column). */
	notes: string[];
}

/**
 * Reads a CSV document with a header row into records of strings. Handles quoted fields with
 * embedded commas and newlines, CRLF, a UTF-8 BOM, and `,` `;` or tab delimiters (detected
 * unless given). Exports from spreadsheets and data-frame libraries are read as they come:
 * an empty unnamed last column (a trailing delimiter on every line) is ignored, an unnamed
 * first column is a row index named `index`, and missing markers (`NA`, `null`, …) read as
 * missing.
 * Headers are normalised to snake_case (`Company Name` → `company_name`); missing cells are
 * left out so that optional fields read as missing, not as "".
 */
export function readCsv(text: string, options: CsvOptions = {}): CsvTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') throw new DataFormatError('the file is empty');
	const na = naSet(options.na);

	const lines = new LineCounter(body);
	let header: Header | undefined;
	const records: CsvRecord[] = [];
	let failure: DataFormatError | undefined;
	let cursor = 0;

	Papa.parse<string[]>(body, {
		delimiter: options.delimiter ?? detectDelimiter(body),
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
			if (!header) {
				header = readHeader(cells, line);
				return;
			}
			const value = recordCells(cells, header, na);
			if (typeof value === 'string') {
				failure = new DataFormatError(`line ${line}: ${value}`, line);
				return parser.abort();
			}
			records.push({ value, line });
		}
	});

	if (failure) throw failure;
	if (!header) throw new DataFormatError('the file is empty');
	if (records.length === 0) throw new DataFormatError('the file has a header but no data rows', 2);
	return { columns: header.columns, headers: header.headers, records, notes: header.notes };
}

export interface Header {
	columns: string[];
	headers: string[];
	/** The line ends with an unnamed column that is ignored. */
	trailing: boolean;
	notes: string[];
}

/**
 * A data row's cells as a record keyed by column (missing cells left out), or what is wrong
 * with its width (a stray delimiter, a missing quote) as a sentence.
 */
export function recordCells(
	cells: readonly string[],
	{ columns, trailing }: Header,
	na: ReadonlySet<string>
): Record<string, string> | string {
	// A trailing delimiter's empty cell may be present or not, line by line.
	const width = trailing && cells.length === columns.length + 1 ? columns.length : cells.length;
	if (width !== columns.length || (trailing && cells.length > width && cells[width]!.trim()))
		return trailing && cells.length === columns.length + 1
			? `the last column has no name but holds "${cells[width]}"`
			: `expected ${columns.length} columns (${columns.join(', ')}), found ${cells.length}` +
					(cells.length > columns.length
						? ' — is a field with a delimiter missing its quotes?'
						: '');
	const value: Record<string, string> = {};
	for (let i = 0; i < width; i++) {
		const cell = cells[i]!;
		const trimmed = cell.trim();
		if (trimmed !== '' && !na.has(trimmed.toLowerCase())) value[columns[i]!] = cell;
	}
	return value;
}

/** The missing markers of {@link CsvOptions.na}, normalised for lookup. */
export function naSet(na: readonly string[] = DEFAULT_NA): Set<string> {
	return new Set(na.map((m) => m.trim().toLowerCase()));
}

export function readHeader(cells: string[], line: number): Header {
	const notes: string[] = [];
	let headers = cells.map((c) => c.trim());
	const trailing = headers.length > 1 && headers.at(-1) === '';
	if (trailing) {
		headers = headers.slice(0, -1);
		notes.push(
			`column ${cells.length} has no name (a delimiter at the end of each line); it is ignored`
		);
	}
	const columns = headers.map(toColumnName);
	if (columns.length > 1 && columns[0] === '' && !columns.includes('index')) {
		columns[0] = 'index';
		notes.push('column 1 has no name; it is read as a row index named "index"');
	}
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
	return { columns, headers, trailing, notes };
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
export function detectDelimiter(text: string): string {
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

export function describeCsvError(error: Papa.ParseError): string {
	switch (error.code) {
		case 'MissingQuotes':
			return 'a quoted field is never closed (missing ")';
		case 'InvalidQuotes':
			return 'stray quote inside a quoted field (write "" for a literal quote)';
		default:
			return error.message;
	}
}

/**
 * Maps character offsets to 1-based line numbers, scanning forward only once; `firstLine` is
 * the line the text starts on (a later block of a streamed file).
 */
export class LineCounter {
	private offset = 0;
	private line: number;
	constructor(
		private readonly text: string,
		firstLine = 1
	) {
		this.line = firstLine;
	}

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

/**
 * Writes records as CSV with the given columns, quoting only where needed; `header: false`
 * leaves out the header line (later pieces of a streamed file).
 */
export function writeCsv(
	rows: readonly object[],
	columns: readonly string[],
	{ header = true }: { header?: boolean } = {}
): string {
	const data = rows.map((row) =>
		columns.map((c) => formatCell((row as Record<string, unknown>)[c]))
	);
	// Papa ends a header without rows with a newline, and rows without one.
	return Papa.unparse({ fields: [...columns], data }, { newline: '\n', header }).replace(
		/\n?$/,
		'\n'
	);
}

function formatCell(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
	if (Array.isArray(value)) return value.join(';');
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
