import * as v from 'valibot';
import { ValidationError, type FieldIssue } from './errors';

type AnySchema = v.GenericSchema<unknown, unknown>;

/** Turns valibot issues into field-named issues: `employee_count: expected number, got "abc"`. */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
	return issues.map((issue) => ({
		field: v.getDotPath(issue) ?? '(record)',
		message: describeIssue(issue)
	}));
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.input === undefined) return 'is required';
	const got = issue.received === 'undefined' ? 'nothing' : issue.received;
	return issue.kind === 'schema' ? `expected ${issue.expected}, got ${got}` : issue.message;
}

/** Validates one value; throws {@link ValidationError} naming each wrong field. */
export function parseWith<S extends AnySchema>(schema: S, input: unknown, what: string) {
	const result = v.safeParse(schema, input);
	if (!result.success) throw new ValidationError(toFieldIssues(result.issues), what);
	return result.output as v.InferOutput<S>;
}

export interface BatchResult<T> {
	/** Valid records with their position in the input. */
	valid: { index: number; value: T }[];
	/** One entry per wrong field of each invalid record; the record is left out of `valid`. */
	errors: FieldIssue[];
}

/** Validates every item of a batch, keeping the valid ones and reporting the rest by index. */
export function parseBatch<S extends AnySchema>(
	schema: S,
	items: readonly unknown[]
): BatchResult<v.InferOutput<S>> {
	const valid: BatchResult<v.InferOutput<S>>['valid'] = [];
	const errors: FieldIssue[] = [];
	items.forEach((item, index) => {
		const result = v.safeParse(schema, item);
		if (result.success) valid.push({ index, value: result.output as v.InferOutput<S> });
		else for (const issue of toFieldIssues(result.issues)) errors.push({ ...issue, index });
	});
	return { valid, errors };
}
