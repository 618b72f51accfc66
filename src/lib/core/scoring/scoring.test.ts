import { readdirSync, readFileSync } from 'node:fs';
import { eng as ENGLISH_FUNCTION_WORDS } from 'stopword';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFeatures, FEATURE_NAMES } from '../features';
import { SAMPLE_LEADS } from '../features/samples';
import { LabeledCall, Lead, ScoreResult } from '../schema';
import { generateCalls } from '../synth';
import { TreeShap } from '../trees';
import { loadArtifact, type LoadedModel, type ModelArtifact } from './artifact';
import { reasonFor } from './reasons';
import { Scorer } from './score';
import { trainQualifier, type TrainReport } from './train';

let artifact: ModelArtifact;
let report: TrainReport;
let model: LoadedModel;

beforeAll(async () => {
	const { calls } = generateCalls({ rows: 3000, seed: 21 });
	const training = calls.map((c) => v.parse(LabeledCall, c));
	({ artifact, report } = await trainQualifier(training, {
		now: new Date('2026-01-02T03:04:05Z'),
		seed: 3
	}));
	model = await loadArtifact(JSON.parse(JSON.stringify(artifact)));
}, 60_000);

describe('trainQualifier', () => {
	it('writes a versioned, verifiable artifact with thresholds, metrics and drift baselines', () => {
		expect(artifact.version).toBe('retrain_20260102_030405');
		expect(artifact.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(artifact.thresholds.disqualify).toBeLessThanOrEqual(artifact.thresholds.ae_handoff);
		expect(Object.keys(artifact.data.features)).toEqual([...FEATURE_NAMES]);
		expect(artifact.data.date_range).toEqual([
			expect.stringMatching(/^2025-01/),
			expect.stringMatching(/^2026-10/)
		]);
		expect(report.holdout).toBe('time');
		// The latest 20% by date; calls on the cut-off day all go to the holdout.
		expect(report.holdout_rows).toBeGreaterThanOrEqual(600);
		expect(report.holdout_rows).toBeLessThan(630);
		expect(report.progression.roc_auc).toBeGreaterThan(0.85);
		expect(report.voice_ai.roc_auc).toBeGreaterThan(0.9);
	});

	it('refuses too little data or a single class', async () => {
		await expect(trainQualifier([], { now: new Date() })).rejects.toThrow(/at least 50/);
	});
});

describe('loadArtifact', () => {
	it('rejects a tampered artifact and a foreign feature spec', async () => {
		const tampered = structuredClone(artifact);
		tampered.thresholds.ae_handoff = 0.01;
		await expect(loadArtifact(tampered)).rejects.toThrow(/corrupt: sha256/);
		const foreign = { ...structuredClone(artifact), feature_spec_hash: 'x' };
		await expect(loadArtifact(foreign)).rejects.toThrow();
		await expect(loadArtifact({ format: 'nope' })).rejects.toThrow(
			/invalid model artifact: format/
		);
	});
});

describe('Scorer', () => {
	it('returns a valid ScoreResult consistent with the thresholds', () => {
		const scorer = new Scorer(model);
		for (const lead of SAMPLE_LEADS) {
			const result = scorer.score(lead);
			expect(v.safeParse(ScoreResult, result).success).toBe(true);
			expect(result.reasoning.length).toBeGreaterThan(0);
			expect(result.reasoning.length).toBeLessThanOrEqual(4);
			const p = result.progression_probability;
			const { ae_handoff, disqualify } = artifact.thresholds;
			expect(result.recommendation).toBe(
				p >= ae_handoff ? 'AE_HANDOFF' : p >= disqualify ? 'NURTURE' : 'DISQUALIFY'
			);
			expect(result.model_version).toBe(artifact.version);
			expect(scorer.score(lead)).toEqual(result);
		}
	});

	it('marks each reason with the direction its feature pushed the score', () => {
		const scorer = new Scorer(model);
		const leads = generateCalls({ rows: 200, seed: 4 }).calls.map((c) => v.parse(Lead, c));
		let checked = 0;
		let wording = 0;
		for (const lead of leads) {
			const result = scorer.score(lead);
			const x = scorer.features(lead, new Float32Array(FEATURE_NAMES.length));
			// The unrounded probability, as the scorer decides (voice_ai_fit is rounded).
			const voiceLed = scorer.probabilities(lead).voiceAi >= artifact.thresholds.voice_ai;
			const text = `${lead.call_notes ?? ''}\n${lead.description ?? ''}`.toLowerCase();
			for (const reason of result.reasoning.slice(voiceLed ? 1 : 0)) {
				// A learned-wording reason names words of this lead that pushed its text score.
				const words = /^[↑↓] Wording: (.*)$/.exec(reason);
				if (words) {
					for (const [, phrase] of words[1]!.matchAll(/“([^”]+)”/g)) expect(text).toContain(phrase);
					wording++;
				}
				const source = result.factors!.find((f) =>
					words
						? f.feature === 'text_progression' && f.contribution > 0 === reason.startsWith('↑')
						: reasonFor(
								f.feature,
								x[(FEATURE_NAMES as readonly string[]).indexOf(f.feature)]!,
								f.contribution
							) === reason
				);
				if (!source) throw new Error(`no factor explains the reason "${reason}"`);
				expect(reason.startsWith(source.contribution > 0 ? '↑ ' : '↓ ')).toBe(true);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(400);
		expect(wording).toBeGreaterThan(20);
	});

	it('marks words only in fields whose lower-case form keeps the offsets', () => {
		const scorer = new Scorer(model);
		const lead = SAMPLE_LEADS[0]!;
		const spans = scorer.score(lead).words ?? [];
		expect(spans.some((s) => s.field === 'call_notes')).toBe(true);
		for (const s of spans) {
			const field = s.field === 'call_notes' ? lead.call_notes! : lead.description!;
			expect(field.slice(s.start, s.end).toLowerCase()).toBe(
				field.toLowerCase().slice(s.start, s.end)
			);
		}
		// "İ" lower-cases to two code units ("i̇"): the offsets would not fit the note as written.
		const shifted = { ...lead, call_notes: `İstanbul office. ${lead.call_notes}` };
		expect(scorer.score(shifted).words?.some((s) => s.field === 'call_notes')).toBe(false);
	});

	it('ranks the strong Voice AI sample above the stalled one', () => {
		const scorer = new Scorer(model);
		const [strong, , stalled] = SAMPLE_LEADS.map((l) => scorer.score(l));
		expect(strong!.qualification_score).toBeGreaterThan(stalled!.qualification_score);
		expect(strong!.voice_ai_fit).toBeGreaterThan(stalled!.voice_ai_fit);
	});

	it('explains with contributions that add up to the model margin (TreeSHAP local accuracy)', () => {
		const shap = new TreeShap(model.progression);
		for (const lead of SAMPLE_LEADS) {
			const x = extractFeatures(lead);
			const phi = shap.explain(x);
			let margin = model.progression.baseScore;
			for (const tree of model.progression.trees) {
				let node = 0;
				while (tree.feature[node]! >= 0) {
					const value = x[tree.feature[node]!]!;
					const left = Number.isNaN(value)
						? tree.defaultLeft[node] === 1
						: tree.categorical[node] === 1
							? tree.categories.get(node)![value >>> 5]! & (1 << (value & 31))
							: value < tree.threshold[node]!;
					node = left ? tree.left[node]! : tree.right[node]!;
				}
				margin += tree.value[node]!;
			}
			expect(Math.abs(phi.reduce((a, b) => a + b, shap.expectedValue) - margin)).toBeLessThan(1e-6);
		}
	});
});

describe('the committed baseline model', () => {
	let baseline: LoadedModel;
	let current: string;
	beforeAll(async () => {
		const manifest = JSON.parse(
			readFileSync(new URL('../../../../models/manifest.json', import.meta.url), 'utf8')
		);
		current = manifest.current;
		const entry = manifest.versions.find((x: { version: string }) => x.version === current);
		baseline = await loadArtifact(
			JSON.parse(readFileSync(new URL(`../../../../models/${entry.file}`, import.meta.url), 'utf8'))
		);
	});

	it('loads, verifies and scores the seed example with every ScoreResult field', () => {
		const result = new Scorer(baseline).score(
			v.parse(Lead, {
				company_name: 'VoiceFlow AI',
				industry: 'Conversational AI',
				call_notes: 'Discussed Voice AI integration needs…'
			})
		);
		for (const field of [
			'qualification_score',
			'voice_ai_fit',
			'progression_probability',
			'recommendation',
			'reasoning',
			'priority',
			'confidence',
			'model_version'
		])
			expect(result).toHaveProperty(field);
		expect(result.model_version).toBe(current);
	});

	it('names no bare function word or single character in its wording reasons, on real calls', () => {
		const scorer = new Scorer(baseline);
		const real = new URL('../../../../data/real/', import.meta.url);
		const named: string[] = [];
		for (const file of readdirSync(real).filter((f) => /^calls-.*\.jsonl$/.test(f)))
			for (const line of readFileSync(new URL(file, real), 'utf8').split('\n').filter(Boolean)) {
				for (const reason of scorer.score(v.parse(Lead, JSON.parse(line))).reasoning) {
					const phrases = /^[↑↓] (?:Voice AI |Outcome )?[Ww]ording: (.*)$/.exec(reason)?.[1];
					if (phrases) named.push(...phrases.split(', ').map((p) => p.slice(1, -1)));
				}
			}
		expect(named.length).toBeGreaterThan(1000);
		const bare = named.filter((phrase) =>
			phrase
				.toLowerCase()
				.split(/\s+/)
				.every((word) => word.length < 2 || ENGLISH_FUNCTION_WORDS.includes(word))
		);
		expect(bare).toEqual([]);
	});
});
