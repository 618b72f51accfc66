import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { formatIssue, ValidationError } from './errors';
import { Lead } from './lead';
import { LabeledCall } from './labeled-call';
import { Outcome } from './outcome';
import { ScoreResult } from './score-result';
import { parseBatch, parseWith } from './validate';

describe('Lead', () => {
	it('normalises a full lead and drops unknown fields', () => {
		const lead = parseWith(
			Lead,
			{
				company_name: '  Acme Voice  ',
				lead_id: 42,
				employee_count: 250,
				products_discussed: 'Voice AI; SMS | Verify',
				call_transcript: [{ speaker: 'Dana', text: 'We want a voice agent.', start_time: 1 }],
				call_date: '2025-03-14',
				sentiment: 4,
				crm_owner: 'ignored'
			},
			'lead'
		);
		expect(lead).toEqual({
			company_name: 'Acme Voice',
			lead_id: '42',
			employee_count: 250,
			products_discussed: ['Voice AI', 'SMS', 'Verify'],
			call_transcript: {
				speech_segments: [{ speaker: 'Dana', text: 'We want a voice agent.', start_time: 1 }]
			},
			call_date: '2025-03-14',
			sentiment: 4
		});
	});

	it('reads JSON null in every optional field as "not given", like a missing field', () => {
		const nulls = {
			company_name: 'Acme',
			lead_id: null,
			industry: null,
			employee_count: null,
			website: null,
			description: null,
			call_notes: null,
			call_transcript: null,
			products_discussed: null,
			country: null,
			call_date: null,
			sentiment: null
		};
		const lead = parseWith(Lead, nulls, 'lead');
		expect(JSON.stringify(lead)).toBe(JSON.stringify({ company_name: 'Acme' }));
		const segment = parseWith(
			Lead,
			{ company_name: 'Acme', call_transcript: [{ speaker: null, text: 'Hi', end_time: null }] },
			'lead'
		).call_transcript!.speech_segments[0]!;
		expect(JSON.stringify(segment)).toBe(JSON.stringify({ speaker: '', text: 'Hi' }));
		expect(parseWith(Outcome, { lead_id: 'a', progressed: 1, voice_ai: null }, 'o').voice_ai).toBe(
			undefined
		);
		// null is "not given", but a wrong type is still an error naming the field.
		expect(v.safeParse(Lead, { company_name: 'Acme', employee_count: true }).success).toBe(false);
		expect(v.safeParse(Lead, { company_name: null }).success).toBe(false);
	});

	it('bounds transcripts like notes: 20,000 segments and 200,000 characters of text in all', () => {
		const transcript = (n: number, text: string) =>
			Array.from({ length: n }, (_, i) => ({ speaker: `s${i}`, text }));
		const issue = (call_transcript: unknown) =>
			v.safeParse(Lead, { company_name: 'Acme', call_transcript }).issues?.[0];
		expect(issue(transcript(20_000, 'ok'))).toBeUndefined();
		expect(issue(transcript(20_001, 'ok'))?.message).toMatch(/at most 20,000 segments/);
		expect(issue(transcript(2, 'x'.repeat(100_001)))?.message).toMatch(/200,000 characters/);
		expect(v.getDotPath(issue([{ speaker: 'x'.repeat(201), text: 'hi' }])!)).toBe(
			'call_transcript.speech_segments.0.speaker'
		);
	});

	it('names each wrong field and the problem', () => {
		const error = (() => {
			try {
				parseWith(
					Lead,
					{ employee_count: -3, sentiment: 9, call_date: '04/03/2025', website: 7 },
					'lead'
				);
			} catch (e) {
				return e as ValidationError;
			}
		})();
		expect(error).toBeInstanceOf(ValidationError);
		expect(error!.issues.map(formatIssue)).toEqual([
			'company_name: is required',
			'employee_count: must be ≥ 0',
			'website: expected string, got 7',
			'call_date: ambiguous date "04/03/2025": day/month or month/day? Write it as 2025-04-03 or 2025-03-04',
			'sentiment: must be between 1 and 5'
		]);
		expect(error!.message).toMatch(/^Invalid lead: company_name: is required; /);
	});

	it('reads head counts and dates as CRM exports write them', () => {
		const read = (employee_count: unknown, call_date?: unknown) =>
			v.parse(Lead, { company_name: 'A', employee_count, call_date });
		expect(read('1,200').employee_count).toBe(1200);
		expect(read('51-200').employee_count).toBe(126);
		expect(read('10,001+ employees').employee_count).toBe(10001);
		expect(read('5k').employee_count).toBe(5000);
		expect(read(' ').employee_count).toBeUndefined();
		expect(read(null, 'Dec 3, 2026').call_date).toBe('2026-12-03');
		expect(read(null, '3 December 2026').call_date).toBe('2026-12-03');
		expect(read(null, '23/11/2026').call_date).toBe('2026-11-23');
		expect(read(null, '11/23/2026').call_date).toBe('2026-11-23');
		expect(read(null, '03.12.2026').call_date).toBe('2026-12-03');
		expect(read(null, '2026-11-23T10:00:00Z').call_date).toBe('2026-11-23T10:00:00Z');
		const wrong = v.safeParse(Lead, { company_name: 'A', employee_count: 'lots' });
		expect(wrong.issues?.map((i) => i.message)).toEqual([
			'expected a head count such as 120, "1,200" or "51-200", got "lots"'
		]);
		expect(
			v.safeParse(Lead, { company_name: 'A', employee_count: 12.5 }).issues?.[0]?.message
		).toBe('must be a whole number');
	});

	it('rejects an impossible date and a transcript segment without text', () => {
		expect(v.safeParse(Lead, { company_name: 'A', call_date: '2025-02-30T25:00' }).success).toBe(
			false
		);
		const r = v.safeParse(Lead, {
			company_name: 'A',
			call_transcript: { speech_segments: [{ speaker: 'x' }] }
		});
		expect(r.success).toBe(false);
		expect(r.issues?.map((i) => v.getDotPath(i))).toContain(
			'call_transcript.speech_segments.0.text'
		);
	});
});

