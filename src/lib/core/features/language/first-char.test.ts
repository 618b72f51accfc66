import RandExp from 'randexp';
import { describe, expect, it } from 'vitest';
import * as LEXICON from './lexicon';
import { alternatives, expandHead, firstChars, literalHead, literalSplits } from './first-char';

const full = (source: string) => new RegExp(`^(?:${source})$`);

const patterns: string[] = [];
const walk = (x: unknown): void => {
	if (typeof x === 'string') patterns.push(x);
	else if (Array.isArray(x)) x.forEach(walk);
	else if (x && typeof x === 'object') Object.values(x).forEach(walk);
};
walk(LEXICON);
let seed = 7;
/** A string the pattern matches, drawn reproducibly. */
const draw = (source: string) => {
	const r = new RandExp(source);
	r.max = 2;
	r.randInt = (a: number, b: number) => {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		// The high bits: an LCG's low bit only alternates, and would pair the draws' choices.
		return a + ((seed >>> 12) % (b - a + 1));
	};
	return r.gen();
};

describe('expandHead', () => {
	it('expands a leading group, optional character, small class or \\d', () => {
		expect(expandHead('(?:a |the )?budget')).toEqual(['a budget', 'the budget', 'budget']);
		expect(expandHead('s?vp')).toEqual(['svp', 'vp']);
		expect(expandHead('[13]0[- ]day')).toEqual(['10[- ]day', '30[- ]day']);
		expect(expandHead('(?:q|h)\\d')).toEqual(['q\\d', 'h\\d']);
		expect(expandHead('\\$[\\d.,]+')).toEqual(['\\$[\\d.,]+']);
		expect(literalHead('\\$[\\d.,]+')).toBe('\\$');
	});

	it('leaves what it cannot expand exactly, or would expand too far', () => {
		expect(expandHead('\\d+ voices')).toBeUndefined();
		expect(expandHead('(?=a)b')).toBeUndefined();
		expect(expandHead('[^a]b')).toBeUndefined();
		expect(expandHead('(?:a|b)+c')).toBeUndefined();
		expect(expandHead('[a-z][a-z][a-z]x')).toBeUndefined();
	});

	it('matches exactly what the pattern matches, for every phrase of the vocabulary', () => {
		let expanded = 0;
		for (const alternative of new Set(patterns.flatMap(alternatives))) {
			const parts = expandHead(alternative);
			if (!parts) continue;
			expanded++;
			const original = full(alternative);
			const union = full(parts.join('|'));
			for (const part of parts)
				expect(part.startsWith(literalHead(part) ?? '\u0000'), part).toBe(true);
			// Both ways on draws from each side. A draw may ignore a lookahead ("$0 earmarked"
			// from (?!0 )), so the two must agree on it rather than both accept it.
			for (let k = 0; k < 3; k++) {
				const a = draw(alternative);
				expect(union.test(a), `${a} ← ${alternative}`).toBe(original.test(a));
				const b = draw(parts[k % parts.length]!);
				expect(original.test(b), `${b} ← ${parts.join(' | ')}`).toBe(union.test(b));
			}
		}
		expect(expanded).toBeGreaterThan(900);
	});

	// The scanner's match would start on the space, before the phrase that starts on the word
	// ("…, not a fit" read as a cue alone, never as the verdict).
	it('has no phrase that can start on a space', () => {
		for (const alternative of new Set(patterns.flatMap(alternatives)))
			for (let k = 0; k < 16; k++) {
				const phrase = draw(alternative);
				expect(/^\s/.test(phrase), `"${phrase}" ← ${alternative}`).toBe(false);
			}
	});
});

