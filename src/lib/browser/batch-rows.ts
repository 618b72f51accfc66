import type { Lead } from '$lib/core/schema';
import type { Decision } from '$lib/core/scoring';
import type { BackendName, EngineName } from './engine';

export interface EngineUsed {
	engine: EngineName;
	backend: BackendName | null;
}

/** One scored row of a batch: its decision plus what identifies the lead. */
export interface BatchRow extends Decision {
	/** 0-based position in the input. */
	row: number;
	line?: number;
	lead_id?: string;
	company_name: string;
}

/** Columns of a batch's CSV download, in order. */
export const BATCH_CSV_COLUMNS = [
	'row',
	'lead_id',
	'company_name',
	'qualification_score',
	'voice_ai_fit',
	'progression_probability',
	'recommendation',
	'priority',
	'confidence',
	'model_version'
] as const;

export function batchRow(
	row: number,
	line: number | undefined,
	lead: Pick<Lead, 'lead_id' | 'company_name'>,
	decision: Decision
): BatchRow {
	return {
		row,
		...(line !== undefined ? { line } : {}),
		...(lead.lead_id !== undefined ? { lead_id: lead.lead_id } : {}),
		company_name: lead.company_name,
		...decision
	};
}
