import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FEATURE_SPEC } from '../features';
import { LabeledCall } from '../schema';
import { loadArtifact, Scorer, trainQualifier, type ModelArtifact } from '../scoring';
import { generateCalls, type WorldShift } from '../synth';
import { DEFAULT_CONFIG } from './config';
import { detectDrift } from './drift';

const calls = (rows: number, seed: number, world?: WorldShift) =>
	generateCalls({ rows, seed, days: 1, world }).calls.map((c) => v.parse(LabeledCall, c));
const { artifact } = await trainQualifier(calls(1500, 1), {
	now: new Date('2026-01-01'),
	seed: 1,
	holdout: 'random'
});
const config = DEFAULT_CONFIG.drift;

const scorer = new Scorer(await loadArtifact(artifact));

function drift(rows: ReturnType<typeof calls>, a: ModelArtifact = artifact) {
	const features = scorer.featureMatrix(rows);
	const predictions = rows.map((c) => scorer.probabilities(c).progression);
	return detectDrift({ artifact: a, features, rows: rows.length, predictions, config })!;
}

describe('detectDrift', () => {
	it('tests every feature and the predictions, with the test suited to the sample size', () => {
		const small = drift(calls(200, 2));
		expect(small.regime).toBe('p_value');
		expect(small.features).toHaveLength(FEATURE_SPEC.length);
		expect(small.features.find((f) => f.feature === 'log_employees')!.test).toBe('ks');
		expect(small.features.find((f) => f.feature === 'industry_class')!.test).toBe('chi_square');
		const large = drift(calls(1200, 3));
		expect(large.regime).toBe('distance');
		expect(large.features.every((f) => f.test === 'jensen_shannon' && f.threshold === 0.1)).toBe(
			true
		);
		expect(drift(calls(19, 4))).toBeNull();
	});

	it('finds no drift in rows from the training world, small and large', () => {
		for (const [rows, seed] of [
			[30, 5],
			[300, 6],
			[3000, 7]
		] as const) {
			const r = drift(calls(rows, seed));
			expect(r.dataset_drift).toBe(false);
			expect(r.drift_share).toBeLessThan(0.15);
		}
	});

	it('finds drift in a shifted world, small and large', () => {
		const world: WorldShift = {
			voiceDemand: 3,
			progressionShift: -1,
			competitor: { name: 'Retell AI', share: 1, effect: -2 }
		};
		// 600 calls: a p-value test still (< 1000), and enough calls to see the predictions move.
		for (const [rows, seed] of [
			[600, 8],
			[3000, 9]
		] as const) {
			const r = drift(calls(rows, seed, world));
			const voice = r.features.find((f) => f.feature === 'call_voice_ai_intent')!;
			expect(voice.drifted).toBe(true);
			expect(r.features.find((f) => f.feature === 'competitor_mentions')!.drifted).toBe(true);
			// The predictions move (a p-value test flags it; Jensen–Shannon sees a shift below its
			// 0.1 alarm: progression follows the booked next step more than Voice AI demand).
			if (r.regime === 'p_value') {
				expect(r.prediction!.drifted).toBe(true);
				expect(r.detected).toBe(true);
			} else expect(r.prediction!.statistic).toBeGreaterThan(0.05);
		}
	});

	it('a category the training data never had is drift, even at 4% of 50 rows', () => {
		const rows = calls(50, 11);
		const features = scorer.featureMatrix(rows);
		const column = FEATURE_SPEC.findIndex((f) => f.name === 'industry_class');
		const known = artifact.data.features.industry_class!.counts as Record<string, number>;
		let unseen = 0;
		while (String(unseen) in known) unseen++;
		features[column] = unseen;
		features[FEATURE_SPEC.length + column] = unseen;
		const industry = (r: ReturnType<typeof detectDrift>) =>
			r!.features.find((f) => f.feature === 'industry_class')!;
		const before = detectDrift({
			artifact,
			features: scorer.featureMatrix(rows),
			rows: 50,
			config
		});
		expect(industry(before).drifted).toBe(false);
		const after = detectDrift({ artifact, features, rows: 50, config });
		expect(industry(after)).toMatchObject({ drifted: true, new_categories: [unseen] });
		// The goodness-of-fit test alone would not have said so.
		expect(industry(after).p_value).toBeGreaterThan(config.pValue);
	});

	it('flags the data set once the drift share reaches the threshold', () => {
		const r = drift(calls(300, 10, { voiceDemand: 3 }));
		expect(r.dataset_drift).toBe(r.drift_share >= 0.5);
		const strict = detectDrift({
			...extractInput(calls(300, 10, { voiceDemand: 3 })),
			config: { ...config, shareThreshold: 0.05 }
		})!;
		expect(strict.dataset_drift).toBe(true);
	});

	it('skips prediction drift for artifacts stored without prediction distributions', () => {
		const { predictions: _, ...data } = artifact.data;
		void _;
		expect(drift(calls(100, 11), { ...artifact, data }).prediction).toBeNull();
	});
});

function extractInput(rows: ReturnType<typeof calls>) {
	return { artifact, features: scorer.featureMatrix(rows), rows: rows.length };
}
