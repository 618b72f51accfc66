// Shared by scripts/start.ts, the API bench and the stack tests: the local API on wrangler dev.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../', import.meta.url).pathname;
export const API_CONFIG = 'workers/api/wrangler.jsonc';
export const RETRAIN_CONFIG = 'workers/retrain/wrangler.jsonc';
export const DEV_VARS = `${ROOT}.dev.vars`;
export const PERSIST = '.wrangler/state';

// No telemetry and no network: everything runs on Miniflare's local D1 and R2.
process.env.WRANGLER_SEND_METRICS = 'false';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';

/** Runs a command in the repository root; throws with its output if it fails. */
export function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** Local secrets: .dev.vars, written with a random ADMIN_TOKEN and webhook secret when missing. */
export function devVars(): Record<string, string> {
	if (!existsSync(DEV_VARS)) {
		writeFileSync(
			DEV_VARS,
			[
				'# Local secrets of the API and retrain workers (git-ignored). Production: wrangler secret put NAME.',
				`ADMIN_TOKEN=${randomBytes(24).toString('base64url')}`,
				`FELLOW_WEBHOOK_SECRET=whsec_${randomBytes(24).toString('base64')}`,
				'# Slack incoming-webhook URL for learning alerts; unset, alerts are only logged.',
				'# ALERT_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/XXXX',
				''
			].join('\n')
		);
		console.log(`wrote ${DEV_VARS} with a random ADMIN_TOKEN (Authorization: Bearer <it>)`);
	}
	return Object.fromEntries(
		readFileSync(DEV_VARS, 'utf8')
			.split('\n')
			.filter((l) => /^\w+=/.test(l))
			.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
	);
}

/** Builds the app and the API's assets, and applies the D1 migrations to local state. */
export function prepare(persist = PERSIST): void {
	run('npx', ['vite', 'build']);
	run('npx', ['tsx', 'scripts/api-assets.ts']);
	run('npx', [
		'wrangler',
		'd1',
		'migrations',
		'apply',
		'fellow-qualify',
		'--local',
		'-c',
		API_CONFIG,
		'--persist-to',
		persist
	]);
}

type ServeOptions = { persist?: string; stdio?: 'inherit' | 'ignore' };

/** `wrangler dev` of the given configs on loopback, on the shared local state and .dev.vars. */
function wranglerDev(
	configs: string[],
	port: number,
	{ persist = PERSIST, stdio = 'inherit' }: ServeOptions,
	extra: string[] = []
): ChildProcess {
	devVars(); // --env-file must exist: wrangler exits (code 9) without it
	return spawn(
		'npx',
		[
			'wrangler',
			'dev',
			...configs.flatMap((c) => ['-c', c]),
			'--env-file',
			DEV_VARS,
			'--ip',
			'127.0.0.1',
			'--port',
			String(port),
			'--persist-to',
			persist,
			'--show-interactive-dev-session=false',
			...extra
		],
		{ cwd: ROOT, stdio, detached: true }
	);
}

/** Starts the API (primary, on the port) with the app worker behind its APP binding. */
export function serve(port: number, options: ServeOptions = {}): ChildProcess {
	return wranglerDev([API_CONFIG, 'wrangler.jsonc'], port, options);
}

/**
 * Starts the retraining worker on its own port with --test-scheduled, on the same local D1/R2
 * state as the API: GET /__scheduled?cron=… fires its cron. (A second -c of the API's wrangler
 * dev would share the port, and /__scheduled only reaches the primary worker.)
 */
export function serveRetrain(
	port: number,
	{ vars = {}, ...options }: ServeOptions & { vars?: Record<string, string> } = {}
): ChildProcess {
	return wranglerDev([RETRAIN_CONFIG], port, options, [
		'--test-scheduled',
		'--inspector-port',
		'0',
		...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])
	]);
}

