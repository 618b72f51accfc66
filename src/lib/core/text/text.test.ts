import { describe, expect, it } from 'vitest';
import type { Lead } from '../schema/lead';
import { forEachLeadTerm, hashLead } from './document';
import { fitFtrl } from './ftrl';
import { TextModel, textModelToJson } from './model';
import { fitTextModel } from './stack';
import { forEachTerm } from './terms';
import { highlightSegments } from './highlight';
import { wordingChanges } from './changes';

const terms = (text: string) => {
	const out: { hash: number; words: string }[] = [];
	forEachTerm(text, 'call', (hash, start, end) =>
		out.push({ hash, words: text.slice(start, end) })
	);
	return out;
};
const hashOf = (text: string, words: string) => terms(text).find((t) => t.words === words)!.hash;
const lead = (call_notes: string, description?: string): Lead => ({
	company_name: 'Acme',
	call_notes,
	...(description ? { description } : {})
});

describe('terms', () => {
	it('words and the pairs of a clause; no pair across a clause break', () => {
		expect(terms('budget approved, pilot next week').map((t) => t.words)).toEqual([
			'budget',
			'approved',
			'budget approved',
			'pilot',
			'next',
			'pilot next',
			'week',
			'next week'
		]);
	});

	it('a word after a negation cue in its clause is another term; "but" and clause ends close the scope', () => {
		const plain = hashOf('budget approved', 'budget');
		expect(hashOf('no budget', 'budget')).not.toBe(plain);
		expect(hashOf("they don't have budget", 'budget')).not.toBe(plain);
		expect(hashOf('not now. budget approved', 'budget')).toBe(plain);
		expect(hashOf('no rush but budget approved', 'budget')).toBe(plain);
	});

	it('the same word in the description is another term than in the call', () => {
		const seen: Record<string, number[]> = {};
		forEachLeadTerm(lead('voice', 'voice'), (field, hash) => (seen[field] ??= []).push(hash));
		expect(seen.call).toHaveLength(1);
		expect(seen.description).toHaveLength(1);
		expect(seen.call![0]).not.toBe(seen.description![0]);
	});

	it('hashLead: distinct signed buckets in order, empty without text', () => {
		const doc = hashLead(lead('pilot pilot pilot approved'), 18);
		expect([...doc]).toEqual([...new Set(doc)].sort((a, b) => a - b));
		expect(doc.length).toBe(4); // pilot, approved, "pilot pilot", "pilot approved"
		expect(hashLead({ company_name: 'Acme' }, 18).length).toBe(0);
	});
});

/** 200 leads: "pilot" progresses, "retell" does not, filler words say nothing. */
function corpus() {
	const leads: Lead[] = [];
	const y: number[] = [];
	for (let i = 0; i < 200; i++) {
		const good = i % 2 === 0;
		leads.push(lead(`${good ? 'pilot agreed' : 'uses retell'} filler${i % 7} words here`));
		y.push(good ? 1 : 0);
	}
	return { leads, y: Uint8Array.from(y) };
}

