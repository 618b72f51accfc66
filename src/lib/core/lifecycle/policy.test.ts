import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config';
import type { DriftReport } from './drift';
import type { MonitorReport } from './monitor';
import { decideRetrain } from './policy';

const now = new Date('2026-03-01T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const monitor = (accuracy: number) =>
	({ accuracy, accuracy_floor: 0.75, alert: accuracy < 0.75 }) as MonitorReport;
const drift = (detected: boolean) =>
	({
		detected,
		dataset_drift: detected,
		drifted_features: detected ? 30 : 0,
		features: new Array(44),
		drift_share: detected ? 0.68 : 0
	}) as DriftReport;
const quiet = {
	now,
	lastTrainedAt: daysAgo(2),
	newSamples: 5,
	monitor: monitor(0.85),
	drift: drift(false)
};
const policy = DEFAULT_CONFIG.policy;

describe('decideRetrain', () => {
	it('skips with the reason when no rule fires', () => {
		const d = decideRetrain(quiet, policy);
		expect(d).toMatchObject({ retrain: false, triggers: [] });
		expect(d.reason).toContain('skipped: 2.0 of 7 days since training, 5 of 20 new outcomes');
	});

	it('retrains 7 days after the last training', () => {
		expect(decideRetrain({ ...quiet, lastTrainedAt: daysAgo(6.9) }, policy).retrain).toBe(false);
		expect(decideRetrain({ ...quiet, lastTrainedAt: daysAgo(7) }, policy).triggers).toEqual([
			'schedule'
		]);
	});

	it('retrains on 20 new outcomes', () => {
		expect(decideRetrain({ ...quiet, newSamples: 19 }, policy).retrain).toBe(false);
		expect(decideRetrain({ ...quiet, newSamples: 20 }, policy).triggers).toEqual(['new_samples']);
	});

	it('retrains on the accuracy alert, unless switched off', () => {
		expect(decideRetrain({ ...quiet, monitor: monitor(0.7) }, policy).triggers).toEqual([
			'accuracy'
		]);
		expect(
			decideRetrain({ ...quiet, monitor: monitor(0.7) }, { ...policy, onAccuracyAlert: false })
				.retrain
		).toBe(false);
		expect(decideRetrain({ ...quiet, monitor: null }, policy).reason).toContain(
			'too few recent outcomes'
		);
	});

	it('retrains on drift, unless switched off', () => {
		expect(decideRetrain({ ...quiet, drift: drift(true) }, policy)).toMatchObject({
			triggers: ['drift'],
			reason: 'drift in 30/44 features'
		});
		expect(
			decideRetrain({ ...quiet, drift: drift(true) }, { ...policy, onDrift: false }).retrain
		).toBe(false);
	});

	it('persistent drift or an accuracy alert with no new outcome since the last training does not retrain', () => {
		const stuck = { ...quiet, newSamples: 0, drift: drift(true), monitor: monitor(0.7) };
		const d = decideRetrain(stuck, policy);
		expect(d).toMatchObject({ retrain: false, triggers: [] });
		expect(d.reason).toMatch(/no outcome arrived since the last training/);
		// One new outcome, the schedule or a manual run still retrain.
		expect(decideRetrain({ ...stuck, newSamples: 1 }, policy).triggers).toEqual([
			'accuracy',
			'drift'
		]);
		expect(decideRetrain({ ...stuck, lastTrainedAt: daysAgo(7) }, policy).retrain).toBe(true);
		expect(decideRetrain({ ...stuck, force: true }, policy).retrain).toBe(true);
	});

	it('lists every rule that fired, with configurable thresholds', () => {
		const d = decideRetrain(
			{ ...quiet, force: true, newSamples: 5, lastTrainedAt: daysAgo(3) },
			{ ...policy, minNewSamples: 5, maxDaysBetweenTraining: 3 }
		);
		expect(d.triggers).toEqual(['manual', 'schedule', 'new_samples']);
	});
});
