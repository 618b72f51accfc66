import { DataFormatError } from '../schema/errors';
import { toColumnName, type CsvTable } from './csv';

/** Categorical columns may hold at most this many distinct values (one byte of bins). */
const MAX_CATEGORIES = 255;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface TabularOptions {
	/** The label column, as the header writes it or in its snake_case form. */
	label: string;
	/** The label value counted as positive (any case); default: 1, true or yes. */
	positive?: string;
	/** Columns to leave out (besides the label), named like `label`. */
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
	/** Decisions a user should hear about: columns read as categories, an index left out. */
	notes: string[];
}

/**
 * Types each column from its values — numeric when every present cell is a number, else
 * categorical with codes in sorted value order (so codes do not depend on row order) — and
 * reads missing cells as missing. A row-index column (`index`, from an unnamed first header)
 * is not a feature.
 */
export function toTabular(
	csv: Pick<CsvTable, 'columns' | 'headers' | 'records'>,
	options: TabularOptions
): Tabular {
	const { columns, records } = csv;
	const find = (name: string, flag: string) => resolveColumn(csv, name, flag);
	const label = find(options.label, '--label');
	const drop = new Set((options.drop ?? []).map((d) => find(d, '--drop')));
	const notes: string[] = [];
	if (columns[0] === 'index' && csv.headers[0] === '' && !drop.has('index') && label !== 'index') {
		drop.add('index');
		notes.push('the unnamed first column is a row index and is not used as a feature');
	}
	const features = columns.filter((c) => c !== label && !drop.has(c));
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
				`column "${name}" has ${values.length} distinct non-numeric values; at most ${MAX_CATEGORIES} are supported (drop it, encode it, or add its missing marker with --na)`
			);
		const code = new Map(values.map((v, k) => [v, k]));
		cells.forEach((c, i) => (data[i * cols + j] = c === undefined ? NaN : code.get(c)!));
		categorical.push(j);
		categories[name] = values;
		const mixed = mixedNote(name, cells);
		if (mixed) notes.push(mixed);
	});
	if (categorical.length)
		notes.push(
			`categorical columns: ${categorical.map((j) => `${features[j]} (${categories[features[j]!]!.length} values)`).join(', ')}`
		);

	const positive = options.positive?.trim().toLowerCase();
	const y = new Uint8Array(rows);
	records.forEach((r, i) => {
		const raw = r.value[label];
		if (raw === undefined)
			throw new DataFormatError(`line ${r.line}: label "${label}" is empty`, r.line);
		const v = String(raw).trim().toLowerCase();
		y[i] = (positive !== undefined ? v === positive : ['1', 'true', 'yes'].includes(v)) ? 1 : 0;
	});
	if (positive !== undefined && !y.includes(1))
		throw new DataFormatError(
			`--positive "${options.positive}" matches no value of "${label}" (values: ${sample(records.map((r) => String(r.value[label])))})`
		);
	return { data, rows, cols, y, featureNames: features, categorical, categories, notes };
}

/**
 * A column named by a user: the header as the file writes it, or its snake_case form.
 * Unknown names fail with the list of headers.
 */
export function resolveColumn(
	csv: Pick<CsvTable, 'columns' | 'headers'>,
	name: string,
	flag: string
): string {
	const at = csv.headers.indexOf(name.trim());
	if (at >= 0) return csv.columns[at]!;
	const normal = toColumnName(name);
	if (csv.columns.includes(normal)) return normal;
	throw new DataFormatError(
		`${flag} names "${name}", which is not a column; columns are ${csv.headers.map((h, i) => h || csv.columns[i]).join(', ')}`
	);
}

/** Mostly numbers with a few words: usually a missing marker the file uses. */
function mixedNote(name: string, cells: readonly (string | undefined)[]): string | undefined {
	const words = cells.filter((c) => c !== undefined && !NUMBER.test(c.trim()));
	const present = cells.filter((c) => c !== undefined).length;
	if (words.length === present) return undefined;
	return `column "${name}" holds numbers but is read as categorical: ${words.length} of ${present} values are not numbers (${sample(words)}); if these mean missing, name them with --na`;
}

function sample(values: readonly (string | undefined)[]): string {
	const distinct = [...new Set(values)];
	return distinct
		.slice(0, 3)
		.map((v) => `"${v}"`)
		.join(', ')
		.concat(distinct.length > 3 ? ', …' : '');
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
