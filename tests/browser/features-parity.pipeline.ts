import * as v from 'valibot';
import { writeCsv } from '../../src/lib/core/io';
import { FELLOW_CALLS_COLUMNS, Lead } from '../../src/lib/core/schema';
import { extractFeatureMatrix } from '../../src/lib/core/features';
import { SAMPLE_LEADS } from '../../src/lib/core/features/samples';
import { generateCalls } from '../../src/lib/core/synth';

/**
 * Generated calls plus the built-in samples → CSV text and feature matrix, as plain data
 * (the matrix as its raw bytes in hex, so equality is bit-for-bit, NaN payloads included).
 */
export function pipeline(rows: number, seed: number) {
	const { calls, truth } = generateCalls({ rows, seed });
	const leads = [...SAMPLE_LEADS, ...calls.map((c) => v.parse(Lead, c))];
	const { data, cols } = extractFeatureMatrix(leads);
	return {
		csv: writeCsv(calls, FELLOW_CALLS_COLUMNS),
		truth: Array.from(truth.progressed),
		cols,
		bytes: Array.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), (b) =>
			b.toString(16).padStart(2, '0')
		).join('')
	};
}
