import { describe, expect, it } from 'vitest';
import { CharTrie } from './char-trie';

describe('CharTrie', () => {
	it('walks the same nodes frozen as the keys were added, ASCII or not', () => {
		const trie = new CharTrie();
		const keys = ['voice', 'voice ai', 'vo', '£5k', 'übergabe', 'ü'];
		const ends = keys.map((k) => trie.add(k));
		expect(trie.add('voice')).toBe(ends[0]);
		const size = trie.size;
		trie.freeze();
		expect(trie.size).toBe(size);
		const walk = (key: string) =>
			[...key].reduce((at, c) => (at < 0 ? at : trie.child(at, c.charCodeAt(0))), 0);
		keys.forEach((k, i) => expect(walk(k), k).toBe(ends[i]));
		expect(walk('voices')).toBe(-1);
		expect(walk('x')).toBe(-1);
		expect(() => trie.add('new')).toThrow(/frozen/);
	});
});
