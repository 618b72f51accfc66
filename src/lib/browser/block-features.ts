import * as v from 'valibot';
import { leadFields } from '$lib/core/io';
import { Lead, toFieldIssues, type FieldIssue } from '$lib/core/schema';
import { FEATURE_COUNT } from '$lib/core/features';
import type { Decision, Scorer, TextMargins } from '$lib/core/scoring';

/** A readable CSV record waiting to be scored, numbered among the file's readable rows. */
export interface QueuedRecord {
	value: Record<string, string>;
	line: number;
	index: number;
}

/** What identifies a valid lead in the results. */
export interface LeadRow {
	index: number;
	line: number;
	lead_id?: string;
	company_name: string;
}

/** A block of records validated, with the features of its valid ones (row-major). */
export interface BlockFeatures {
	rows: LeadRow[];
	x: Float32Array<ArrayBuffer>;
	/** The valid rows' real-text margins, which the trees' outputs are blended with. */
	texts: TextMargins[];
	/** Issues of the invalid records (with index, line and column). */
	problems: FieldIssue[];
	invalid: number;
	/**
	 * The valid rows' decisions by the flat traversal, when asked for: a pool worker that walks
	 * the trees too spares the scoring worker the batch's next largest cost.
	 */
	decisions?: Decision[];
	/** Milliseconds validating, extracting features, and (when asked) walking the trees. */
	validateMs: number;
	featuresMs: number;
	treesMs: number;
}

/** Where a block's records are validated and featurised: here, or in a pool of workers. */
export type ExtractBlock = (
	records: QueuedRecord[],
	rename: Readonly<Record<string, string>>,
	columns: readonly string[],
	decide: boolean
) => Promise<BlockFeatures>;

/**
 * Validates a block of CSV records as leads and extracts the valid ones' features. Returns
 * plain data only (no Lead objects), so a pool worker can send it back cheaply.
 */
export function blockFeatures(
	scorer: Scorer,
	records: readonly QueuedRecord[],
	rename: Readonly<Record<string, string>>,
	columns: readonly string[],
	decide = false
): BlockFeatures {
	const start = performance.now();
	const leads: Lead[] = [];
	const rows: LeadRow[] = [];
	const problems: FieldIssue[] = [];
	let invalid = 0;
	for (const { value, line, index } of records) {
		const result = v.safeParse(Lead, leadFields(value, rename));
		if (result.success) {
			const lead = result.output;
			leads.push(lead);
			rows.push({
				index,
				line,
				...(lead.lead_id !== undefined ? { lead_id: lead.lead_id } : {}),
				company_name: lead.company_name
			});
			continue;
		}
		invalid++;
		for (const issue of toFieldIssues(result.issues)) {
			const column = columns.indexOf(issue.field.split('.')[0]!);
			problems.push({ ...issue, index, line, ...(column >= 0 ? { column: column + 1 } : {}) });
		}
	}
	const validated = performance.now();
	const { x, texts } = scorer.inputsOf(leads);
	const featured = performance.now();
	const decisions = decide
		? rows.map((_, i) =>
				scorer.decide(
					scorer.outputs(x.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), texts[i]!)
				)
			)
		: undefined;
	return {
		rows,
		x,
		texts,
		problems,
		invalid,
		...(decisions ? { decisions } : {}),
		validateMs: validated - start,
		featuresMs: featured - validated,
		treesMs: performance.now() - featured
	};
}
