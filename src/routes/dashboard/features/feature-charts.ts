import type { ChartOption } from '$lib/components/Chart.svelte';
import { featureLabel } from '$lib/core/features';
import type { FeatureReport } from '$lib/dashboard/client';
import { pct, weekLabels } from '$lib/dashboard/format';

export type Task = 'progression' | 'voice_ai';
const TOP = 15;

/** What the three charts share: legend on top, shares as percentages in the tooltip. */
function shareChart(left: number, bottom: number): ChartOption {
	return {
		grid: { left, right: 24, top: 32, bottom },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: (x) => pct(x as number) }
	};
}
const percentLabels = { formatter: (x: number) => pct(x, 0) };

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
		...shareChart(170, 32),
		xAxis: {
			type: 'value',
			name: 'share of total gain',
			nameLocation: 'middle',
			nameGap: 24,
			axisLabel: percentLabels
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
		...shareChart(56, 48),
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
			axisLabel: percentLabels
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
		...shareChart(56, 40),
		xAxis: {
			type: 'category',
			data: x,
			name: 'week of the call',
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: weekLabels
		},
		yAxis: { type: 'value', min: 0, axisLabel: percentLabels },
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
