export {
	readCsv,
	writeCsv,
	toColumnName,
	DEFAULT_NA,
	type CsvOptions,
	type CsvRecord,
	type CsvTable
} from './csv';
export { CsvRowCounter, CsvStreamReader, type CsvBlock } from './csv-stream';
export { readJson, readJsonl } from './json';
export { readTable, detectFormat, leadFields } from './table';
export { validateRecords, type SourceRecord, type SourceTable, type DataFormat } from './records';
export { toTabular, selectRows, resolveColumn, type Tabular, type TabularOptions } from './tabular';
export { readSplitFile } from './split-file';
