import type { LeadInput, ScoreResult } from '../../../src/lib/core/schema';

/** Plain-text summary for a CRM note or a Slack message. */
export function summarize(lead: LeadInput, result: ScoreResult): string {
	return [
		`${lead.company_name}${lead.website ? ` (${lead.website})` : ''} — qualification ${result.qualification_score}/100`,
		`Recommendation: ${result.recommendation} · priority ${result.priority} · Voice AI fit ${result.voice_ai_fit}/100`,
		...result.reasoning.map((reason) => `- ${reason}`),
		`Model ${result.model_version} (Fellow Qualify)`
	].join('\n');
}
