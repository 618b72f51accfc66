import RandExp from 'randexp';
import { describe, expect, it } from 'vitest';
import * as LEXICON from './lexicon';
import { alternatives } from './first-char';
import { PhraseScanner } from './scanner';

const spans = (scanner: PhraseScanner<string>, text: string) => {
	const out: string[] = [];
	scanner.scan(text, (families, start, end) =>
		out.push(`${text.slice(start, end)}:${[...families].map((f) => scanner.names[f]).join('+')}`)
	);
	return out;
};

describe('PhraseScanner', () => {
	const scanner = new PhraseScanner({
		voice: ['voice(?: ai| agents?)?', 'ai (?:phone|voice) agents?'],
		distractor: ['brand voice'],
		stall: ['watching', 'watching, not buying', 'no plans to(?: move)?'],
		time: ['\\d{1,2}:\\d{2}(?: ?(?:am|pm))?'],
		agent: ['(?:ai|voice) agents?']
	});

	it('takes the longest phrase at the leftmost position', () => {
		expect(spans(scanner, 'our brand voice, not voice ai')).toEqual([
			'brand voice:distractor',
			'voice ai:voice'
		]);
		expect(spans(scanner, 'just watching, not buying')).toEqual(['watching, not buying:stall']);
		expect(spans(scanner, 'no plans to move off it')).toEqual(['no plans to move:stall']);
	});

	it('gives a phrase every family whose patterns match it', () => {
		expect(spans(scanner, 'voice agents')).toEqual(['voice agents:voice+agent']);
		expect(spans(scanner, 'an ai voice agent')).toEqual(['ai voice agent:voice']);
	});

	it('needs a word boundary at both ends', () => {
		expect(spans(scanner, 'voiceover invoice voice2 voice')).toEqual(['voice:voice']);
		expect(spans(scanner, 'xwatching watching')).toEqual(['watching:stall']);
	});

	it('reads alternatives with no literal beginning, longest first', () => {
		expect(spans(scanner, 'call at 4:12 pm, 10:30')).toEqual(['4:12 pm:time', '10:30:time']);
		expect(spans(scanner, 'a14:12')).toEqual([]);
	});

	it('refuses an alternative that matches the empty string', () => {
		expect(() => new PhraseScanner({ bad: ['voice|'] })).toThrow(/empty string/);
		expect(() => new PhraseScanner({ bad: ['(?:ai )?'] })).toThrow(/empty string/);
	});

	it('finds every phrase of the vocabulary written alone', () => {
		const families: Record<string, string[]> = {};
		const walk = (x: unknown, name: string): void => {
			if (typeof x === 'string') (families[name] ??= []).push(x);
			else if (Array.isArray(x)) x.forEach((y) => walk(y, name));
			else if (x && typeof x === 'object')
				Object.entries(x).forEach(([k, y]) => walk(y, `${name}.${k}`));
		};
		walk(LEXICON, 'lexicon');
		const vocabulary = new PhraseScanner(families);
		let seed = 11;
		let checked = 0;
		for (const alternative of new Set(Object.values(families).flat().flatMap(alternatives))) {
			const draw = new RandExp(alternative);
			draw.max = 2;
			draw.randInt = (a: number, b: number) => {
				seed = (seed * 1103515245 + 12345) % 2 ** 31;
				return a + ((seed >>> 12) % (b - a + 1));
			};
			const phrase = draw.gen();
			// A draw may break a lookahead or end on a letter a word boundary refuses.
			if (!new RegExp(`^(?:${alternative})$`).test(phrase) || /^\W|\W$/.test(phrase)) continue;
			const found: [number, number][] = [];
			vocabulary.scan(phrase, (_f, start, end) => found.push([start, end]));
			expect(found[0], `"${phrase}" ← ${alternative}`).toEqual([0, phrase.length]);
			checked++;
		}
		expect(checked).toBeGreaterThan(1000);
	});
});
