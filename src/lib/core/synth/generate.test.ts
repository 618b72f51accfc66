import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../io';
import { createRandom } from '../random';
import { FELLOW_CALLS_COLUMNS, LabeledCall } from '../schema';
import { drawCompany } from './companies';
import { Draw } from './draw';
import { bayesReport, generateCalls, type GeneratedCall } from './generate';
import { INDUSTRIES } from './industries';
import { firstPerson } from './pen';
import { asWritten, OMISSION, planNote, STYLES, TOPICS, UNINFORMATIVE, type Style } from './plan';
import { drawTraits, progressionProbability } from './traits';
import { AUTHORITY } from './vocabulary/authority';
import { BUDGET } from './vocabulary/budget';
import { DEPTH } from './vocabulary/depth';
import { INCUMBENT } from './vocabulary/incumbent';
import { NEXT_STEPS } from './vocabulary/next-steps';
import type { Phrasing } from './vocabulary/register';
import { TIMELINE } from './vocabulary/timeline';
import { VOICE_INTENT } from './vocabulary/voice';
import { VOICE_PRODUCTS } from './voice-products';

/** Which style wrote a note, from its shape alone. */
function styleOf(notes: string): Style | 'unknown' {
	const lines = notes.split('\n');
	if (/^\[\d\d:\d\d:\d\d\] /.test(notes)) return 'transcript';
	if (notes.startsWith('Subject: ')) return 'email_recap';
	if (/^(#{2,3} |\*\*)/.test(notes)) return 'fellow_summary';
	const bulleted = lines.filter((l) => /^[-*•]/.test(l)).length;
	if (bulleted >= 2 && bulleted >= lines.length - 1) return 'bullets';
	if (/^(intro w\/|disco call w\/|call: |spoke w\/)/i.test(notes) && lines.length <= 3)
		return 'crm_terse';
	if (/^(had (the|teh) intro|quick recap on|notes from my call|spoke to )/i.test(notes))
		return 'narrative';
	return 'unknown';
}

describe('generateCalls', () => {
	const { calls, truth } = generateCalls({ rows: 20_000, seed: 1 });
	const withCall = calls.filter((c) => c.call_notes);
	const share = (part: GeneratedCall[], of: GeneratedCall[] = calls) => part.length / of.length;

	it('is deterministic for a seed and differs across seeds', () => {
		const a = writeCsv(generateCalls({ rows: 300, seed: 9 }).calls, FELLOW_CALLS_COLUMNS);
		const b = writeCsv(generateCalls({ rows: 300, seed: 9 }).calls, FELLOW_CALLS_COLUMNS);
		const c = writeCsv(generateCalls({ rows: 300, seed: 10 }).calls, FELLOW_CALLS_COLUMNS);
		const plain = writeCsv(
			generateCalls({ rows: 300, seed: 9, world: {} }).calls,
			FELLOW_CALLS_COLUMNS
		);
		expect(a).toBe(b);
		expect(plain).toBe(a);
		expect(c).not.toBe(a);
	});

	it('writes valid fellow_calls rows with exactly the documented columns, sorted by date', () => {
		for (const call of calls.slice(0, 2000)) {
			for (const key of Object.keys(call)) expect(FELLOW_CALLS_COLUMNS).toContain(key);
			expect(v.safeParse(LabeledCall, call).success).toBe(true);
			expect(call.call_notes).not.toMatch(/[{}]/);
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
		expect(r.voice_ai.base_rate).toBeLessThan(0.4);
		expect(r.voice_ai.bayes_auc).toBeGreaterThan(0.93);
		// Labels are drawn, not copied: the truth is not 0/1.
		expect(truth.progressed.some((p) => p > 0.2 && p < 0.8)).toBe(true);
	});

	it('writes every style, Fellow summaries somewhat more often', () => {
		const counts = new Map<string, number>();
		for (const c of withCall)
			counts.set(styleOf(c.call_notes), (counts.get(styleOf(c.call_notes)) ?? 0) + 1);
		const of = (s: string) => (counts.get(s) ?? 0) / withCall.length;
		expect(of('unknown')).toBe(0);
		for (const s of STYLES) {
			expect(of(s)).toBeGreaterThan(s === 'fellow_summary' ? 0.2 : 0.11);
			expect(of(s)).toBeLessThan(s === 'fellow_summary' ? 0.3 : 0.2);
		}
	});

	it('writes transcripts with rep and prospect lines, the rep pitching Voice AI to anyone', () => {
		const transcripts = withCall.filter((c) => styleOf(c.call_notes) === 'transcript');
		for (const t of transcripts.slice(0, 300)) {
			const speakers = t.call_notes.split('\n').map((l) => /^\[[\d:]+\] ([^:]+):/.exec(l)![1]!);
			expect(speakers.some((s) => / \((SDR|AE)\)$/.test(s))).toBe(true);
			expect(speakers.some((s) => !/ \((SDR|AE|SE)\)$/.test(s))).toBe(true);
		}
		const pitched = (c: GeneratedCall) =>
			/we also have AI voice agents|we do voice AI too/i.test(c.call_notes);
		const pitchedTo = (label: 0 | 1) =>
			share(
				transcripts.filter((c) => c.voice_ai === label && pitched(c)),
				transcripts.filter((c) => c.voice_ai === label)
			);
		expect(pitchedTo(0)).toBeGreaterThan(0.1);
	});

	it('leaves out what did not come up: often when uninformative, rarely otherwise', () => {
		const d = new Draw(createRandom(3));
		const n = 20_000;
		/** Per topic: [left out, of] at the uninformative level, at the others, and left out overall. */
		const left = Object.fromEntries(
			TOPICS.map((t) => [
				t,
				{ quiet: [0, 0] as [number, number], told: [0, 0] as [number, number], all: 0 }
			])
		);
		for (let i = 0; i < n; i++) {
			const c = drawCompany(d);
			const tr = drawTraits(d, c, 0.5);
			const plan = planNote(d, c, tr, new Date('2025-05-01'), [], 3);
			for (const t of TOPICS) {
				const out = plan.told[t] === undefined ? 1 : 0;
				const bucket = left[t]![tr[t] === UNINFORMATIVE[t] ? 'quiet' : 'told'];
				bucket[0] += out;
				bucket[1]++;
				left[t]!.all += out;
			}
		}
		expect(left.budget!.all / n).toBeGreaterThan(0.3);
		for (const t of TOPICS) {
			const { quiet, told } = left[t]!;
			expect(quiet[0] / quiet[1]).toBeGreaterThan(0.5);
			expect(told[0] / told[1]).toBeLessThan(0.06);
		}
		for (const s of STYLES) expect(OMISSION[s].told).toBeLessThanOrEqual(0.08);
	});

	it('hands off most booked AE meetings, even when the notes leave budget and timeline out', () => {
		const d = new Draw(createRandom(4));
		// [Σ P(progressed), calls]: steps 0–2 as written, a step left out, and a booked meeting
		// whose notes leave budget and timeline out.
		const byStep = Array.from({ length: 5 }, () => [0, 0] as [number, number]);
		let untold = 0;
		for (let i = 0; i < 20_000; i++) {
			const c = drawCompany(d);
			const tr = drawTraits(d, c, 0.5);
			const plan = planNote(d, c, tr, new Date('2025-05-01'), [], 3);
			const p = progressionProbability(asWritten(tr, plan.told), c, 0, plan.next);
			const add = (k: number) => {
				byStep[k]![0] += p;
				byStep[k]![1]++;
			};
			if (plan.next !== undefined) add(plan.next);
			else {
				untold++;
				add(3);
			}
			if (plan.next === 2 && !('budget' in plan.told) && !('timeline' in plan.told)) add(4);
		}
		const rate = (k: number) => byStep[k]![0] / byStep[k]![1];
		// The team's real calls: 1%, 20%, 89%, 40% and 83% (data/real/README.md).
		expect(rate(0)).toBeLessThan(0.03);
		expect(rate(1)).toBeGreaterThan(0.08);
		expect(rate(1)).toBeLessThan(0.3);
		expect(rate(2)).toBeGreaterThan(0.75);
		expect(rate(4)).toBeGreaterThan(0.6);
		// Left out whatever it was, and then read as neither good nor bad: real readers miss steps.
		expect(untold / 20_000).toBeGreaterThan(0.08);
		expect(untold / 20_000).toBeLessThan(0.16);
		expect(rate(3)).toBeGreaterThan(0.3);
		expect(rate(3)).toBeLessThan(0.6);
	});

	it('has leads without a call (company fields only) and a few without a description', () => {
		const noCall = calls.filter((c) => !c.call_notes);
		expect(share(noCall)).toBeGreaterThan(0.09);
		expect(share(noCall)).toBeLessThan(0.15);
		for (const c of noCall) {
			expect(c.description).toBeTruthy();
			expect('products_discussed' in c || 'sentiment' in c).toBe(false);
			expect(v.parse(LabeledCall, c).call_notes).toBeUndefined();
		}
		const noDescription = share(calls.filter((c) => !c.description));
		expect(noDescription).toBeGreaterThan(0.015);
		expect(noDescription).toBeLessThan(0.045);
	});

	it('gives speech-AI companies Voice AI labels and near-miss companies the wording without it', () => {
		const rate = (part: GeneratedCall[]) =>
			share(
				part.filter((c) => c.voice_ai === 1),
				part
			);
		const convAi = calls.filter((c) => c.industry === 'Conversational AI');
		expect(rate(convAi)).toBeGreaterThan(0.6);
		const chatbots = calls.filter((c) =>
			/text chatbot|LLM orchestration|GPU inference/.test(String(c.description ?? ''))
		);
		expect(chatbots.length).toBeGreaterThan(20);
		// Their calls can still state a Voice AI project (exploring counts), so the gap is smaller.
		expect(rate(chatbots)).toBeLessThan(rate(convAi) - 0.2);
	});

	it('names the new competitor wherever the notes name the incumbent', () => {
		const world = { competitor: { name: 'Retell AI', share: 1, effect: -2 } };
		const rivals = generateCalls({ rows: 3000, seed: 2, world }).calls.filter((c) =>
			c.call_notes.includes('Retell AI')
		);
		expect(rivals.length).toBeGreaterThan(600);
		expect(new Set(rivals.map((c) => styleOf(c.call_notes))).size).toBe(STYLES.length);
	});

	it('looks like CRM data: heavy-tailed sizes, notes short and long, some missing fields, typing noise', () => {
		const sizes = calls
			.flatMap((c) => (typeof c.employee_count === 'number' ? [c.employee_count] : []))
			.sort((a, b) => a - b);
		const median = sizes[sizes.length >> 1]!;
		expect(median).toBeGreaterThan(80);
		expect(median).toBeLessThan(600);
		expect(sizes.at(-1)! / median).toBeGreaterThan(50);
		const lengths = withCall.map((c) => c.call_notes.length).sort((a, b) => a - b);
		expect(lengths[lengths.length >> 1]).toBeGreaterThan(400);
		expect(lengths[lengths.length >> 1]).toBeLessThan(2000);
		expect(lengths[Math.floor(lengths.length * 0.05)]).toBeLessThan(250);
		const missing = (k: string) => share(calls.filter((c) => !(k in c)));
		expect(missing('employee_count')).toBeGreaterThan(0.03);
		expect(missing('employee_count')).toBeLessThan(0.07);
		expect(missing('sentiment')).toBeGreaterThan(0.07);
		expect(new Set(calls.map((c) => c.industry)).size).toBeGreaterThanOrEqual(15);
		const typed = (pattern: RegExp) => withCall.filter((c) => pattern.test(c.call_notes)).length;
		expect(typed(/\bw\/ /)).toBeGreaterThan(1000);
		expect(typed(/\b(definately|recieve|calender|thier|untill|teh)\b/)).toBeGreaterThan(50);
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

describe('vocabulary', () => {
	const count = (p: Phrasing) => p.terse.length + p.prose.length + p.spoken.length;

	it('writes each trait level at least ten ways', () => {
		for (const bank of [VOICE_INTENT, BUDGET, TIMELINE, AUTHORITY, INCUMBENT, DEPTH, NEXT_STEPS])
			for (const level of bank) expect(count(level)).toBeGreaterThanOrEqual(10);
	});

	it('describes speech-AI products at least forty ways, each as a verb phrase', () => {
		const lines = Object.values(VOICE_PRODUCTS).flat();
		expect(new Set(lines).size).toBeGreaterThanOrEqual(40);
		for (const line of [...lines, ...INDUSTRIES.flatMap((i) => i.does)]) {
			expect(line).toMatch(/^[a-z]+s /);
			expect(firstPerson(line)).not.toBe(line);
		}
		for (const i of INDUSTRIES) expect(VOICE_PRODUCTS[i.name]?.length).toBeGreaterThan(0);
	});
});