describe('text models', () => {
	it('FTRL learns which words predict, and L1 leaves the rest at zero', () => {
		const { leads, y } = corpus();
		const model = fitFtrl(
			leads.map((l) => hashLead(l, 12)),
			y,
			{ bits: 12, seed: 1, l1: 2 }
		);
		const text = new TextModel(textModelToJson(model, 12, 1, {}));
		expect(text.margin(lead('pilot agreed'))).toBeGreaterThan(1);
		expect(text.margin(lead('uses retell'))).toBeLessThan(-1);
		const words = text.read(lead('uses retell, filler3 words')).terms;
		expect(words[0]!.contribution).toBeLessThan(0);
		expect(['retell', 'uses', 'uses retell']).toContain(words[0]!.phrase);
		// filler words appear in both classes: L1 keeps them out of the model.
		expect(words.every((w) => !w.phrase.startsWith('filler'))).toBe(true);
	});

	it('a margin is exactly the bias plus its terms’ contributions; no text → missing', () => {
		const { leads, y } = corpus();
		const fitted = fitTextModel(
			leads.map((l) => hashLead(l, 18)),
			y,
			Uint32Array.from(leads.keys()),
			{ seed: 3 }
		);
		const text = new TextModel(fitted.json);
		const probe = lead('pilot agreed, uses retell; filler2 words here and here');
		const { margin, terms } = text.read(probe);
		const sum = terms.reduce((s, t) => s + t.contribution, text.bias);
		expect(text.margin(probe)).toBeCloseTo(sum, 5);
		// One pass gives the margin the trees see, to the bit.
		expect(margin).toBe(text.margin(probe));
		expect(text.margin({ company_name: 'Acme' })).toBeNaN();
		expect(text.read({ company_name: 'Acme' }).margin).toBeNaN();
	});

	it('a limited read keeps the strongest terms, ties in text order, as a full sort would', () => {
		// A hundred weighted buckets, with four magnitudes between them: many ties.
		const weights = Array.from({ length: 100 }, (_, i) => (i % 2 ? -1 : 1) * 2 ** -(i % 4));
		const buckets = weights.map((_, i) => 10 * i);
		const text = new TextModel({ bits: 10, bias: 0, buckets, weights, folds: 1, params: {} });
		// Words land in the ten-bit space by their hash: a long note covers every weighted bucket.
		const probe = lead(
			Array.from({ length: 400 }, (_, i) => `w${i}`)
				.join(' ')
				.concat('. ', Array.from({ length: 400 }, (_, i) => `v${i}`).join(', '))
		);
		const all = text.read(probe).terms;
		expect(all.length).toBeGreaterThan(40);
		// Equal weights exist, so the order of ties is tested, not only the magnitudes.
		expect(new Set(all.map((t) => Math.abs(t.contribution))).size).toBeLessThan(all.length);
		// Text order is the order terms end in (a word, then the pair it closes), call first.
		const place = (t: (typeof all)[number]) =>
			(t.field === 'call' ? 0 : 1e12) + t.end * 1e6 - t.start;
		for (let i = 1; i < all.length; i++) {
			const [a, b] = [all[i - 1]!, all[i]!];
			const [sa, sb] = [Math.abs(a.contribution), Math.abs(b.contribution)];
			expect(sa > sb || (sa === sb && place(a) < place(b)), `${i}`).toBe(true);
		}
		for (const limit of [1, 3, 10, 40, all.length + 1])
			expect(text.read(probe, limit).terms).toEqual(all.slice(0, limit));
	});

	it('stacked honestly: a training row’s margin does not depend on its own label', () => {
		const { leads, y } = corpus();
		const docs = leads.map((l) => hashLead(l, 18));
		const fit = Uint32Array.from(leads.keys());
		const base = fitTextModel(docs, y, fit, { seed: 5 });
		const flipped = Uint8Array.from(y);
		flipped[10] = 1 - flipped[10]!;
		const other = fitTextModel(docs, flipped, fit, { seed: 5 });
		expect(other.margins[10]).toBe(base.margins[10]);
		// …while the shipped model, fitted on every row, did see it.
		expect(other.json.weights).not.toEqual(base.json.weights);
	});

	it('cross-fitted by group: a group’s margins do not depend on any label of that group', () => {
		const { leads, y } = corpus();
		const docs = leads.map((l) => hashLead(l, 18));
		const fit = Uint32Array.from(leads.keys());
		const groups = leads.map((_, i) => i % 3);
		const base = fitTextModel(docs, y, fit, { seed: 5, groups });
		expect(base.json.folds).toBe(3);
		const flipped = y.map((label, i) => (groups[i] === 0 ? 1 - label : label));
		const other = fitTextModel(docs, flipped, fit, { seed: 5, groups });
		leads.forEach((_, i) => {
			if (groups[i] === 0) expect(other.margins[i]).toBe(base.margins[i]);
		});
		expect(other.margins.some((m, i) => groups[i] !== 0 && m !== base.margins[i])).toBe(true);
		expect(() => fitTextModel(docs, y, fit, { seed: 5, groups: groups.map(() => 0) })).toThrow(
			/two groups/
		);
	});
});

describe('highlighting', () => {
	it('sums overlapping spans per character and merges equal runs; ignores spans outside the text', () => {
		const text = 'on retell ai now';
		const segments = highlightSegments(
			text,
			[
				{ field: 'call_notes', start: 3, end: 9, contribution: -0.5 }, // "retell"
				{ field: 'call_notes', start: 3, end: 12, contribution: -0.25 }, // "retell ai"
				{ field: 'description', start: 0, end: 2, contribution: 1 },
				{ field: 'call_notes', start: 10, end: 99, contribution: 1 }
			],
			'call_notes'
		);
		expect(segments).toEqual([
			{ text: 'on ', weight: 0 },
			{ text: 'retell', weight: -0.75 },
			{ text: ' ai', weight: -0.25 },
			{ text: ' now', weight: 0 }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});
});

describe('wording changes', () => {
	it('names the words whose weight moved most between two models', () => {
		const { leads, y } = corpus();
		const docs = leads.map((l) => hashLead(l, 18));
		const fit = Uint32Array.from(leads.keys());
		const before = new TextModel(fitTextModel(docs, y, fit, { seed: 1 }).json);
		// The world changed: "retell" now comes with progress and "pilot" without.
		const after = new TextModel(
			fitTextModel(
				docs,
				Uint8Array.from(y, (v) => 1 - v),
				fit,
				{ seed: 1 }
			).json
		);
		const changes = wordingChanges(before, after, leads, 5);
		expect(changes.length).toBe(5);
		expect(changes.some((c) => /retell|pilot|agreed|uses/.test(c.phrase))).toBe(true);
		const retell = changes.find((c) => c.phrase.includes('retell') || c.phrase.includes('uses'))!;
		expect(retell.before).toBeLessThan(0);
		expect(retell.after).toBeGreaterThan(0);
		expect(wordingChanges(before, before, leads)).toEqual([]);
	});
});
