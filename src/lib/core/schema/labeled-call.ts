import * as v from 'valibot';
import { Lead } from './lead';
import { Flag } from './outcome';

/** One row of `fellow_calls.csv`: a lead with its outcome columns, used for training. */
export const LabeledCall = v.object({
	...Lead.entries,
	progressed: Flag,
	voice_ai: Flag
});
export type LabeledCall = v.InferOutput<typeof LabeledCall>;

/** Column order of `fellow_calls.csv` as the generator writes it. */
export const FELLOW_CALLS_COLUMNS = [
	'lead_id',
	'call_date',
	'company_name',
	'industry',
	'employee_count',
	'website',
	'country',
	'description',
	'products_discussed',
	'sentiment',
	'call_notes',
	'progressed',
	'voice_ai'
] as const;
