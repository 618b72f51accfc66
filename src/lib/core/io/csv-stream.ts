import Papa from 'papaparse';
import { DataFormatError, type FieldIssue } from '../schema/errors';
import {
	describeCsvError,
	detectDelimiter,
	LineCounter,
	naSet,
	readHeader,
	recordCells,
	type CsvOptions,
	type CsvRecord,
	type Header
} from './csv';

/** The records of one piece of a streamed CSV, and its rows that could not be read. */
export interface CsvBlock {
	records: CsvRecord[];
	/** One per unreadable row (`field: 'row'`, with its line): such rows are skipped. */
	problems: FieldIssue[];
}

/**
 * Reads a CSV that arrives in pieces (a File's stream) without ever holding all of it: each
 * `push` parses the complete records received so far and keeps only the unfinished last one.
 * Headers, delimiters and missing markers are read as {@link readCsv} reads them, but a
 * malformed row is reported with its line and skipped, so one bad row cannot stop a
 * million-row batch. O(text) time; memory O(one piece + one record).
 */
export class CsvStreamReader {
	private pending = '';
	private line = 1;
	private header?: Header;
	private delimiter?: string;
	private readonly na: Set<string>;

	constructor(private readonly options: CsvOptions = {}) {
		this.na = naSet(options.na);
	}

	/** The header's column names (normalised), once the header row has arrived. */
	get columns(): string[] | undefined {
		return this.header?.columns;
	}

	push(text: string): CsvBlock {
		const body = this.pending + text;
		const end = afterLastRecord(body);
		this.pending = body.slice(end);
		return this.parse(body.slice(0, end));
	}

	/** Parses what is left (a last line without a newline); throws if there was no header. */
	end(): CsvBlock {
		const block = this.parse(this.pending);
		this.pending = '';
		if (!this.header) throw new DataFormatError('the file is empty');
		return block;
	}

	private parse(text: string): CsvBlock {
		const records: CsvRecord[] = [];
		const problems: FieldIssue[] = [];
		if (this.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		if (text.trim() === '') return { records, problems };
		const delimiter = (this.delimiter ??= this.options.delimiter ?? detectDelimiter(text));
		const lines = new LineCounter(text, this.line);
		let cursor = 0;
		Papa.parse<string[]>(text, {
			delimiter,
			skipEmptyLines: 'greedy',
			step: (step) => {
				const line = lines.lineAt(cursor);
				cursor = step.meta.cursor;
				const error = step.errors[0];
				if (error && error.code !== 'UndetectableDelimiter') {
					problems.push({ field: 'row', message: describeCsvError(error), line });
					return;
				}
				if (!this.header) {
					this.header = readHeader(step.data, line);
					return;
				}
				const value = recordCells(step.data, this.header, this.na);
				if (typeof value === 'string') problems.push({ field: 'row', message: value, line });
				else records.push({ value, line });
			}
		});
		this.line = lines.lineAt(text.length);
		return { records, problems };
	}
}

/**
 * Offset just past the last newline outside quotes: everything before it is whole records.
 * Doubled quotes ("") toggle twice, so they need no special case.
 */
function afterLastRecord(text: string): number {
	let quoted = false;
	let end = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) quoted = !quoted;
		else if (c === 10 && !quoted) end = i + 1;
	}
	return end;
}

/**
 * Counts a CSV's data rows from its bytes as they arrive, without parsing: newlines outside
 * quotes that end a non-blank line, less the header. `"` and `\n` never occur inside a UTF-8
 * multi-byte sequence, so bytes need no decoding. O(bytes), a few ms per MB.
 */
export class CsvRowCounter {
	private quoted = false;
	private content = false;
	private lines = 0;

	push(bytes: Uint8Array): void {
		let { quoted, content, lines } = this;
		for (let i = 0; i < bytes.length; i++) {
			const c = bytes[i]!;
			if (c === 34) {
				quoted = !quoted;
				content = true;
			} else if (c === 10) {
				if (quoted) continue;
				if (content) lines++;
				content = false;
			} else if (c !== 13 && c !== 32 && c !== 9) content = true;
		}
		Object.assign(this, { quoted, content, lines });
	}

	/** Data rows counted so far (the last line need not end with a newline). */
	get rows(): number {
		return Math.max(0, this.lines + (this.content ? 1 : 0) - 1);
	}
}
