import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../io';
import { FELLOW_CALLS_COLUMNS, LabeledCall } from '../schema';
import { voiceAiSignals } from '../features';
import { bayesReport, generateCalls } from './generate';

describe('generateCalls', () => {
	const { calls, truth } = generateCalls({ rows: 20_000, seed: 1 });

	it('is deterministic for a seed and differs across seeds', () => {
		const a = writeCsv(generateCalls({ rows: 300, seed: 9 }).calls, FELLOW_CALLS_COLUMNS);
		const b = writeCsv(generateCalls({ rows: 300, seed: 9 }).calls, FELLOW_CALLS_COLUMNS);
		const c = writeCsv(generateCalls({ rows: 300, seed: 10 }).calls, FELLOW_CALLS_COLUMNS);
		expect(a).toBe(b);
		expect(c).not.toBe(a);
	});

	it('writes valid fellow_calls rows with exactly the documented columns, sorted by date', () => {
		for (const call of calls.slice(0, 2000)) {
			for (const key of Object.keys(call)) expect(FELLOW_CALLS_COLUMNS).toContain(key);
			expect(v.safeParse(LabeledCall, call).success).toBe(true);
		}
		const dates = calls.map((c) => c.call_date);
		expect([...dates].sort()).toEqual(dates);
	});

	it('hits the difficulty targets: base rates and Bayes-optimal accuracy', () => {
		const r = bayesReport(truth, calls);
		expect(r.progressed.base_rate).toBeGreaterThan(0.35);
		expect(r.progressed.base_rate).toBeLessThan(0.45);
		expect(r.progressed.bayes_accuracy).toBeGreaterThan(0.85);
		expect(r.progressed.bayes_accuracy).toBeLessThan(0.9);
		expect(r.voice_ai.base_rate).toBeGreaterThan(0.1);
		expect(r.voice_ai.base_rate).toBeLessThan(0.2);
		expect(r.voice_ai.bayes_auc).toBeGreaterThan(0.93);
		// Labels are drawn, not copied: the truth is not 0/1.
		expect(truth.progressed.some((p) => p > 0.2 && p < 0.8)).toBe(true);
	});

	it('looks like CRM data: heavy-tailed sizes, ~1.5 KB notes, some missing fields, negated mentions', () => {
		const sizes = calls
			.flatMap((c) => (typeof c.employee_count === 'number' ? [c.employee_count] : []))
			.sort((a, b) => a - b);
		const median = sizes[sizes.length >> 1]!;
		expect(median).toBeGreaterThan(80);
		expect(median).toBeLessThan(600);
		expect(sizes.at(-1)! / median).toBeGreaterThan(50);
		const lengths = calls.map((c) => c.call_notes.length).sort((a, b) => a - b);
		expect(lengths[lengths.length >> 1]).toBeGreaterThan(1000);
		expect(lengths[lengths.length >> 1]).toBeLessThan(3000);
		const missing = (k: string) => calls.filter((c) => !(k in c)).length / calls.length;
		expect(missing('employee_count')).toBeGreaterThan(0.03);
		expect(missing('employee_count')).toBeLessThan(0.07);
		expect(missing('sentiment')).toBeGreaterThan(0.07);
		expect(new Set(calls.map((c) => c.industry)).size).toBeGreaterThanOrEqual(15);
		const negated = calls
			.slice(0, 2000)
			.filter((c) => voiceAiSignals(c.call_notes).negated > 0).length;
		expect(negated).toBeGreaterThan(100);
	});

	it('drifts: Voice AI interest rises over the date range', () => {
		const half = calls.length / 2;
		const rate = (part: typeof calls) => part.filter((c) => c.voice_ai === 1).length / part.length;
		expect(rate(calls.slice(half))).toBeGreaterThan(rate(calls.slice(0, half)) + 0.02);
	});

	it('rejects impossible options', () => {
		expect(() => generateCalls({ rows: 0, seed: 1 })).toThrow(/rows/);
		expect(() => generateCalls({ rows: 5, seed: 1, start: 'soon' })).toThrow(/start/);
	});
});
