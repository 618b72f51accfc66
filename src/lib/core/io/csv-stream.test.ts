import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { FELLOW_CALLS_COLUMNS } from '../schema';
import { generateCalls } from '../synth';
import { readCsv, writeCsv } from './csv';
import { CsvRowCounter, CsvStreamReader, type CsvBlock } from './csv-stream';

/** Feeds `text` in pieces cut at the given offsets; returns every block and the end's. */
function stream(text: string, cuts: number[]): CsvBlock[] {
	const reader = new CsvStreamReader();
	const blocks: CsvBlock[] = [];
	let from = 0;
	for (const cut of [...cuts, text.length]) {
		blocks.push(reader.push(text.slice(from, cut)));
		from = cut;
	}
	blocks.push(reader.end());
	return blocks;
}

describe('CsvStreamReader', () => {
	it('reads the records (values and lines) readCsv reads, however the text is cut', () => {
		const calls = generateCalls({ rows: 300, seed: 3 }).calls;
		const text =
			'\uFEFF' + writeCsv(calls as unknown as Record<string, unknown>[], FELLOW_CALLS_COLUMNS);
		const expected = readCsv(text).records;
		const random = createRandom(7);
		for (const pieces of [1, 7, 500]) {
			const cuts = Array.from({ length: pieces - 1 }, () => random.int(text.length)).sort(
				(a, b) => a - b
			);
			const blocks = stream(text, cuts);
			expect(blocks.flatMap((b) => b.records)).toEqual(expected);
			expect(blocks.flatMap((b) => b.problems)).toEqual([]);
			const counter = new CsvRowCounter();
			const bytes = new TextEncoder().encode(text);
			[0, ...cuts.map((c) => Math.floor((c * bytes.length) / text.length))].forEach((from, i, at) =>
				counter.push(bytes.subarray(from, at[i + 1] ?? bytes.length))
			);
			expect(counter.rows).toBe(expected.length);
		}
	});

	it('reports a malformed row with its line and keeps reading', () => {
		const text = 'company_name,employee_count\nAcme,10\n"Beta, Inc.",20,extra\nGamma,\n\nDelta,5';
		const blocks = stream(text, [20, 41]);
		expect(blocks.flatMap((b) => b.records.map((r) => [r.value.company_name, r.line]))).toEqual([
			['Acme', 2],
			['Gamma', 4],
			['Delta', 6]
		]);
		expect(blocks.flatMap((b) => b.problems)).toEqual([
			{ field: 'row', line: 3, message: expect.stringMatching(/expected 2 columns .* found 3/) }
		]);
		const counter = new CsvRowCounter();
		counter.push(new TextEncoder().encode(text));
		expect(counter.rows).toBe(4);
	});

	it('says the file is empty when no header arrived', () => {
		const reader = new CsvStreamReader();
		reader.push('\n\n');
		expect(() => reader.end()).toThrow(/empty/);
	});
});
