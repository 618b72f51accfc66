import { describe, expect, it } from 'vitest';
import { DataFormatError } from '../schema/errors';
import { readCsv } from './csv';
import { readTable } from './table';
import { resolveColumn, toTabular } from './tabular';

// What spreadsheets, CRMs, pandas and R write, read as users expect.
describe('CSV exports as they come', () => {
	const excel =
		'\uFEFFCustomer ID,Monthly Charges,Converted,\r\nA1,10.5,Yes,\r\nA2,NA,No,\r\nA3,7,yes,\r\n';

	it('ignores an empty unnamed trailing column (CRLF, BOM) and says so', () => {
		const csv = readCsv(excel);
		expect(csv.columns).toEqual(['customer_id', 'monthly_charges', 'converted']);
		expect(csv.headers).toEqual(['Customer ID', 'Monthly Charges', 'Converted']);
		expect(csv.records.map((r) => r.value.customer_id)).toEqual(['A1', 'A2', 'A3']);
		expect(csv.notes.join()).toMatch(/column 4 has no name .* ignored/);
	});

	it('accepts lines with and without the trailing delimiter, but not a value under no name', () => {
		expect(readCsv('a,b,\n1,2,\n3,4\n').records).toHaveLength(2);
		const error = (() => {
			try {
				readCsv('a,b,\n1,2,\n3,4,oops\n');
			} catch (e) {
				return e as DataFormatError;
			}
		})();
		expect(error).toBeInstanceOf(DataFormatError);
		expect(error!.message).toMatch(/line 3: the last column has no name but holds "oops"/);
	});

	it('names an unnamed first column "index" (pandas, R) and leaves it out of the features', () => {
		const csv = readCsv(',age,label\n0,31,1\n1,45,0\n2,,1\n');
		expect(csv.columns).toEqual(['index', 'age', 'label']);
		expect(csv.notes.join()).toMatch(/column 1 has no name; .* row index named "index"/);
		const table = toTabular(csv, { label: 'label' });
		expect(table.featureNames).toEqual(['age']);
		expect(table.notes.join()).toMatch(/row index and is not used as a feature/);
	});

	it('reads NA, N/A, NaN, null, ? and blanks as missing, in any case, so numbers stay numbers', () => {
		const csv = readCsv('x,y,label\n1,NA,1\nn/a,2,0\nNaN,NULL,1\n?, ,0\n4,5,1\n');
		const table = toTabular(csv, { label: 'label' });
		expect(table.categorical).toEqual([]);
		expect(Array.from(table.data)).toEqual([1, NaN, NaN, 2, NaN, NaN, NaN, NaN, 4, 5]);
		expect(table.notes).toEqual([]);
	});

	it('takes its missing markers from the caller when given', () => {
		const csv = readCsv('x,label\n-999,1\n3,0\nNA,1\n', { na: ['-999'] });
		expect(csv.records.map((r) => r.value.x)).toEqual([undefined, '3', 'NA']);
		const table = toTabular(csv, { label: 'label' });
		expect(table.categorical).toEqual([0]);
		expect(table.notes.join('\n')).toMatch(
			/column "x" holds numbers but is read as categorical: 1 of 2 values are not numbers \("NA"\); .* --na/
		);
		expect(table.notes.join('\n')).toMatch(/categorical columns: x \(2 values\)/);
	});

	it('applies the markers to lead files too (an "N/A" head count is not given)', () => {
		const table = readTable('company_name,employee_count\nAcme,N/A\nBeta,40\n', 'csv');
		expect(table.records.map((r) => r.value.employee_count)).toEqual([undefined, 40]);
	});

	it('accepts column names as the header writes them or in snake_case', () => {
		const csv = readCsv(excel);
		expect(resolveColumn(csv, 'Converted', '--label')).toBe('converted');
		expect(resolveColumn(csv, 'converted', '--label')).toBe('converted');
		expect(resolveColumn(csv, 'Customer ID', '--drop')).toBe('customer_id');
		expect(() => resolveColumn(csv, 'customerID', '--drop')).toThrow(
			'--drop names "customerID", which is not a column; columns are Customer ID, Monthly Charges, Converted'
		);
		const table = toTabular(csv, { label: 'Converted', positive: 'YES', drop: ['Customer ID'] });
		expect(table.featureNames).toEqual(['monthly_charges']);
		expect(Array.from(table.y)).toEqual([1, 0, 1]);
	});

	it('refuses a --positive value that no row has, listing the values', () => {
		const csv = readCsv(excel);
		expect(() => toTabular(csv, { label: 'Converted', positive: 'true' })).toThrow(
			/--positive "true" matches no value of "converted" \(values: "Yes", "No", "yes"\)/
		);
	});
});
