import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractFeatureMatrix } from '../features';
import { FELLOW_CALLS_COLUMNS, LabeledCall, Lead } from '../schema';
import { generateCalls } from '../synth';
import { DataFormatError, formatIssue } from '../schema/errors';
import { readCsv, writeCsv } from './csv';
import { validateRecords } from './records';
import { detectFormat, readTable } from './table';

const HEADER = 'lead_id,company_name,employee_count,call_notes,progressed,voice_ai';

describe('readCsv', () => {
	it('keeps quoted commas, quotes and embedded newlines in call notes', () => {
		const text = `${HEADER}\n1,"Acme, Inc.",120,"## Summary\nThey said ""voice AI"", twice.\n\n- pilot",1,0\n2,Beta,,short,0,1\n`;
		const { records } = readCsv(text);
		expect(records).toHaveLength(2);
		expect(records[0]!.value.company_name).toBe('Acme, Inc.');
		expect(records[0]!.value.call_notes).toBe(
			'## Summary\nThey said "voice AI", twice.\n\n- pilot'
		);
		expect(records[1]!.line).toBe(6);
		expect(records[1]!.value).not.toHaveProperty('employee_count');
	});

	it('strips a BOM and detects ; as the delimiter', () => {
		const text = '\uFEFFlead_id;Company Name;employee_count\n7;"Gamma; GmbH";40\n';
		const { columns, records } = readCsv(text);
		expect(columns).toEqual(['lead_id', 'company_name', 'employee_count']);
		expect(records[0]!.value).toEqual({
			lead_id: '7',
			company_name: 'Gamma; GmbH',
			employee_count: '40'
		});
	});

	it('handles CRLF line endings', () => {
		const { records } = readCsv('a,b\r\n1,2\r\n3,4\r\n');
		expect(records.map((r) => [r.value.a, r.line])).toEqual([
			['1', 2],
			['3', 3]
		]);
	});

	it('names the line of a row with too many fields', () => {
		const text = `${HEADER}\n1,Acme,10,ok,1,0\n2,Beta, Inc.,10,ok,1,0\n`;
		expect(() => readCsv(text)).toThrow(/line 3: expected 6 columns .* found 7/);
	});

	it('reports an unclosed quote with its line', () => {
		const text = `${HEADER}\n1,Acme,10,"never closed,1,0\n`;
		const error = catchError(() => readCsv(text));
		expect(error).toBeInstanceOf(DataFormatError);
		expect((error as DataFormatError).line).toBe(2);
		expect(error.message).toMatch(/never closed/);
	});

	it('rejects empty files, header-only files and duplicate columns', () => {
		expect(() => readCsv('')).toThrow(/empty/);
		expect(() => readCsv('\uFEFF  \n')).toThrow(/empty/);
		expect(() => readCsv(`${HEADER}\n`)).toThrow(/no data rows/);
		expect(() => readCsv('a,A\n1,2\n')).toThrow(/column "a" appears twice/);
	});

	it('writes one line per row, the header alone when there are none', () => {
		expect(writeCsv([], ['a', 'b'])).toBe('a,b\n');
		expect(writeCsv([{ a: 1, b: 'x' }], ['a', 'b'], { header: false })).toBe('1,x\n');
	});

	it('round-trips through writeCsv', () => {
		const rows = [
			{ lead_id: 'L1', company_name: 'Acme, "The" Co', call_notes: 'a\nb', progressed: 1 },
			{ lead_id: 'L2', company_name: 'Beta', call_notes: undefined, progressed: 0 }
		];
		const columns = ['lead_id', 'company_name', 'call_notes', 'progressed'];
		const back = readCsv(writeCsv(rows, columns)).records.map((r) => r.value);
		expect(back).toEqual([
			{ lead_id: 'L1', company_name: 'Acme, "The" Co', call_notes: 'a\nb', progressed: '1' },
			{ lead_id: 'L2', company_name: 'Beta', progressed: '0' }
		]);
	});
});

