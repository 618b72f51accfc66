// The edge API under load and faults, against local `wrangler dev` on loopback (workerd with
// Miniflare's D1 and R2): /score latency at concurrency 1/16/64, /score/batch of 100 and
// 1,000 leads, a promotion and a rollback during sustained load, 10,000 concurrent outcome
// posts with retries, and a fuzz run of malformed payloads. Bounded in count and time.
// Run: npm run bench:api (results replace the "## Edge API" section of bench/RESULTS.md).
import os from 'node:os';
import { canonicalJson, sha256Hex } from '../src/lib/core/hash';
import { generateCalls } from '../src/lib/core/synth';
import { baselineArtifact, devVars, startStack } from '../scripts/local';
import { writeSection } from './results';

const PORT = 8798; // clear of npm start's 8787 (API) and 8788 (retrain)
const admin = { authorization: `Bearer ${devVars().ADMIN_TOKEN}` };
const jsonHeaders = { 'content-type': 'application/json' };
const stack = await startStack(PORT);
const { base: BASE, baseline: v1 } = stack;
process.on('exit', stack.stop);

const leads = generateCalls({ rows: 2000, seed: 99 }).calls.map(
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- labels are not lead fields
	({ progressed, voice_ai, ...lead }) => lead
);

const quantile = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Runs `total` calls of `fn` with `concurrency` in flight; per-call latencies in ms. */
async function load(total: number, concurrency: number, fn: (i: number) => Promise<Response>) {
	const latencies: number[] = [];
	const statuses = new Map<number, number>();
	let next = 0;
	const start = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				const i = next++;
				const t = performance.now();
				const res = await fn(i).catch(() => undefined);
				// The status arrived; a server that closes while an oversized upload is still going
				// out can cut the body short, which must not end the whole run.
				if (res) await res.arrayBuffer().catch(() => undefined);
				latencies.push(performance.now() - t);
				const status = res?.status ?? 0;
				statuses.set(status, (statuses.get(status) ?? 0) + 1);
			}
		})
	);
	return { latencies, statuses, seconds: (performance.now() - start) / 1000 };
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(`${BASE}${path}`, {
		method: 'POST',
		headers: { ...jsonHeaders, ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
const score = (i: number) => post('/score', leads[i % leads.length]);

// Warm-up: first requests compile the worker and load the model.
await load(200, 8, score);

const lines: string[] = [];
const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(' | ')} |`);

// 1. /score latency at concurrency 1, 16, 64.
lines.push(
	'| /score concurrency | requests | p50 | p99 | throughput | non-200 |',
	'|---|---|---|---|---|---|'
);
const scoreRuns: Record<number, { p50: number; p99: number }> = {};
for (const [concurrency, total] of [
	[1, 1000],
	[16, 4000],
	[64, 4000]
] as const) {
	const { latencies, statuses, seconds } = await load(total, concurrency, score);
	scoreRuns[concurrency] = { p50: median(latencies), p99: quantile(latencies, 0.99) };
	row(
		concurrency,
		total,
		ms(median(latencies)),
		ms(quantile(latencies, 0.99)),
		`${Math.round(total / seconds)} req/s`,
		total - (statuses.get(200) ?? 0)
	);
}

// 2. /score/batch of 100 and 1,000 leads (round trip on loopback: an upper bound of server time).
lines.push(
	'',
	'| /score/batch | repeats | median | p99-of-repeats | leads/s |',
	'|---|---|---|---|---|'
);
const batchRuns: Record<number, number> = {};
for (const [size, repeats] of [
	[100, 30],
	[1000, 10]
] as const) {
	const { latencies } = await load(repeats, 1, (i) =>
		post('/score/batch', { batch_id: `bench-${size}-${i}`, leads: leads.slice(0, size) })
	);
	batchRuns[size] = median(latencies);
	row(
		size,
		repeats,
		ms(median(latencies)),
		ms(Math.max(...latencies)),
		Math.round((size / median(latencies)) * 1000)
	);
}

// 3. Promotion and rollback during sustained load: zero failed requests.
const v2 = 'retrain_20990101_000000';
const next = {
	...JSON.parse(baselineArtifact().text),
	version: v2,
	created_at: new Date().toISOString()
};
delete next.sha256;
const upload = await fetch(`${BASE}/models`, {
	method: 'PUT',
	headers: { ...jsonHeaders, ...admin },
	body: JSON.stringify({ ...next, sha256: await sha256Hex(canonicalJson(next)) })
});
if (upload.status >= 300) throw new Error(`upload ${upload.status}`);
const versions = new Map<string, number>();
const sustained = load(4000, 16, async (i) => {
	const res = await score(i);
	if (res.ok) {
		const { model_version } = (await res.clone().json()) as { model_version: string };
		versions.set(model_version, (versions.get(model_version) ?? 0) + 1);
	}
	return res;
});
await new Promise((r) => setTimeout(r, 1500));
const promoted = await post(`/models/${v2}/promote`, '', admin);
await new Promise((r) => setTimeout(r, 2000));
const rolled = await post('/models/rollback', '', admin);
const swap = await sustained;
const failed = swap.latencies.length - (swap.statuses.get(200) ?? 0);
lines.push(
	'',
	`Promotion during load: 4,000 /score requests at concurrency 16 over ${swap.seconds.toFixed(1)} s; promote ${v2} (${promoted.status}) after 1.5 s, roll back (${rolled.status}) 2 s later. Failed requests: **${failed}**; answered by ${[...versions].map(([v, n]) => `${v} × ${n}`).join(', ')}; p99 ${ms(quantile(swap.latencies, 0.99))}.`
);

// 4. 10,000 outcome posts, 5,000 distinct ids each posted twice (retries), 256 in flight.
const run = Date.now().toString(36);
const outcomes = await load(10_000, 256, (i) =>
	post('/outcomes', { lead_id: `bench-${run}-${i % 5000}`, progressed: i % 2, voice_ai: 0 }, admin)
);
const [{ n }] = stack.query(
	`SELECT COUNT(*) AS n FROM outcomes WHERE lead_id LIKE 'bench-${run}-%'`
) as [{ n: number }];
lines.push(
	'',
	`Outcomes: 10,000 posts (5,000 ids × 2, retries of the same ids), 256 in flight, ${outcomes.seconds.toFixed(1)} s, non-200: ${10_000 - (outcomes.statuses.get(200) ?? 0)}; rows in D1: **${n}** (expected 5,000 — ${n === 5000 ? 'exact' : '**wrong**'}); p50 ${ms(median(outcomes.latencies))}, p99 ${ms(quantile(outcomes.latencies, 0.99))}.`
);

// 5. Fuzz: malformed payloads on every write endpoint → never a 5xx.
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const junk = (depth = 0): unknown =>
	pick([
		() => null,
		() => rand() * 1e9 - 5e8,
		() => 'x'.repeat(Math.floor(rand() * 300_000)),
		() => pick([true, false, [], {}, '', '\u0000', '💥'.repeat(50)]),
		() => (depth > 3 ? 0 : Array.from({ length: Math.floor(rand() * 5) }, () => junk(depth + 1))),
		() =>
			depth > 3
				? 0
				: {
						company_name: junk(depth + 1),
						employee_count: junk(depth + 1),
						call_notes: junk(depth + 1),
						call_transcript: junk(depth + 1),
						products_discussed: junk(depth + 1),
						sentiment: junk(depth + 1),
						call_date: junk(depth + 1)
					}
	])();
const payloads: (() => { body: string; type: string })[] = [
	() => ({ body: JSON.stringify(junk()), type: 'application/json' }),
	() => ({
		body: JSON.stringify({
			...leads[0],
			[pick([
				'company_name',
				'employee_count',
				'sentiment',
				'call_date',
				'call_transcript',
				'lead_id'
			])]: junk()
		}),
		type: 'application/json'
	}),
	() => ({ body: JSON.stringify({ leads: junk(), batch_id: junk() }), type: 'application/json' }),
	() => ({
		body: JSON.stringify(leads[1]).slice(0, Math.floor(rand() * 200)),
		type: 'application/json'
	}),
	() => ({ body: '['.repeat(Math.floor(rand() * 5000)), type: 'application/json' }),
	() => ({
		body: String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(rand() * 256))),
		type: pick(['application/json', 'text/plain', ''])
	}),
	() => ({
		body: JSON.stringify({
			type: pick(['ai_note.generated', 'url_verification', 7]),
			data: junk(),
			challenge: junk()
		}),
		type: 'application/json'
	}),
	() => ({
		body: JSON.stringify({
			lead_id: junk(),
			progressed: junk(),
			outcome_id: junk(),
			occurred_at: junk()
		}),
		type: 'application/json'
	})
];
// The hardening cases (issue 14), mixed in: text built to be read slowly, one lead that would
// take its batch down, fields far over their limits, outcomes naming scorings that do not exist.
const phrase = () =>
	pick(['voice ai ', 'not ', 'no, ', 'budget? ', 'Rep: voice agent?\nDana: yes\n']);
const hostile: (() => { body: string; type: string })[] = [
	() => ({
		body: JSON.stringify({
			...leads[2],
			call_notes: phrase().repeat(Math.floor((rand() * 220_000) / 9))
		}),
		type: 'application/json'
	}),
	() => ({
		body: JSON.stringify({
			leads: [
				leads[3],
				{
					...leads[4],
					call_transcript: {
						speech_segments: Array.from({ length: pick([19_999, 20_001, 125_000]) }, (_, i) => ({
							speaker: `s${i}`,
							text: 'ok'
						}))
					}
				},
				leads[5]
			]
		}),
		type: 'application/json'
	}),
	() => ({
		body: JSON.stringify({
			...leads[6],
			[pick(['lead_id', 'company_name', 'industry'])]: 'x'.repeat(pick([201, 3 << 20]))
		}),
		type: 'application/json'
	}),
	() => ({
		body: JSON.stringify([{ lead_id: 'fuzz-1', progressed: true, score_id: junk() }]),
		type: 'application/json'
	})
];
payloads.push(...hostile);
const endpoints = ['/score', '/score/batch', '/outcomes', '/webhooks/fellow', '/models'];
const fuzz = await load(10_000, 32, () => {
	const { body, type } = pick(payloads)();
	const path = pick(endpoints);
	const headers: Record<string, string> = {
		...(type ? { 'content-type': type } : {}),
		...(rand() < 0.7 ? admin : {})
	};
	if (path === '/webhooks/fellow')
		Object.assign(headers, {
			'svix-id': 'msg_fuzz',
			'svix-timestamp': String(Math.floor(Date.now() / 1000)),
			'svix-signature': 'v1,AAAA'
		});
	return fetch(`${BASE}${path}`, { method: path === '/models' ? 'PUT' : 'POST', headers, body });
});
const fivexx = [...fuzz.statuses]
	.filter(([s]) => s >= 500 || s === 0)
	.reduce((a, [, c]) => a + c, 0);
const byStatus = [...fuzz.statuses]
	.sort(([a], [b]) => a - b)
	.map(([s, c]) => `${s} × ${c}`)
	.join(', ');
lines.push(
	'',
	`Fuzz: 10,000 malformed payloads over ${endpoints.join(', ')} (32 in flight; a third of them the hardening cases: 200k-character notes of one repeated phrase, a batch whose middle lead has 20k–125k transcript speakers, fields of 3 MiB, outcomes naming unknown scorings): 5xx or dropped: **${fivexx}**; statuses ${byStatus}.`
);

const check = (ok: boolean) => (ok ? 'met' : '**not met**');
const report = [
	'`npm run bench:api`',
	'',
	`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores, shared with the load generator and other work), local \`wrangler dev\` (workerd, Miniflare D1/R2) on loopback; model ${v1}. Latencies are client round trips, percentiles over all requests of a run; every /score also writes the scored lead to D1.`,
	'',
	...lines,
	'',
	`Goals: /score p99 ≤ 10 ms at concurrency 16 — ${check(scoreRuns[16]!.p99 <= 10)} (seed target < 100 ms — ${check(scoreRuns[16]!.p99 < 100)}); 1,000-lead batch ≤ 100 ms — ${check(batchRuns[1000]! <= 100)}; zero failed requests across the promotion — ${check(failed === 0)}; exact outcome rows — ${check(n === 5000)}; zero 5xx in fuzzing — ${check(fivexx === 0)}.`,
	''
].join('\n');
console.log(report);
await writeSection('Edge API', report);
stack.stop();
process.exit(0);
