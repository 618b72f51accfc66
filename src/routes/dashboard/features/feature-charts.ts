import type { ChartOption } from '$lib/components/Chart.svelte';
import { featureLabel } from '$lib/core/features';
import type { FeatureReport } from '$lib/dashboard/client';
import { pct, weekLabels } from '$lib/dashboard/format';

export type Task = 'progression' | 'voice_ai';
const TOP = 15;

/**
 * The `TOP` features by gain in `version` (horizontal bars, largest at the top) next to the
 * version before it, so a change in ranking shows as two bars of different length.
 */
export function importanceChart(report: FeatureReport, task: Task, version: string): ChartOption {
	const at = report.versions.findIndex((v) => v.version === version);
	const current = report.versions[at]?.[task] ?? {};
	const previous = at > 0 ? report.versions[at - 1]! : undefined;
	const names = Object.entries(current)
		.sort((a, b) => b[1] - a[1])
		.slice(0, TOP)
		.map(([name]) => name)
		.reverse();
	return {
		grid: { left: 170, right: 24, top: 32, bottom: 32 },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: (x) => pct(x as number) },
		xAxis: {
			type: 'value',
			name: 'share of total gain',
			nameLocation: 'middle',
			nameGap: 24,
			axisLabel: { formatter: (x: number) => pct(x, 0) }
		},
		yAxis: { type: 'category', data: names.map((n) => featureLabel(n).label) },
		series: [
			{ type: 'bar', name: version, data: names.map((n) => current[n] ?? 0) },
			...(previous
				? [
						{
							type: 'bar' as const,
							name: previous.version,
							data: names.map((n) => previous[task][n] ?? 0)
						}
					]
				: [])
		]
	};
}

/** Importance change of every feature between two versions, largest moves first. */
export function importanceChanges(report: FeatureReport, task: Task, version: string) {
	const at = report.versions.findIndex((v) => v.version === version);
	if (at < 1) return [];
	const now = report.versions[at]![task];
	const before = report.versions[at - 1]![task];
	return Object.keys(now)
		.map((name) => ({
			name,
			before: before[name] ?? 0,
			now: now[name]!,
			change: now[name]! - (before[name] ?? 0)
		}))
		.sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
		.slice(0, 10);
}

/** Training against recent shares over the artifact's bins. */
export function distributionChart(feature: FeatureReport['features'][number]): ChartOption {
	return {
		grid: { left: 56, right: 24, top: 32, bottom: 48 },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: (x) => pct(x as number) },
		xAxis: {
			type: 'category',
			data: feature.bins,
			name: featureLabel(feature.name).label,
			nameLocation: 'middle',
			nameGap: 32
		},
		yAxis: {
			type: 'value',
			name: 'share of leads',
			axisLabel: { formatter: (x: number) => pct(x, 0) }
		},
		series: [
			{ type: 'bar', name: 'training', data: feature.training },
			{ type: 'bar', name: 'recent', data: feature.recent }
		]
	};
}

export function voiceAiChart(report: FeatureReport): ChartOption {
	const x = report.voice_ai.map((w) => w.week);
	return {
		grid: { left: 56, right: 24, top: 32, bottom: 40 },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v as number) },
		xAxis: {
			type: 'category',
			data: x,
			name: 'week of the call',
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: weekLabels
		},
		yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => pct(v, 0) } },
		series: [
			{
				type: 'line',
				name: 'leads with a Voice AI signal',
				data: report.voice_ai.map((w) => w.signal_share)
			},
			{
				type: 'line',
				name: 'ranked HIGH_VOICE_AI',
				data: report.voice_ai.map((w) => w.high_fit_share)
			}
		]
	};
}
