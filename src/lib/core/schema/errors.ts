/** One problem with one field of one input record. */
export interface FieldIssue {
	/** Dotted path of the field, e.g. `employee_count` or `call_transcript.speech_segments.2.text`. */
	field: string;
	message: string;
	/** 0-based index of the record in a batch, when the input was a batch. */
	index?: number;
	/** 1-based line in the source file, when the input came from a file. */
	line?: number;
	/** 1-based column of the field in a CSV file. */
	column?: number;
}

/** Input that does not satisfy a schema; `issues` name every field that is wrong. */
export class ValidationError extends Error {
	override readonly name = 'ValidationError';
	constructor(
		readonly issues: FieldIssue[],
		what = 'input'
	) {
		super(`Invalid ${what}: ${issues.map(formatIssue).join('; ')}`);
	}
}

/** A file that cannot be read as the format it claims (bad CSV, JSON, empty file). */
export class DataFormatError extends Error {
	override readonly name = 'DataFormatError';
	constructor(
		message: string,
		/** 1-based line of the problem, when known. */
		readonly line?: number,
		/** Column name or 1-based number, when known. */
		readonly column?: string
	) {
		super(message);
	}
}

/** `line 12, column 5 (employee_count): expected number, got "abc"`. */
export function formatIssue(issue: FieldIssue): string {
	const where =
		issue.line !== undefined
			? `line ${issue.line}, `
			: issue.index !== undefined
				? `record ${issue.index}, `
				: '';
	const field =
		issue.column !== undefined ? `column ${issue.column} (${issue.field})` : issue.field;
	return `${where}${field}: ${issue.message}`;
}
