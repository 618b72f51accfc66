import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../features';
import { LabeledCall, type Lead } from '../schema';
import { generateCalls } from '../synth';
import { loadArtifact, type ModelArtifact } from './artifact';
import { Scorer } from './score';
import { trainQualifier } from './train';
import { blendParts, blendVoice, type VoiceText } from './voice-text';

/** Three writers' company lines: speech products and others, each writer in their own words. */
function writers(): VoiceText[] {
	const speech = [
		[
			'speech recognition for clinics',
			'an assistant that answers the phone',
			'voice agents for call centers'
		],
		[
			'transcribes every sales call',
			'something that picks up calls at night',
			'reads answers aloud to callers'
		],
		[
			'dictation app for doctors',
			'a bot that phones customers back',
			'spoken tutor for language learners'
		]
	];
	const other = [
		['payroll software for small firms', 'a text chatbot for the website', 'VoIP desk phones'],
		[
			'invoice scanning for accountants',
			'SMS reminders for dentists',
			'brand voice guidelines tool'
		],
		['fleet tracking dashboards', 'e-mail marketing automation', 'a human answering service']
	];
	return [0, 1, 2].flatMap((g) =>
		Array.from({ length: 30 }, (_, i) => {
			const voiceAi = i % 2 === 0;
			const words = (voiceAi ? speech : other)[g]![i % 3]!;
			return {
				lead: { company_name: `W${g}-${i}`, description: `Company ${i}: ${words}.` },
				voiceAi,
				group: `writer-${g}`
			};
		})
	);
}

let artifact: ModelArtifact;
let scorer: Scorer;
let calls: LabeledCall[];

beforeAll(async () => {
	calls = generateCalls({ rows: 1500, seed: 8 }).calls.map((c) => v.parse(LabeledCall, c));
	({ artifact } = await trainQualifier(calls, {
		now: new Date('2026-02-03T04:05:06Z'),
		seed: 2,
		voiceText: { texts: writers() }
	}));
	scorer = new Scorer(await loadArtifact(JSON.parse(JSON.stringify(artifact))));
}, 60_000);

describe('blendVoice', () => {
	const blend = { intercept: 0.4, forest: 1.3, text: 1.5 };
	it('keeps the forest when there is no text, and crosses the cut-off exactly where the blend’s odds are even', () => {
		expect(blendVoice(0.37, 0.3, NaN, blend)).toBe(0.37);
		for (const [forest, margin] of [
			[0.1, 2],
			[0.6, -3],
			[0.3, -0.2667],
			[0.05, 0.9]
		] as const) {
			const { forest: f, text } = blendParts(forest, 0.3, margin, blend);
			expect(blendVoice(forest, 0.3, margin, blend) >= 0.3).toBe(blend.intercept + f + text >= 0);
		}
	});
});

describe('Voice AI text model', () => {
	it('is fitted on the real texts with out-of-group figures, and carried over as it is', async () => {
		const text = artifact.voice_ai.text!;
		expect(text.data).toMatchObject({ texts: 90, groups: 3, positives: 45 });
		// The forest's own training calls are read too, as one more group the blend is not fitted on.
		expect(text.data.generated).toBeGreaterThan(500);
		expect(text.model.folds).toBe(4);
		expect(text.metrics.roc_auc).toBeGreaterThan(0.5);
		const carried = await trainQualifier(calls, {
			now: new Date('2026-02-04T04:05:06Z'),
			seed: 2,
			voiceText: { fitted: text }
		});
		expect(carried.artifact.voice_ai.text).toEqual(text);
		const without = await trainQualifier(calls, { now: new Date('2026-02-04T04:05:06Z'), seed: 2 });
		expect(without.artifact.voice_ai.text).toBeUndefined();
		expect((await loadArtifact(without.artifact)).voiceText).toBeNull();
	}, 60_000);

	it('every path to a Voice AI probability blends the same way; no text keeps the forest', () => {
		const lead: Lead = {
			company_name: 'Quill',
			description: 'speech recognition for clinics and voice agents for call centers'
		};
		const x = scorer.features(lead, new Float32Array(FEATURE_COUNT));
		const margin = scorer.voiceMargin(lead);
		expect(margin).not.toBeNaN();
		const out = scorer.outputs(x, margin);
		const { blend } = artifact.voice_ai.text!;
		expect(out.voiceAi).toBe(
			blendVoice(out.voiceForest, artifact.thresholds.voice_ai, margin, blend)
		);
		expect(scorer.probabilities(lead).voiceAi).toBe(out.voiceAi);
		expect(scorer.score(lead).voice_ai_fit).toBe(Math.round(100 * out.voiceAi));
		expect(scorer.outputs(x, NaN).voiceAi).toBe(out.voiceForest);
		expect(scorer.voiceMargin({ company_name: 'Mute' })).toBeNaN();
	});

	it('a prospect the words made one is explained by its words', () => {
		const lead: Lead = {
			company_name: 'Quill',
			description: 'speech recognition for clinics and voice agents for call centers'
		};
		const result = scorer.score(lead);
		const out = scorer.outputs(
			scorer.features(lead, new Float32Array(FEATURE_COUNT)),
			scorer.voiceMargin(lead)
		);
		const parts = blendParts(
			out.voiceForest,
			artifact.thresholds.voice_ai,
			out.voiceText,
			artifact.voice_ai.text!.blend
		);
		expect(out.voiceAi).toBeGreaterThanOrEqual(artifact.thresholds.voice_ai);
		expect(parts.text).toBeGreaterThan(parts.forest);
		const reason = /^↑ Voice AI wording: (.*)$/.exec(result.reasoning[0]!);
		expect(reason).not.toBeNull();
		for (const [, phrase] of reason![1]!.matchAll(/“([^”]+)”/g))
			expect(lead.description!.toLowerCase()).toContain(phrase);
	});
});
