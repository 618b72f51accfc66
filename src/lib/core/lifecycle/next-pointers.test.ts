import { describe, expect, it } from 'vitest';
import { afterTraining, afterTrial } from './next-pointers';

const NOW = '2026-03-01T23:00:00.000Z';
const held = { champion: 'c1', challenger: null, challenger_since: null };
const trial = { champion: 'c1', challenger: 'c2', challenger_since: '2026-02-20T23:00:00.000Z' };

describe('pointer decisions as a table', () => {
	it.each([
		['better', 'direct', 'promoted', { champion: 'new', challenger: null, challenger_since: null }],
		['better', 'shadow', 'trial', { champion: 'c1', challenger: 'new', challenger_since: NOW }],
		['better', 'ab', 'trial', { champion: 'c1', challenger: 'new', challenger_since: NOW }],
		[
			'inconclusive',
			'direct',
			'kept',
			{ champion: 'c1', challenger: 'new', challenger_since: null }
		],
		['inconclusive', 'ab', 'kept', { champion: 'c1', challenger: 'new', challenger_since: null }],
		['worse', 'direct', 'rejected', null],
		['worse', 'shadow', 'rejected', null]
	] as const)('after training: %s in %s mode → %s', (verdict, mode, status, next) => {
		expect(afterTraining({ verdict, mode, pointers: held, challenger: 'new', now: NOW })).toEqual({
			status,
			next
		});
	});

	it.each([
		['better', false, 'promoted', { champion: 'c2', challenger: null, challenger_since: null }],
		['better', true, 'promoted', { champion: 'c2', challenger: null, challenger_since: null }],
		['worse', false, 'retired', { champion: 'c1', challenger: null, challenger_since: null }],
		['inconclusive', true, 'retired', { champion: 'c1', challenger: null, challenger_since: null }],
		[null, true, 'retired', { champion: 'c1', challenger: null, challenger_since: null }],
		['inconclusive', false, 'trial', null],
		[null, false, 'trial', null]
	] as const)('during a trial: %s, expired %s → %s', (verdict, expired, status, next) => {
		expect(afterTrial({ verdict, expired, pointers: trial })).toEqual({ status, next });
	});
});
