import type { CycleLog } from '$lib/core/lifecycle';
import type { AccuracyReport, Health } from '$lib/dashboard/client';
import { pct } from '$lib/dashboard/format';

/** The conditions that need someone's attention now, in words. */
export function openAlerts(
	health: Health,
	accuracy: AccuracyReport,
	cycles: CycleLog | null
): string[] {
	const alerts: string[] = [];
	if (health.status !== 'ok')
		alerts.push(
			`API degraded (D1 ${health.d1}, R2 ${health.r2}${health.model ? '' : ', no model'})`
		);
	const r = accuracy.rolling;
	if (r?.alert)
		alerts.push(
			`Accuracy ${pct(r.accuracy)} on ${r.n} recent outcomes is below the ${pct(accuracy.floor, 0)} line`
		);
	const last = cycles?.recent[0];
	if (last?.drift?.detected)
		alerts.push(`Drift: ${pct(last.drift.drift_share, 0)} of features drifted in the last cycle`);
	if (last?.status === 'failed')
		alerts.push(`The last learning cycle failed: ${last.error ?? last.reason}`);
	return alerts;
}
