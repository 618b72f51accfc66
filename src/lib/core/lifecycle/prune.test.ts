import { describe, expect, it } from 'vitest';
import type { CycleRecord } from './cycle-record';
import { prunableChallengers } from './prune';
import type { PointerChange, Pointers } from './store';

const cycle = (trained?: string, pruned?: string[]) =>
	({ trained, ...(pruned ? { pruned } : {}) }) as CycleRecord;
const held = (champion: string, challenger: string | null = null, since: string | null = null) => ({
	champion,
	challenger,
	challenger_since: since
});
const change = (previous: Pointers, next: Pointers) =>
	({ at: '', actor: '', reason: '', previous, next }) as PointerChange;

describe('prunableChallengers', () => {
	it('keeps the newest unserved challengers and names the older ones', () => {
		const cycles = ['v6', 'v5', 'v4', 'v3', 'v2', undefined, 'v1'].map((v) => cycle(v));
		expect(prunableChallengers(cycles, [], held('v0'), 3)).toEqual(['v3', 'v2', 'v1']);
	});

	it('never names what served: champions before and after, trial challengers, the current pointers', () => {
		const cycles = ['v6', 'v5', 'v4', 'v3', 'v2', 'v1'].map((v) => cycle(v));
		const history = [
			change(held('v0'), held('v1')), // v1 was promoted
			change(held('v1'), held('v1', 'v2', '2026-01-01')), // v2 served in a trial
			change(held('v1', 'v2', '2026-01-01'), held('v1', 'v3')) // v3 only kept
		];
		expect(prunableChallengers(cycles, history, held('v1', 'v6'), 1)).toEqual(['v4', 'v3']);
	});

	it('does not name a version twice', () => {
		const cycles = [cycle('v5', ['v1']), cycle('v4'), cycle('v3'), cycle('v2'), cycle('v1')];
		expect(prunableChallengers(cycles, [], held('v0'), 3)).toEqual(['v2']);
	});
});
