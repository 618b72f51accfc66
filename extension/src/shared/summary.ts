import type { LeadInput, ScoreResult } from '../../../src/lib/core/schema';

const RECOMMENDATION_LABELS: Record<ScoreResult['recommendation'], string> = {
	AE_HANDOFF: 'AE handoff',
	NURTURE: 'Nurture',
	DISQUALIFY: 'Disqualify'
};

const PRIORITY_LABELS: Record<ScoreResult['priority'], string> = {
	HIGH_VOICE_AI: 'High priority · Voice AI',
	HIGH: 'High priority',
	MEDIUM: 'Medium priority',
	LOW: 'Low priority'
};

export const recommendationLabel = (r: ScoreResult['recommendation']) => RECOMMENDATION_LABELS[r];
export const priorityLabel = (p: ScoreResult['priority']) => PRIORITY_LABELS[p];

/** Plain-text summary for a CRM note or a Slack message. */
export function summarize(lead: LeadInput, result: ScoreResult): string {
	return [
		`${lead.company_name}${lead.website ? ` (${lead.website})` : ''} — qualification ${result.qualification_score}/100`,
		`${recommendationLabel(result.recommendation)} · ${priorityLabel(result.priority)} · Voice AI fit ${result.voice_ai_fit}/100`,
		...result.reasoning.map((reason) => `- ${reason}`),
		`Model ${result.model_version} (Fellow Qualify)`
	].join('\n');
}