describe('literalSplits', () => {
	it('takes literal characters, escapes undone, and expands small groups after them', () => {
		expect(literalSplits('voice (?:agents?|bots?)')).toEqual([
			{ literal: 'voice agents', tail: '' },
			{ literal: 'voice agent', tail: '' },
			{ literal: 'voice bots', tail: '' },
			{ literal: 'voice bot', tail: '' }
		]);
		expect(literalSplits('call\\.?')).toEqual([
			{ literal: 'call.', tail: '' },
			{ literal: 'call', tail: '' }
		]);
		expect(literalSplits('\\$\\d+k')).toEqual([{ literal: '$', tail: '\\d+k' }]);
		expect(literalSplits('a\\bc')).toEqual([{ literal: 'a', tail: '\\bc' }]);
		expect(literalSplits('ai (?:agents?|bots?) \\w+', 4)).toEqual([
			{ literal: 'ai agents ', tail: '\\w+' },
			{ literal: 'ai agent ', tail: '\\w+' },
			{ literal: 'ai bots ', tail: '\\w+' },
			{ literal: 'ai bot ', tail: '\\w+' }
		]);
		expect(literalSplits('ai (?:agents?|bots?) \\w+', 2)).toEqual([
			{ literal: 'ai agent', tail: 's? \\w+' },
			{ literal: 'ai bot', tail: 's? \\w+' }
		]);
		expect(literalSplits('\\d+ voices')).toBeUndefined();
	});

	it('matches exactly what the pattern matches, for every phrase of the vocabulary', () => {
		const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
		for (const alternative of new Set(patterns.flatMap(alternatives))) {
			const parts = literalSplits(alternative);
			if (!parts) continue;
			const original = full(alternative);
			const union = full(parts.map((p) => `${escape(p.literal)}(?:${p.tail})`).join('|'));
			for (let k = 0; k < 3; k++) {
				const a = draw(alternative);
				expect(union.test(a), `${a} ← ${alternative}`).toBe(original.test(a));
				const part = parts[k % parts.length]!;
				const b = part.literal + draw(part.tail === '' ? '' : part.tail);
				expect(original.test(b), `${b} ← ${part.literal} + ${part.tail}`).toBe(union.test(b));
			}
		}
	});
});

describe('firstChars', () => {
	it('names every character a match can start with, optional classes included', () => {
		expect(firstChars('[- ]?(?:suite|level)')?.sort()).toEqual([' ', '-', 'l', 's']);
		expect(firstChars('[\\d,]?k')?.sort()).toEqual([',', ...'0123456789', 'k']);
		expect(firstChars('\\.com')).toEqual(['.']);
		expect(firstChars('(?:a|b)?c')).toEqual(['a', 'b', 'c']);
	});

	it('reads digits with a quantifier, groups and alternations that cannot be expanded', () => {
		expect(firstChars('\\d{1,2}:\\d{2}')).toEqual([...'0123456789']);
		expect(firstChars('(?:\\d+\\+?|hundreds of) voices')?.sort()).toEqual([...'0123456789h']);
		expect(firstChars('years away|\\d+x')?.sort()).toEqual([...'0123456789y']);
		for (const pattern of ['\\d{0,2}x', '\\d*x', 'a|', '(?:a|)', '(?:\\d+)+x'])
			expect(firstChars(pattern), pattern).toBeUndefined();
	});

	it('says nothing when a match can be empty or its start is unknown', () => {
		for (const pattern of ['s?', '[\\d.,]*', '\\bfoo', '\\u00e9x', '[-\\s]?x', '(?=a)a', '.x'])
			expect(firstChars(pattern), pattern).toBeUndefined();
	});

	it('holds for every tail and unindexed alternative of the vocabulary: each match starts with one of them', () => {
		let known = 0;
		for (const alternative of new Set(patterns.flatMap(alternatives)))
			// The tails after each literal beginning, or the whole alternative when it has none.
			for (const { tail } of literalSplits(alternative) ?? [{ tail: alternative }]) {
				const first = firstChars(tail);
				if (!first) continue;
				known++;
				for (let k = 0; k < 4; k++) {
					const match = draw(tail);
					expect(first.includes(match[0] ?? ''), `"${match}" ← ${tail}`).toBe(true);
				}
			}
		expect(known).toBeGreaterThan(100);
	});
});
