export { readCsv, writeCsv, toColumnName, DEFAULT_NA, type CsvOptions, type CsvTable } from './csv';
export { readJson, readJsonl } from './json';
export { readTable, detectFormat } from './table';
export { validateRecords, type SourceRecord, type SourceTable, type DataFormat } from './records';
export { toTabular, selectRows, resolveColumn, type Tabular, type TabularOptions } from './tabular';
export { readSplitFile } from './split-file';
