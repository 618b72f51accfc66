export { forEachTerm, type TextField } from './terms';
export { hashLead, forEachLeadTerm } from './document';
export { fitFtrl, type FtrlParams, type SparseLogistic } from './ftrl';
export {
	TextModel,
	TextModelJson,
	TextReader,
	textModelToJson,
	type LeadRead,
	type TextRead
} from './model';
export type { TermContribution } from './strongest';
export { fitTextModel, TEXT_BITS, TEXT_TERMS_VERSION, type TextFit } from './stack';
export { highlightSegments, type Segment } from './highlight';
export { wordingChanges, type WordingChange } from './changes';
