import Papa from 'papaparse';
import { DataFormatError } from '../schema/errors';

/**
 * A fixed train/test split file: CSV with columns `row,split` (`row` = 0-based data row,
 * `split` = train | test), as shipped with bank-marketing so every comparison uses one split.
 */
export function readSplitFile(
	text: string,
	rows: number
): { train: Uint32Array; test: Uint32Array } {
	const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
	if (!parsed.meta.fields?.includes('row') || !parsed.meta.fields.includes('split'))
		throw new DataFormatError('split file needs the columns row and split', 1);
	const train: number[] = [];
	const test: number[] = [];
	parsed.data.forEach((r, i) => {
		const line = i + 2;
		const row = Number(r.row);
		if (!Number.isInteger(row) || row < 0 || row >= rows)
			throw new DataFormatError(
				`split file line ${line}: row "${r.row}" is not a data row 0…${rows - 1}`,
				line
			);
		if (r.split === 'train') train.push(row);
		else if (r.split === 'test') test.push(row);
		else
			throw new DataFormatError(
				`split file line ${line}: split "${r.split}" must be train or test`,
				line
			);
	});
	return { train: Uint32Array.from(train), test: Uint32Array.from(test) };
}
