import type * as v from 'valibot';
import { detectFormat, readTable, validateRecords } from '../src/lib/core/io';
import { formatIssue } from '../src/lib/core/schema';
import type { BatchResult } from '../src/lib/core/schema/validate';
import { readInput } from './files';

const MAX_ERRORS_SHOWN = 20;

/**
 * Reads a CSV, JSON or JSON Lines file (`-` for stdin) and validates its records, telling the
 * user on stderr what the CSV reader forgave and which records are invalid (the first 20,
 * with line and field); the valid ones are returned.
 */
export async function readRecords<S extends v.GenericSchema<unknown, unknown>>(
	schema: S,
	path: string,
	options: { na?: readonly string[] } = {}
): Promise<BatchResult<v.InferOutput<S>> & { records: number }> {
	const text = await readInput(path);
	const table = readTable(text, detectFormat(text, path === '-' ? undefined : path), options);
	for (const note of table.notes ?? []) console.error(`note: ${note}`);
	const result = validateRecords(schema, table);
	const { errors } = result;
	for (const issue of errors.slice(0, MAX_ERRORS_SHOWN)) console.error(formatIssue(issue));
	if (errors.length > MAX_ERRORS_SHOWN)
		console.error(`… and ${errors.length - MAX_ERRORS_SHOWN} more problems`);
	return { ...result, records: table.records.length };
}
