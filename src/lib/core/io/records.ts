import type * as v from 'valibot';
import { parseBatch, type BatchResult } from '../schema/validate';

/** One record read from a file, before validation, with where it came from. */
export interface SourceRecord {
	value: Record<string, unknown>;
	/** 1-based line where the record starts. */
	line: number;
}

/** Records read from a file; `columns` is the CSV header (absent for JSON). */
export interface SourceTable {
	format: DataFormat;
	records: SourceRecord[];
	columns?: string[];
	/** What the CSV reader forgave (an ignored trailing column, an unnamed index column). */
	notes?: string[];
}

export type DataFormat = 'csv' | 'json' | 'jsonl';

/**
 * Validates file records against a schema, keeping the valid ones; each error carries the
 * record's line and, for CSV, the field's column number.
 */
export function validateRecords<S extends v.GenericSchema<unknown, unknown>>(
	schema: S,
	table: SourceTable
): BatchResult<v.InferOutput<S>> {
	const result = parseBatch(
		schema,
		table.records.map((r) => r.value)
	);
	for (const issue of result.errors) {
		const record = table.records[issue.index!];
		if (record) issue.line = record.line;
		const column = table.columns?.indexOf(issue.field.split('.')[0]!) ?? -1;
		if (column >= 0) issue.column = column + 1;
	}
	return result;
}
