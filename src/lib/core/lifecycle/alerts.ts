import type { CycleRecord } from './cycle-record';
import type { PointerChange, SlackMessage } from './store';

function message(title: string, body: string, context: string): SlackMessage {
	return {
		text: `${title}: ${body}`,
		blocks: [
			{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${body}` } },
			{ type: 'context', elements: [{ type: 'mrkdwn', text: context }] }
		]
	};
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The alerts a cycle raises, each once per event: accuracy falling below the line and drift
 * appearing (not again while they persist — compared with the previous cycle), a failed cycle,
 * a promotion. The host posts them.
 */
export function cycleAlerts(
	record: CycleRecord,
	previous: CycleRecord | undefined
): SlackMessage[] {
	const out: SlackMessage[] = [];
	const context = `Fellow Qualify · ${record.id} · champion ${record.versions.champion_after}`;
	const m = record.monitor;
	if (m?.alert && !previous?.monitor?.alert)
		out.push(
			message(
				'Accuracy below the line',
				`Champion accuracy ${pct(m.accuracy)} on ${m.n} recent outcomes is below ${pct(m.accuracy_floor)}.`,
				context
			)
		);
	const d = record.drift;
	if (d?.detected && !previous?.drift?.detected) {
		const top = d.features
			.filter((f) => f.drifted)
			.slice(0, 5)
			.map((f) => f.feature);
		out.push(
			message(
				'Drift detected',
				`${d.drifted_features}/${d.features.length} features drifted (share ${d.drift_share.toFixed(2)})${d.prediction?.drifted ? ', predictions drifted' : ''}${top.length ? `: ${top.join(', ')}` : ''}.`,
				context
			)
		);
	}
	if (record.status === 'failed')
		out.push(
			message(
				'Learning cycle failed',
				`${record.error ?? record.reason} — the champion keeps serving.`,
				context
			)
		);
	if (record.status === 'promoted')
		out.push(
			message(
				'New champion',
				`${record.versions.champion_after} replaces ${record.versions.champion_before}: ${record.reason}.`,
				context
			)
		);
	return out;
}

export function rollbackAlert(change: PointerChange): SlackMessage {
	return message(
		'Model rolled back',
		`${change.next.champion} serves again instead of ${change.previous.champion} (${change.reason}).`,
		`Fellow Qualify · ${change.actor} · ${change.at}`
	);
}