describe('Outcome and LabeledCall', () => {
	it('reads 0/1, booleans and yes/no as flags and rejects anything else', () => {
		expect(v.parse(Outcome, { lead_id: 'L1', progressed: '1', voice_ai: 'no' })).toEqual({
			lead_id: 'L1',
			progressed: true,
			voice_ai: false
		});
		expect(v.safeParse(Outcome, { lead_id: 'L1', progressed: 2 }).success).toBe(false);
		expect(v.safeParse(LabeledCall, { company_name: 'A', progressed: 1 }).success).toBe(false);
	});
});

describe('ScoreResult', () => {
	it('accepts the seed contract and rejects out-of-range scores', () => {
		const result = {
			qualification_score: 87,
			voice_ai_fit: 92,
			progression_probability: 0.78,
			recommendation: 'AE_HANDOFF',
			reasoning: ['Strong Voice AI signals detected'],
			priority: 'HIGH_VOICE_AI',
			confidence: 0.85,
			model_version: 'retrain_20240205_143022'
		};
		expect(v.safeParse(ScoreResult, result).success).toBe(true);
		expect(v.safeParse(ScoreResult, { ...result, qualification_score: 101 }).success).toBe(false);
		expect(v.safeParse(ScoreResult, { ...result, recommendation: 'MAYBE' }).success).toBe(false);
	});
});

describe('parseBatch', () => {
	it('keeps valid records and reports the others by index', () => {
		const { valid, errors } = parseBatch(Lead, [
			{ company_name: 'A' },
			{ company_name: '' },
			'not an object',
			{ company_name: 'D', employee_count: 1.5 }
		]);
		expect(valid.map((r) => [r.index, r.value.company_name])).toEqual([[0, 'A']]);
		expect(errors.map(formatIssue)).toEqual([
			'record 1, company_name: must not be empty',
			'record 2, (record): expected Object, got "not an object"',
			'record 3, employee_count: must be a whole number'
		]);
	});
});