/** Waits until /health answers (ready or not), up to the timeout. */
export async function waitForHealth(
	base: string,
	timeoutMs = 120_000
): Promise<{ model: unknown }> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		try {
			const res = await fetch(`${base}/health`);
			if (res.headers.get('content-type')?.includes('json'))
				return (await res.json()) as { model: unknown };
		} catch {
			// not listening yet
		}
		if (Date.now() > end)
			throw new Error(`${base}/health did not answer within ${timeoutMs / 1000}s`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

/** The committed baseline artifact (models/manifest.json's current version). */
export function baselineArtifact(): { version: string; text: string } {
	const manifest = JSON.parse(readFileSync(`${ROOT}models/manifest.json`, 'utf8'));
	const entry = manifest.versions.find((v: { version: string }) => v.version === manifest.current);
	return { version: manifest.current, text: readFileSync(`${ROOT}models/${entry.file}`, 'utf8') };
}

/** Registers and promotes the baseline through the API's own upload path (verified like any other). */
export async function seedBaseline(base: string, adminToken: string): Promise<string> {
	const { version, text } = baselineArtifact();
	const auth = { authorization: `Bearer ${adminToken}` };
	const upload = await fetch(`${base}/models`, {
		method: 'PUT',
		headers: { ...auth, 'content-type': 'application/json' },
		body: text
	});
	if (upload.status >= 300)
		throw new Error(`seeding ${version}: ${upload.status} ${await upload.text()}`);
	const promote = await fetch(`${base}/models/${version}/promote`, {
		method: 'POST',
		headers: auth
	});
	if (promote.status !== 200)
		throw new Error(`promoting ${version}: ${promote.status} ${await promote.text()}`);
	return version;
}

/** Runs SQL on the local D1 (wrangler d1 execute) and returns the first statement's rows. */
export function localQuery(sql: string, persist = PERSIST): Record<string, unknown>[] {
	const result = spawnSync(
		'npx',
		[
			'wrangler',
			'd1',
			'execute',
			'fellow-qualify',
			'--local',
			'-c',
			API_CONFIG,
			'--persist-to',
			persist,
			'--json',
			'--command',
			sql
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if (result.status !== 0) throw new Error(`d1 execute failed: ${result.stderr}`);
	return JSON.parse(result.stdout)[0].results;
}

/** A local stack of its own: API and app on `base`, its D1/R2 state in `persist`. */
export interface LocalStack {
	base: string;
	persist: string;
	/** The baseline version serving. */
	baseline: string;
	/** SQL on this stack's D1. */
	query(sql: string): Record<string, unknown>[];
	/** Stops wrangler and deletes the state (once; later calls do nothing). */
	stop(): void;
}

/**
 * What `npm start` serves, on its own port and fresh temporary state (build, API assets,
 * migrations), with the shipped baseline registered and serving: the stack the e2e and
 * dashboard tests and the API bench run against.
 */
export async function startStack(port: number): Promise<LocalStack> {
	await portFree(port);
	const persist = mkdtempSync(join(tmpdir(), 'qualify-stack-'));
	prepare(persist);
	const server = serve(port, { persist, stdio: 'ignore' });
	const base = `http://127.0.0.1:${port}`;
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		try {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// Already gone (it may be why the stack did not come up): nothing to stop.
		}
		rmSync(persist, { recursive: true, force: true });
	};
	// A wrangler that exits (a port in use, a bad config) fails the start at once, with why.
	const exited = new Promise<never>((_, reject) =>
		server.once('exit', (code) =>
			reject(new Error(`wrangler dev on port ${port} exited (code ${code}); is the port in use?`))
		)
	);
	exited.catch(() => {}); // it also exits, as asked, at stop()
	try {
		await Promise.race([waitForHealth(base), exited]);
		const baseline = await seedBaseline(base, devVars().ADMIN_TOKEN!);
		return { base, persist, baseline, query: (sql) => localQuery(sql, persist), stop };
	} catch (error) {
		stop();
		throw error;
	}
}

/** Throws, naming the port, when something already listens there (another run's stack). */
function portFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer()
			.once('error', (e: NodeJS.ErrnoException) =>
				reject(new Error(`port ${port} is in use (${e.code}): another stack is running there`))
			)
			.once('listening', () => probe.close(() => resolve()))
			.listen(port, '127.0.0.1');
	});
}
