// CPU time of one learning cycle in workerd with a realistic history: N generated calls
// (default 50,000) scored through the local API's /score/batch, their outcomes posted, then
// the retrain worker's cron fired through wrangler dev's /__scheduled. CPU time is the
// workerd processes' user+system time (/proc) across the cycle — that includes Miniflare's
// local D1 (SQLite in the same process), which production does not bill to the Worker, so it
// is an upper bound. Compared with Cloudflare's limits for a cron-triggered Worker (Workers
// Paid: 30 s CPU by default, up to 300,000 ms with limits.cpu_ms; 15 min wall time).
// Run: npm run bench:learning [-- ROWS] (replaces "## Learning cycle" in bench/RESULTS.md).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { generateCalls } from '../src/lib/core/synth';
import {
	devVars,
	prepare,
	seedBaseline,
	serve,
	serveRetrain,
	waitForHealth
} from '../scripts/local';
import { writeSection } from './results';

const ROWS = Number(process.argv[2] ?? 50_000);
const API = 'http://127.0.0.1:8790';
const CRON = 'http://127.0.0.1:8791';
const PERSIST = '.wrangler/bench-learning';
const admin = {
	authorization: `Bearer ${devVars().ADMIN_TOKEN}`,
	'content-type': 'application/json'
};

rmSync(new URL(`../${PERSIST}`, import.meta.url), { recursive: true, force: true });
prepare(PERSIST);
const api = serve(8790, { persist: PERSIST, stdio: 'ignore' });
// The history predates the seeded champion, so no rule would fire: a zero-day retraining
// interval makes this cron cycle train, as a weekly one does in production.
const cron = serveRetrain(8791, {
	persist: PERSIST,
	stdio: 'ignore',
	vars: { LEARNING_CONFIG: JSON.stringify({ policy: { maxDaysBetweenTraining: 0 } }) }
});
const stop = () => {
	for (const child of [api, cron]) if (child.pid) process.kill(-child.pid, 'SIGTERM');
};
process.on('exit', stop);
await waitForHealth(API);
await seedBaseline(API, admin.authorization.slice(7));

/** user + system CPU seconds of the workerd processes in a process group (Linux /proc). */
function workerdCpu(pgid: number): number {
	let ticks = 0;
	for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) !== pgid || !stat.includes('(workerd)')) continue;
			ticks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// exited meanwhile
		}
	}
	return ticks / 100; // USER_HZ
}

/** POSTs JSON; retried when wrangler dev restarts the worker mid-request (503, socket closed). */
async function post(path: string, body: unknown): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		const res = await fetch(`${API}${path}`, {
			method: 'POST',
			headers: admin,
			body: JSON.stringify(body)
		}).catch((e: Error) => e);
		if (!(res instanceof Error) && res.status === 200) return void (await res.arrayBuffer());
		const why = res instanceof Error ? res.message : `${res.status} ${await res.text()}`;
		if (attempt === 3) throw new Error(`${path}: ${why}`);
		await waitForHealth(API);
	}
}

// Calls spread over the last 120 days, outcomes a day after each call.
const DAY = 86_400_000;
const start = new Date(Date.now() - 122 * DAY).toISOString().slice(0, 10);
const { calls } = generateCalls({ rows: ROWS, seed: 5, start, days: 120 });
const t0 = performance.now();
for (let i = 0; i < calls.length; i += 1000) {
	const chunk = calls.slice(i, i + 1000);
	const leads = chunk.map(
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- labels are not lead fields
		({ progressed, voice_ai, ...lead }) => lead
	);
	await post('/score/batch', { leads });
	const outcomes = chunk.map((c) => ({
		lead_id: c.lead_id,
		progressed: c.progressed === 1,
		voice_ai: c.voice_ai === 1,
		occurred_at: new Date(Date.parse(c.call_date) + DAY).toISOString()
	}));
	await post('/outcomes', outcomes);
}
console.log(
	`${ROWS} calls scored and labelled in ${((performance.now() - t0) / 1000).toFixed(0)} s`
);

await waitForHealth(CRON).catch(() => undefined);
const cpuBefore = workerdCpu(cron.pid!);
const wallStart = performance.now();
const fired = await fetch(`${CRON}/__scheduled?cron=0+3+*+*+*`);
const wall = (performance.now() - wallStart) / 1000;
const cpu = workerdCpu(cron.pid!) - cpuBefore;
const { cycles } = (await (await fetch(`${API}/cycles`)).json()) as {
	cycles: {
		id: string;
		trigger: string;
		status: string;
		reason: string;
		data: Record<string, number>;
		error?: string;
	}[];
};
const record = cycles.find((c) => c.trigger === 'cron');
console.log({ fired: fired.status, wall, cpu, record });
stop();

const limitPaid = 300;
const body = `Run: \`npm run bench:learning\` (${ROWS.toLocaleString('en-US')} generated calls, seed 5, over 120 days; ${os.cpus().length} shared cores, load average ${os.loadavg()[0]!.toFixed(1)}).

One cron-triggered cycle of \`workers/retrain\` in local workerd (wrangler dev \`/__scheduled\`), on ${ROWS.toLocaleString('en-US')} outcomes joined to the leads the API scored and stored in local D1:

| | |
| --- | --- |
| cycle | ${record ? `${record.id}: **${record.status}** — ${record.reason.slice(0, 160)}` : `not recorded (HTTP ${fired.status})`} |
| data | ${
	record
		? Object.entries(record.data)
				.map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
				.join(', ')
		: '—'
} |
| workerd CPU time (user + system, incl. local D1) | **${cpu.toFixed(1)} s** |
| wall time | ${wall.toFixed(1)} s |
| Cloudflare cron limit (Workers Paid) | 30 s CPU default; up to 300 s with \`limits.cpu_ms\` (set to 300,000 in workers/retrain/wrangler.jsonc); 15 min wall time |
| share of the 300 s limit | ${((100 * cpu) / limitPaid).toFixed(1)}% |

Sources: developers.cloudflare.com/workers/platform/limits/ and the changelog "Run Workers for up to 5 minutes of CPU-time" (2025-03-25); the free plan's 10 ms cannot run a cycle at all.`;
await writeSection('Learning cycle', body);
console.log(body);
process.exit(0);
