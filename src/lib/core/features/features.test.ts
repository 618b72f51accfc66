import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Lead } from '../schema';
import { generateCalls } from '../synth';
import { extractFeatureMatrix, extractFeatures } from './extract';
import { SAMPLE_LEADS } from './samples';
import {
	FEATURE_INDEX,
	FEATURE_NAMES,
	FEATURE_SPEC,
	INDUSTRY_CLASSES,
	type FeatureName
} from './spec';
import { VOICE_AI_PATTERNS, voiceAiSignals } from './voice';

const lead = (fields: Partial<Lead>): Lead => v.parse(Lead, { company_name: 'Test Co', ...fields });
const value = (l: Lead, name: FeatureName) => extractFeatures(l)[FEATURE_INDEX[name]]!;

describe('feature spec', () => {
	it('has ≥35 uniquely named, described features: ≥18 company and ≥17 call', () => {
		expect(FEATURE_SPEC.length).toBeGreaterThanOrEqual(35);
		expect(FEATURE_SPEC.filter((f) => f.group === 'company').length).toBeGreaterThanOrEqual(18);
		expect(FEATURE_SPEC.filter((f) => f.group === 'call').length).toBeGreaterThanOrEqual(17);
		expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
		for (const f of FEATURE_SPEC) {
			expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
			expect(f.description.length).toBeGreaterThan(10);
			if (f.type === 'categorical') expect(f.categories!.length).toBeGreaterThan(1);
		}
	});
});

describe('Voice AI signals', () => {
	it('has at least 14 word-bounded patterns', () => {
		expect(Object.keys(VOICE_AI_PATTERNS).length).toBeGreaterThanOrEqual(14);
	});

	it.each([
		['We want to replace our IVR with a voice agent.', 2, 0],
		['Building conversational AI with speech-to-text, TTS and SIP trunking.', 4, 0],
		['Not looking at voice AI right now.', 0, 1],
		['No plans for a voice agent this year.', 0, 1],
		['They ruled out call automation after a failed pilot.', 0, 1],
		['Asked about voice AI pricing out of curiosity, but it is not a priority.', 0, 1],
		["We don't need an IVR. We do want real-time transcription.", 1, 1],
		['Offices in Seattle and Watts; they hired Ivry Stttler.', 0, 0],
		['VOICE-AI and Voice Bots!', 2, 0]
	])('%s → %i positive, %i negated', (text, positive, negated) => {
		const s = voiceAiSignals(text);
		expect([s.positive, s.negated]).toEqual([positive, negated]);
	});
});

describe('extractFeatures', () => {
	it('reads a strong Voice AI lead', () => {
		const l = lead({
			industry: 'conversational ai',
			employee_count: 120,
			website: 'voiceflow.ai',
			call_notes:
				'The CTO wants to replace the IVR with a voice agent. Budget approved. Need it ASAP.',
			products_discussed: ['Voice AI', 'SMS']
		});
		const x = extractFeatures(l);
		const at = (n: FeatureName) => x[FEATURE_INDEX[n]];
		expect(at('industry_class')).toBe(INDUSTRY_CLASSES.indexOf('Conversational AI'));
		expect(at('voice_heavy_industry')).toBe(1);
		expect(at('ai_native')).toBe(1);
		expect(at('log_employees')).toBeCloseTo(Math.log10(121), 6);
		expect(at('size_band')).toBe(1);
		expect(at('call_voice_ai_signals')).toBe(2);
		expect(at('budget_stage')).toBe(3);
		expect(at('urgency')).toBe(4);
		expect(at('decision_maker_present')).toBe(1);
		expect([
			at('product_voice_ai'),
			at('product_sms'),
			at('product_voice'),
			at('products_count')
		]).toEqual([1, 1, 0, 2]);
	});

	it('reads next steps and timelines as reps write them, not only as the generator does', () => {
		const notes = lead({ call_notes: 'Budget approved. CTO agreed to a pilot next week.' });
		expect(value(notes, 'next_steps_agreed')).toBe(1);
		expect(value(notes, 'urgency')).toBe(3);
		const booked = lead({ call_notes: 'Demo booked with the ops team.' });
		expect(value(booked, 'next_steps_agreed')).toBe(1);
		expect(value(lead({ call_notes: 'No next steps agreed.' }), 'next_steps_agreed')).toBe(0);
	});

	it('gives NaN for missing inputs and 0 for present-but-silent ones', () => {
		const bare = extractFeatures(lead({}));
		expect(bare[FEATURE_INDEX.log_employees]).toBeNaN();
		expect(bare[FEATURE_INDEX.call_voice_ai_signals]).toBeNaN();
		expect(bare[FEATURE_INDEX.sentiment_rating]).toBeNaN();
		expect(bare[FEATURE_INDEX.has_website]).toBe(0);
		const quiet = lead({ call_notes: 'Short call about nothing in particular.' });
		expect(value(quiet, 'call_voice_ai_signals')).toBe(0);
		expect(value(quiet, 'budget_stage')).toBe(1);
		expect(value(quiet, 'transcript_segments')).toBeNaN();
	});

	it('reads a transcript as call text and measures its balance', () => {
		const l = lead({
			call_transcript: {
				speech_segments: [
					{ speaker: 'Rep', text: 'What is the timeline?' },
					{ speaker: 'Dana', text: 'This quarter. We need a voice assistant for call routing.' }
				]
			}
		});
		expect(value(l, 'transcript_segments')).toBe(2);
		expect(value(l, 'talk_balance')).toBeCloseTo(4 / 10, 6);
		expect(value(l, 'urgency')).toBe(3);
		expect(value(l, 'call_voice_ai_signals')).toBe(2);
		expect(value(l, 'questions_asked')).toBe(1);
	});

	it('is deterministic and fills a matrix row by row in spec order', () => {
		const { data, rows, cols } = extractFeatureMatrix(SAMPLE_LEADS);
		expect([rows, cols]).toEqual([SAMPLE_LEADS.length, FEATURE_SPEC.length]);
		SAMPLE_LEADS.forEach((l, r) => {
			expect(Array.from(data.subarray(r * cols, (r + 1) * cols))).toEqual(
				Array.from(extractFeatures(l))
			);
		});
	});

	it('separates the generator’s Voice AI leads on the voice signal features', () => {
		const { calls } = generateCalls({ rows: 3000, seed: 5 });
		const rate = (label: 0 | 1) => {
			const group = calls.filter((c) => c.voice_ai === label);
			const signal = group.filter(
				(c) => value(v.parse(Lead, c), 'call_voice_ai_signals') > 0
			).length;
			return signal / group.length;
		};
		expect(rate(1)).toBeGreaterThan(0.9);
		expect(rate(1) - rate(0)).toBeGreaterThan(0.3);
	});
});
