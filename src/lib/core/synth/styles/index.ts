import type { Style } from '../plan';
import { bullets } from './bullets';
import { crmTerse } from './crm-terse';
import { emailRecap } from './email-recap';
import { fellowSummary } from './fellow-summary';
import { narrative } from './narrative';
import type { NoteStyle } from './style';
import { transcript } from './transcript';

export const NOTE_STYLES: Readonly<Record<Style, NoteStyle>> = {
	bullets,
	transcript,
	fellow_summary: fellowSummary,
	crm_terse: crmTerse,
	narrative,
	email_recap: emailRecap
};
