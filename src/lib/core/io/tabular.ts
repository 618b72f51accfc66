import { DataFormatError } from '../schema/errors';
import type { SourceRecord } from './records';

/** Categorical columns may hold at most this many distinct values (one byte of bins). */
const MAX_CATEGORIES = 255;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface TabularOptions {
	label: string;
	/** The label value counted as positive; default: 1, true or yes. */
	positive?: string;
	/** Columns to leave out (besides the label). */
	drop?: readonly string[];
}

/** Any CSV turned into a model matrix: numeric columns as numbers, others as category codes. */
export interface Tabular {
	data: Float32Array;
	rows: number;
	cols: number;
	y: Uint8Array;
	featureNames: string[];
	/** Indices of categorical features. */
	categorical: number[];
	/** For each categorical feature: code → original value. */
	categories: Record<string, string[]>;
}

/**
 * Types each column from its values — numeric when every non-empty cell is a number, else
 * categorical with codes in sorted value order (so codes do not depend on row order) — and
 * reads empty cells as missing.
 */
export function toTabular(
	records: readonly SourceRecord[],
	columns: readonly string[],
	options: TabularOptions
): Tabular {
	if (!columns.includes(options.label))
		throw new DataFormatError(
			`label column "${options.label}" not found; columns are ${columns.join(', ')}`
		);
	for (const d of options.drop ?? [])
		if (!columns.includes(d))
			throw new DataFormatError(`--drop names "${d}", which is not a column`);
	const features = columns.filter((c) => c !== options.label && !(options.drop ?? []).includes(c));
	const rows = records.length;
	const cols = features.length;
	const data = new Float32Array(rows * cols);
	const categorical: number[] = [];
	const categories: Record<string, string[]> = {};

	features.forEach((name, j) => {
		const cells = records.map((r) => r.value[name] as string | undefined);
		const numeric = cells.every((c) => c === undefined || NUMBER.test(c.trim()));
		if (numeric) {
			cells.forEach((c, i) => (data[i * cols + j] = c === undefined ? NaN : Number(c)));
			return;
		}
		const values = [...new Set(cells.filter((c): c is string => c !== undefined))].sort();
		if (values.length > MAX_CATEGORIES)
			throw new DataFormatError(
				`column "${name}" has ${values.length} distinct non-numeric values; at most ${MAX_CATEGORIES} are supported (drop it or encode it)`
			);
		const code = new Map(values.map((v, k) => [v, k]));
		cells.forEach((c, i) => (data[i * cols + j] = c === undefined ? NaN : code.get(c)!));
		categorical.push(j);
		categories[name] = values;
	});

	const y = new Uint8Array(rows);
	records.forEach((r, i) => {
		const raw = r.value[options.label];
		if (raw === undefined)
			throw new DataFormatError(`line ${r.line}: label "${options.label}" is empty`, r.line);
		const v = String(raw).trim().toLowerCase();
		y[i] =
			options.positive !== undefined
				? v === options.positive.toLowerCase()
					? 1
					: 0
				: ['1', 'true', 'yes'].includes(v)
					? 1
					: 0;
	});
	return { data, rows, cols, y, featureNames: features, categorical, categories };
}

/** The rows of a subset, as a new matrix. */
export function selectRows(
	t: Pick<Tabular, 'data' | 'cols' | 'y'>,
	indices: ArrayLike<number>
): { data: Float32Array; rows: number; cols: number; y: Uint8Array } {
	const data = new Float32Array(indices.length * t.cols);
	const y = new Uint8Array(indices.length);
	for (let i = 0; i < indices.length; i++) {
		const r = indices[i]!;
		data.set(t.data.subarray(r * t.cols, (r + 1) * t.cols), i * t.cols);
		y[i] = t.y[r]!;
	}
	return { data, rows: indices.length, cols: t.cols, y };
}
