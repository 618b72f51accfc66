import { SAMPLE_LEADS } from '../../src/lib/core/features/samples';
import { loadArtifact, Scorer } from '../../src/lib/core/scoring';
import { generateCalls } from '../../src/lib/core/synth';
import * as v from 'valibot';
import { Lead } from '../../src/lib/core/schema';

/**
 * The baseline artifact verified and loaded, then the samples and generated leads scored; with
 * each lead's exact text-model scores (text_progression, and the margins of the text models
 * learned from real text, blended into both probabilities), which the results show only rounded.
 */
export async function scoreAll(artifact: unknown, rows: number) {
	const scorer = new Scorer(await loadArtifact(artifact));
	const leads = [
		...SAMPLE_LEADS,
		...generateCalls({ rows, seed: 3 }).calls.map((c) => v.parse(Lead, c))
	];
	return leads.map((lead) => ({
		result: scorer.score(lead),
		text: scorer.model.text!.margin(lead),
		texts: scorer.textMargins(lead)
	}));
}
