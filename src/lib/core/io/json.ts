import { DataFormatError } from '../schema/errors';
import type { SourceRecord } from './records';

/**
 * Reads a JSON document: an array of records, `{ "leads": [...] }`, or a single record.
 * Line numbers are those of each record's opening brace when the document is pretty-printed.
 */
export function readJson(text: string): SourceRecord[] {
	const body = stripBom(text);
	if (body.trim() === '') throw new DataFormatError('the file is empty');
	let doc: unknown;
	try {
		doc = JSON.parse(body);
	} catch (e) {
		throw jsonError(e, body, 0);
	}
	const wrapped: unknown[] | undefined =
		isObject(doc) && Array.isArray(doc.leads) ? doc.leads : undefined;
	const list: unknown[] = Array.isArray(doc) ? doc : (wrapped ?? [doc]);
	if (list.length === 0) throw new DataFormatError('the file holds no records');
	const starts = recordStartLines(body, Array.isArray(doc) ? 1 : wrapped ? 2 : 0, list.length);
	return list.map((value, i) => toRecord(value, starts[i] ?? 1));
}

/** Reads JSON Lines: one record per non-blank line. */
export function readJsonl(text: string): SourceRecord[] {
	const body = stripBom(text);
	const records: SourceRecord[] = [];
	body.split('\n').forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') return;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (e) {
			throw jsonError(e, line, i);
		}
		records.push(toRecord(value, i + 1));
	});
	if (records.length === 0) throw new DataFormatError('the file is empty');
	return records;
}

function toRecord(value: unknown, line: number): SourceRecord {
	if (!isObject(value))
		throw new DataFormatError(
			`line ${line}: expected a JSON object per record, got ${Array.isArray(value) ? 'an array' : typeof value}`,
			line
		);
	return { value, line };
}

function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** JSON.parse's message with the line (and column) worked out from its character position. */
function jsonError(e: unknown, text: string, lineOffset: number): DataFormatError {
	const message = e instanceof Error ? e.message : String(e);
	const position = /position (\d+)/.exec(message);
	let line = lineOffset + 1;
	let column: number | undefined;
	if (position) {
		const before = text.slice(0, Number(position[1]));
		line = lineOffset + before.split('\n').length;
		column = before.length - before.lastIndexOf('\n');
	}
	const where = `line ${line}${column !== undefined ? `, column ${column}` : ''}`;
	return new DataFormatError(
		`${where}: invalid JSON (${message.replace(/\s*\(line \d+ column \d+\)$/, '')})`,
		line,
		column === undefined ? undefined : String(column)
	);
}

/** Lines where the first `count` objects at nesting `depthOfRecords` open. */
function recordStartLines(text: string, depthOfRecords: number, count: number): number[] {
	const lines: number[] = [];
	let depth = 0;
	let line = 1;
	let inString = false;
	for (let i = 0; i < text.length && lines.length < count; i++) {
		const c = text[i];
		if (c === '\n') line++;
		else if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') {
			if (c === '{' && depth === depthOfRecords) lines.push(line);
			depth++;
		} else if (c === '}' || c === ']') depth--;
	}
	return lines;
}
