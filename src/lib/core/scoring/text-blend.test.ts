import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../features';
import { LabeledCall, type Lead } from '../schema';
import { generateCalls } from '../synth';
import { loadArtifact, type ModelArtifact } from './artifact';
import { Scorer } from './score';
import { blendParts, blendWithText } from './text-blend';
import { trainQualifier, type RealText } from './train';

/**
 * Three writers' texts: company lines about speech products and others, and calls that
 * progressed or stalled, each writer in their own words.
 */
function writers(): RealText[] {
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
	const booked = [
		'AE demo booked Thursday',
		'handing over to the AE, invite accepted',
		'technical call set for Monday'
	];
	const stalled = [
		'went quiet after the call',
		'not a fit this year',
		'said they would circle back, nothing booked'
	];
	return [0, 1, 2].flatMap((g) => [
		...Array.from({ length: 30 }, (_, i) => {
			const voiceAi = i % 2 === 0;
			const words = (voiceAi ? speech : other)[g]![i % 3]!;
			return {
				lead: { company_name: `W${g}-${i}`, description: `Company ${i}: ${words}.` },
				voiceAi,
				group: `writer-${g}`
			};
		}),
		...Array.from({ length: 30 }, (_, i) => {
			const progressed = i % 2 === 0;
			return {
				lead: {
					company_name: `C${g}-${i}`,
					call_notes: `Intro call ${i}. ${(progressed ? booked : stalled)[(i + g) % 3]!}.`
				},
				voiceAi: false,
				progressed,
				group: `writer-${g}`
			};
		})
	]);
}

let artifact: ModelArtifact;
let scorer: Scorer;
let calls: LabeledCall[];

beforeAll(async () => {
	calls = generateCalls({ rows: 1500, seed: 8 }).calls.map((c) => v.parse(LabeledCall, c));
	({ artifact } = await trainQualifier(calls, {
		now: new Date('2026-02-03T04:05:06Z'),
		seed: 2,
		realText: { texts: writers() }
	}));
	scorer = new Scorer(await loadArtifact(JSON.parse(JSON.stringify(artifact))));
}, 60_000);

describe('blendWithText', () => {
	const blend = { intercept: 0.4, trees: 1.3, text: 1.5 };
	it('keeps the trees’ probability when there is no text, and crosses the cut-off exactly where the blend’s odds are even', () => {
		expect(blendWithText(0.37, 0.3, NaN, blend)).toBe(0.37);
		for (const [trees, margin] of [
			[0.1, 2],
			[0.6, -3],
			[0.3, -0.2667],
			[0.05, 0.9]
		] as const) {
			const parts = blendParts(trees, 0.3, margin, blend);
			expect(blendWithText(trees, 0.3, margin, blend) >= 0.3).toBe(
				blend.intercept + parts.trees + parts.text >= 0
			);
		}
	});
});

describe('text models learned from real text', () => {
	it('are fitted on the real texts with out-of-group figures, and carried over as they are', async () => {
		const voice = artifact.voice_ai.text!;
		expect(voice.data).toMatchObject({ texts: 180, groups: 3, positives: 45 });
		// The trees' own training calls are read too, as one more group the blend is not fitted on.
		expect(voice.data.generated).toBeGreaterThan(500);
		expect(voice.model.folds).toBe(4);
		expect(voice.metrics.roc_auc).toBeGreaterThan(0.5);
		// Progression: the calls only.
		expect(artifact.progression.text!.data).toMatchObject({ texts: 90, groups: 3, positives: 45 });
		const fitted = { voiceAi: voice, progression: artifact.progression.text! };
		const carried = await trainQualifier(calls, {
			now: new Date('2026-02-04T04:05:06Z'),
			seed: 2,
			realText: { fitted }
		});
		expect(carried.artifact.voice_ai.text).toEqual(fitted.voiceAi);
		expect(carried.artifact.progression.text).toEqual(fitted.progression);
		const without = await trainQualifier(calls, { now: new Date('2026-02-04T04:05:06Z'), seed: 2 });
		expect(without.artifact.voice_ai.text).toBeUndefined();
		const loaded = await loadArtifact(without.artifact);
		expect([loaded.voiceText, loaded.progressionText]).toEqual([null, null]);
	}, 60_000);

	it('every path to a probability blends the same way; no text keeps the trees’', () => {
		const lead: Lead = {
			company_name: 'Quill',
			description: 'speech recognition for clinics and voice agents for call centers',
			call_notes: 'AE demo booked Thursday'
		};
		const x = scorer.features(lead, new Float32Array(FEATURE_COUNT));
		const texts = scorer.textMargins(lead);
		expect(texts.voiceAi).not.toBeNaN();
		expect(texts.progression).not.toBeNaN();
		// The batch paths read the features and the margins in one pass, to the same values.
		const batch = scorer.inputsOf([{ company_name: 'Mute' }, lead]);
		expect(batch.x.subarray(FEATURE_COUNT)).toEqual(x);
		expect(batch.texts).toEqual([{ progression: NaN, voiceAi: NaN }, texts]);
		const out = scorer.outputs(x, texts);
		const { thresholds, voice_ai, progression } = artifact;
		expect(out.voiceAi).toBe(
			blendWithText(out.voiceForest, thresholds.voice_ai, texts.voiceAi, voice_ai.text!.blend)
		);
		const trees = scorer.progressionOf(scorer.outputs(x, { progression: NaN, voiceAi: NaN }));
		const p = scorer.progressionOf(out);
		expect(p).toBe(blendWithText(trees, 0.5, texts.progression, progression.text!.blend));
		expect(p).not.toBe(trees);
		expect(scorer.probabilities(lead)).toEqual({ progression: p, voiceAi: out.voiceAi });
		const result = scorer.score(lead);
		expect(result.voice_ai_fit).toBe(Math.round(100 * out.voiceAi));
		expect(result.progression_probability).toBe(Math.round(1e4 * p) / 1e4);
		// The outcome words lead the progression reasons exactly when they moved it more than the trees.
		const parts = blendParts(trees, 0.5, texts.progression, progression.text!.blend);
		expect(result.reasoning.some((r) => /^[↑↓] Outcome wording: “/.test(r))).toBe(
			Math.abs(parts.text) > Math.abs(parts.trees)
		);
		expect(scorer.outputs(x, { progression: NaN, voiceAi: NaN }).voiceAi).toBe(out.voiceForest);
		expect(scorer.textMargins({ company_name: 'Mute' })).toEqual({
			progression: NaN,
			voiceAi: NaN
		});
	});

	it('a prospect the words made one is explained by its words', () => {
		// No phrase list knows a spoken tutor; one writer's texts do.
		const lead: Lead = { company_name: 'Quill', description: 'spoken tutor for language learners' };
		const result = scorer.score(lead);
		const out = scorer.outputs(
			scorer.features(lead, new Float32Array(FEATURE_COUNT)),
			scorer.textMargins(lead)
		);
		const parts = blendParts(
			out.voiceForest,
			artifact.thresholds.voice_ai,
			out.voiceText,
			artifact.voice_ai.text!.blend
		);
		expect(out.voiceForest).toBeLessThan(artifact.thresholds.voice_ai);
		expect(out.voiceAi).toBeGreaterThanOrEqual(artifact.thresholds.voice_ai);
		expect(parts.text).toBeGreaterThan(parts.trees);
		const reason = /^↑ Voice AI wording: (.*)$/.exec(result.reasoning[0]!);
		expect(reason).not.toBeNull();
		for (const [, phrase] of reason![1]!.matchAll(/“([^”]+)”/g))
			expect(lead.description!.toLowerCase()).toContain(phrase);
	});
});
