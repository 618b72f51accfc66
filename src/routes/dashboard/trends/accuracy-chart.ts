import type { ChartOption } from '$lib/components/Chart.svelte';
import type { CycleLog } from '$lib/core/lifecycle';
import type { AccuracyReport, ModelRegistry } from '$lib/dashboard/client';
import { pct } from '$lib/dashboard/format';

export type Metric = 'accuracy' | 'precision' | 'recall';

interface ChartEvent {
	at: number;
	/** cycle: a learning cycle switched the pointers (a promotion, or a trial starting or ending). */
	kind: 'retrained' | 'promote' | 'rollback' | 'cycle';
	label: string;
}

const EVENT_COLOURS = {
	retrained: '#64748b',
	promote: '#047857',
	rollback: '#b91c1c',
	cycle: '#1d4ed8'
};

/** Promotions, rollbacks and cycle switches from the registry, retrainings from the cycle log. */
export function events(models: ModelRegistry, cycles: CycleLog | null): ChartEvent[] {
	const out: ChartEvent[] = models.history.map((h) => ({
		at: Date.parse(h.at),
		kind: h.action,
		label: `${h.action} ${h.version}`
	}));
	for (const c of cycles?.recent ?? [])
		if (c.versions.challenger && c.status !== 'skipped' && c.status !== 'failed')
			out.push({
				at: Date.parse(c.started_at),
				kind: 'retrained',
				label: `retrained ${c.versions.challenger}`
			});
	return out;
}

/**
 * One line per model version of the weekly metric (on outcomes of that week), the alert
 * line, and a vertical mark per event. Weeks are placed at their Monday on a time axis.
 */
export function accuracyChart(
	report: AccuracyReport,
	metric: Metric,
	marks: ChartEvent[]
): ChartOption {
	const versions = [...new Set(report.weeks.map((w) => w.model_version))];
	const first = Date.parse(report.since);
	// Replayed histories promote in real time after their simulated weeks: keep events in view.
	const times = [...report.weeks.map((w) => Date.parse(w.week)), ...marks.map((e) => e.at)].filter(
		(t) => t >= first
	);
	return {
		grid: { left: 56, right: 24, top: 48, bottom: 40 },
		legend: { top: 0, type: 'scroll' },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (value) => pct(value as number)
		},
		xAxis: {
			type: 'time',
			min: times.length ? Math.min(...times) : undefined,
			max: times.length ? Math.max(...times) : undefined,
			name: 'week of the outcomes (UTC)',
			nameLocation: 'middle',
			nameGap: 28,
			// Weekly data: at most one tick a week, and no label drawn over another.
			minInterval: 7 * 86_400_000,
			axisLabel: { formatter: '{d} {MMM}', hideOverlap: true }
		},
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			name: metric,
			axisLabel: { formatter: (x: number) => pct(x, 0) }
		},
		series: versions.map((version, i) => ({
			type: 'line',
			name: version,
			showSymbol: true,
			connectNulls: false,
			data: report.weeks
				.filter((w) => w.model_version === version)
				.map((w) => [Date.parse(w.week), w[metric], w.n]),
			...(i === 0
				? {
						markLine: {
							symbol: 'none',
							silent: false,
							data: [
								{
									yAxis: report.floor,
									name: 'alert line',
									lineStyle: { color: '#b91c1c', type: 'dashed' },
									label: { formatter: `alert ${pct(report.floor, 0)}`, position: 'insideEndTop' }
								},
								...marks
									.filter((e) => e.at >= first)
									.map((e) => ({
										xAxis: e.at,
										name: e.label,
										lineStyle: { color: EVENT_COLOURS[e.kind], type: 'solid' as const },
										label: { formatter: e.kind, position: 'insideEndTop' as const, fontSize: 10 }
									}))
							]
						}
					}
				: {})
		}))
	};
}