describe('readTable + validateRecords', () => {
	it('turns numeric cells into numbers and names wrong fields with line and column', () => {
		const text = `${HEADER}\nL1,Acme,120,notes,1,0\nL2,Beta,lots,notes,1,0\nL3,,5,notes,maybe,0\n`;
		const table = readTable(text, 'csv');
		const { valid, errors } = validateRecords(LabeledCall, table);
		expect(valid.map((r) => r.value.lead_id)).toEqual(['L1']);
		expect(valid[0]!.value.employee_count).toBe(120);
		expect(errors.map(formatIssue)).toEqual([
			'line 3, column 3 (employee_count): expected a head count such as 120, "1,200" or "51-200", got "lots"',
			'line 4, column 2 (company_name): is required',
			expect.stringMatching(/^line 4, column 5 \(progressed\): /)
		]);
	});

	it("settles dates like 03/04/2026 by the file's other dates, and says so", () => {
		const text = 'company_name,call_date\nAcme,03/04/2026\nBeta,23/11/2026\nGamma,2026-01-05\n';
		const table = readTable(text, 'csv');
		expect(table.records.map((r) => r.value.call_date)).toEqual([
			'2026-04-03',
			'2026-11-23',
			'2026-01-05'
		]);
		expect(table.notes).toContain(
			"call_date: numeric dates read day/month/year, as the file's unambiguous ones are written"
		);
		// Both orders in one file: nothing is guessed, and validation names the ambiguous one.
		const mixed = readTable('company_name,call_date\nA,03/04/2026\nB,23/11/2026\nC,11/23/2026\n');
		const { errors } = validateRecords(Lead, mixed);
		expect(errors.map(formatIssue)).toEqual([
			'line 2, column 2 (call_date): ambiguous date "03/04/2026": day/month or month/day? Write it as 2026-03-04 or 2026-04-03'
		]);
	});

	it('maps differently named CSV columns to lead fields before numbers are read', () => {
		const table = readTable('Account,Head Count,Notes\nAcme,120,hello\n', 'csv', {
			rename: { account: 'company_name', head_count: 'employee_count' }
		});
		expect(table.columns).toEqual(['company_name', 'employee_count', 'notes']);
		expect(table.records[0]!.value).toEqual({
			company_name: 'Acme',
			employee_count: 120,
			notes: 'hello'
		});
	});

	it('reads JSON arrays, {leads:[…]} and JSON Lines with record lines', () => {
		const array = readTable('[\n  {"company_name": "A"},\n  {"company_name": 3}\n]', 'json');
		expect(array.records.map((r) => r.line)).toEqual([2, 3]);
		const { errors } = validateRecords(Lead, array);
		expect(errors).toEqual([
			{ field: 'company_name', message: 'expected string, got 3', index: 1, line: 3 }
		]);
		expect(readTable('{"leads": [{"company_name": "A"}]}', 'json').records).toHaveLength(1);
		const jsonl = readTable('{"company_name":"A"}\n\n{"company_name":"B"}\n', 'jsonl');
		expect(jsonl.records.map((r) => r.line)).toEqual([1, 3]);
	});

	it('reports broken JSON with its line (and column where the engine gives it)', () => {
		expect(() => readTable('{"company_name":"A"}\n{"company_name": }\n', 'jsonl')).toThrow(
			/^line 2: invalid JSON/
		);
		expect(() => readTable('[\n {"a": 1}\n {"a": 2}]', 'json')).toThrow(
			/^line 3, column 2: invalid JSON/
		);
		expect(() => readTable('[1, 2]', 'json')).toThrow(/line 1: expected a JSON object per record/);
		expect(() => readTable('[]', 'json')).toThrow(/no records/);
	});

	it('detects the format from the file name or the content', () => {
		expect(detectFormat('', 'x.CSV')).toBe('csv');
		expect(detectFormat('', 'x.ndjson')).toBe('jsonl');
		expect(detectFormat('[{"a":1}]')).toBe('json');
		expect(detectFormat('{"a":1}\n{"a":2}\n')).toBe('jsonl');
		expect(detectFormat('{\n "a": 1\n}')).toBe('json');
		expect(detectFormat('a,b\n1,2')).toBe('csv');
	});
});

describe('one lead, one feature vector, whatever the format', () => {
	it('gives the same features to generated calls read from CSV and from JSON Lines', () => {
		const { calls } = generateCalls({ rows: 300, seed: 5 });
		const features = (text: string) =>
			extractFeatureMatrix(
				validateRecords(Lead, readTable(text, detectFormat(text))).valid.map((r) => r.value)
			).data;
		const csv = features(writeCsv(calls, FELLOW_CALLS_COLUMNS));
		const jsonl = features(calls.map((c) => JSON.stringify(c)).join('\n'));
		expect(calls.some((c) => c.products_discussed === '')).toBe(true);
		expect(Buffer.from(jsonl.buffer)).toEqual(Buffer.from(csv.buffer));
	});

	it('treats blank text in JSON as not given, as an empty CSV cell is', () => {
		const blank = v.parse(Lead, { company_name: 'A', industry: ' ', products_discussed: '' });
		expect(blank.industry).toBeUndefined();
		expect(blank.products_discussed).toBeUndefined();
		expect(v.parse(Lead, { company_name: 'A', products_discussed: [] }).products_discussed).toEqual(
			[]
		);
	});
});

function catchError(fn: () => unknown): Error {
	try {
		fn();
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected an error');
}
