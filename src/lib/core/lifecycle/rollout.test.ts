import { describe, expect, it } from 'vitest';
import { assignVariant, compareVariants, fnv1a32, servingPlan } from './rollout';

describe('rollout', () => {
	it('FNV-1a matches the published test vectors', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});

	it('A/B assignment is sticky per lead and hits the share', () => {
		const ids = Array.from({ length: 20_000 }, (_, i) => `lead-${i}`);
		const first = ids.map((id) => assignVariant(id, 0.2, 'retrain_20260101_000000'));
		expect(ids.map((id) => assignVariant(id, 0.2, 'retrain_20260101_000000'))).toEqual(first);
		const share = first.filter((v) => v === 'challenger').length / ids.length;
		expect(share).toBeGreaterThan(0.19); // ±3.5 standard errors at n = 20 000
		expect(share).toBeLessThan(0.21);
		// A larger share only adds leads: nobody on the challenger at 20% leaves it at 50%.
		ids.forEach((id, i) => {
			if (first[i] === 'challenger')
				expect(assignVariant(id, 0.5, 'retrain_20260101_000000')).toBe('challenger');
		});
		expect(ids.every((id) => assignVariant(id, 0, 's') === 'champion')).toBe(true);
		expect(() => assignVariant('x', 1.5, 's')).toThrow(RangeError);
	});

	it('plans shadow and A/B serving', () => {
		const base = { leadId: 'lead-1', share: 1, challenger: 'retrain_20260101_000000' };
		expect(servingPlan({ ...base, mode: 'shadow' })).toEqual({ serve: 'champion', shadow: true });
		expect(servingPlan({ ...base, mode: 'ab' })).toEqual({ serve: 'challenger', shadow: false });
		expect(servingPlan({ ...base, mode: 'ab', leadId: undefined }).serve).toBe('champion');
		expect(servingPlan({ ...base, mode: 'ab', challenger: undefined }).serve).toBe('champion');
		expect(servingPlan({ ...base, mode: 'direct' })).toEqual({ serve: 'champion', shadow: false });
	});

	it('compares variants on the outcomes each served', () => {
		const rows = [
			...Array.from({ length: 40 }, (_, i) => ({
				variant: 'champion' as const,
				label: (i % 2) as 0 | 1,
				probability: 0.5
			})),
			...Array.from({ length: 40 }, (_, i) => ({
				variant: 'challenger' as const,
				label: (i % 2) as 0 | 1,
				probability: i % 2 ? 0.8 + (i % 5) / 100 : 0.2 - (i % 5) / 100
			}))
		];
		const r = compareVariants(rows, 0.05);
		expect(r.champion).toMatchObject({ n: 40, accuracy: 0.5 });
		expect(r.champion!.log_loss).toBeCloseTo(Math.log(2), 12);
		expect(r.challenger).toMatchObject({ n: 40, accuracy: 1 });
		expect(r.test!.verdict).toBe('better');
		expect(compareVariants(rows.slice(0, 40), 0.05).test).toBeNull();
	});
});
