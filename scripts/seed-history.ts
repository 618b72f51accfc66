// `npm run seed:history -- [--api URL] [--weeks N] [--calls-per-day C] [--seed S]
//   [--cycle-every D] [--retrain-every W]`
//
// Replays a simulated history against a running API (npm start) through its public endpoints,
// so the dashboard shows real monitoring data: for each simulated day, POST /score/batch with
// that day's generated calls (the drifting world of `qualify simulate`, each with a lead_id and
// its call_date), POST /outcomes for the outcomes that occur that day (occurred_at in that
// day, 1–7 days after the call), and every --cycle-every days (default 7, 0 = never) POST
// /cycles/run, the retrain worker's own code path. The simulated weeks end today, so the
// dashboard's rolling windows ("last 28 days") fall on them. Weekly charts use the call date
// and the outcome date, not the server's scoring clock (cycles run on the server's clock).
//
// --retrain-every W (default 0 = never) also plays an operator who, every W weeks, trains a
// model with the core learner on the outcomes known so far and uploads and promotes it through
// /models — a promotion that does not wait for a significant win.
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { worldOfWeek } from '../src/lib/core/lifecycle';
import { LabeledCall } from '../src/lib/core/schema/labeled-call';
import { trainQualifier } from '../src/lib/core/scoring';
import { generateCalls } from '../src/lib/core/synth';
import { devVars } from './local';

const { values } = parseArgs({
	options: {
		api: { type: 'string', default: 'http://127.0.0.1:8787' },
		weeks: { type: 'string', default: '12' },
		'calls-per-day': { type: 'string', default: '30' },
		seed: { type: 'string', default: '1' },
		'cycle-every': { type: 'string', default: '7' },
		'retrain-every': { type: 'string', default: '0' }
	}
});
const base = values.api.replace(/\/$/, '');
const weeks = Number(values.weeks);
const perDay = Number(values['calls-per-day']);
const seed = Number(values.seed);
const retrainEvery = Number(values['retrain-every']);
const cycleEvery = Number(values['cycle-every']);
const token = process.env.ADMIN_TOKEN ?? devVars().ADMIN_TOKEN;
if (!token) throw new Error('no ADMIN_TOKEN in the environment or .dev.vars');
const admin = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

const DAY = 86_400_000;
const today = Date.parse(new Date().toISOString().slice(0, 10));
// The Monday `weeks` weeks back: week `weeks` is the current one.
const start = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY - (weeks - 1) * 7 * DAY;
const iso = (t: number) => new Date(t).toISOString();

async function post(path: string, body: unknown, headers: Record<string, string> = admin) {
	const res = await fetch(`${base}${path}`, {
		method: 'POST',
		headers,
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
	return res.json();
}

/** Resolves at the start of the next second. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));

/**
 * One learning cycle. Cycle ids and model versions are named by the second, and a replay runs
 * cycles faster than a cron would, so each starts in a second of its own.
 */
async function runCycle(): Promise<{ status: string; reason: string }> {
	await nextSecond();
	for (let attempt = 0; ; attempt++) {
		try {
			return (await post('/cycles/run', {})) as { status: string; reason: string };
		} catch (e) {
			if (attempt >= 3 || !/ 409 /.test((e as Error).message)) throw e;
			await new Promise((resolve) => setTimeout(resolve, 1100));
		}
	}
}

interface Pending {
	call: LabeledCall;
	occurredAt: number;
}
const pending: Pending[] = [];
const labelled: LabeledCall[] = [];
let cycles = 0;
let leads = 0;
let outcomes = 0;

for (let week = 1; week <= weeks; week++) {
	for (let day = 0; day < 7; day++) {
		const date = start + ((week - 1) * 7 + day) * DAY;
		if (date > today) break;
		const { calls } = generateCalls({
			rows: perDay,
			seed: seed * 1000 + (week - 1) * 7 + day + 1,
			start: iso(date).slice(0, 10),
			days: 1,
			world: worldOfWeek(week)
		});
		const parsed = calls.map((c, i) =>
			v.parse(LabeledCall, { ...c, lead_id: `sim-${seed}-w${week}d${day}-${i + 1}` })
		);
		await post('/score/batch', {
			batch_id: `sim-${seed}-w${week}d${day}`,
			leads: parsed.map((c) => ({ ...c, progressed: undefined, voice_ai: undefined }))
		});
		leads += parsed.length;
		parsed.forEach((call, i) =>
			pending.push({ call, occurredAt: date + (1 + ((i * 7 + day) % 7)) * DAY + 15 * 3.6e6 })
		);
		const due = pending.filter((p) => p.occurredAt < date + DAY && p.occurredAt <= Date.now());
		if (due.length) {
			await post(
				'/outcomes',
				due.map((p) => ({
					lead_id: p.call.lead_id,
					progressed: p.call.progressed,
					voice_ai: p.call.voice_ai,
					occurred_at: iso(p.occurredAt)
				}))
			);
			outcomes += due.length;
			labelled.push(...due.map((p) => p.call));
			pending.splice(0, pending.length, ...pending.filter((p) => !due.includes(p)));
		}
		const dayIndex = (week - 1) * 7 + day + 1;
		if (cycleEvery > 0 && dayIndex % cycleEvery === 0) {
			const cycle = await runCycle();
			cycles++;
			console.log(`day ${dayIndex}: learning cycle ${cycle.status} — ${cycle.reason}`);
		}
	}
	if (retrainEvery > 0 && week % retrainEvery === 0 && week < weeks) {
		// Trained now (the registry orders versions by training time, after the baseline), in a
		// later second than a cycle that may just have trained: versions are named by the second.
		// A cycle on the server can still train in that second: then take the next one.
		let artifact: Awaited<ReturnType<typeof trainQualifier>>['artifact'];
		for (let attempt = 1; ; attempt++) {
			await nextSecond();
			artifact = (await trainQualifier(labelled, { now: new Date(), seed: seed + week })).artifact;
			const res = await fetch(`${base}/models`, {
				method: 'PUT',
				headers: admin,
				body: JSON.stringify(artifact)
			});
			if (res.status < 300) break;
			const body = await res.text();
			if (res.status !== 409 || attempt === 3)
				throw new Error(`PUT /models: ${res.status} ${body}`);
		}
		await post(`/models/${artifact.version}/promote`, {});
		console.log(
			`week ${week}: trained and promoted ${artifact.version} on ${labelled.length} outcomes`
		);
	}
	console.log(`week ${week}: ${leads} leads scored, ${outcomes} outcomes posted`);
}
console.log(
	`seeded ${weeks} weeks from ${iso(start).slice(0, 10)} on ${base}, ${cycles} learning cycles`
);
