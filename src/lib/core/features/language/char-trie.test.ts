import { describe, expect, it } from 'vitest';
import { CharTrie } from './char-trie';

describe('CharTrie', () => {
	it('ends each key at its own node, shared prefixes shared, ASCII or not', () => {
		const keys = ['voice ai', 'voice', 'vo', '£5k', 'übergabe', 'ü', 'voice'];
		const { trie, ends } = CharTrie.of(keys);
		// The root, "voice ai" (8), "£5k" (3), "übergabe" (8): the other keys are prefixes of these.
		expect(trie.size).toBe(1 + 8 + 3 + 8);
		const walk = (key: string) =>
			[...key].reduce((at, c) => (at < 0 ? at : trie.child(at, c.charCodeAt(0))), 0);
		keys.forEach((k, i) => expect(walk(k), k).toBe(ends[i]));
		expect(ends[1]).toBe(ends[6]);
		expect(new Set(ends).size).toBe(6);
		expect(walk('voices')).toBe(-1);
		expect(walk('x')).toBe(-1);
	});
});
