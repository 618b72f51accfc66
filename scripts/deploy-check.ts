// Part of `npm test`: `wrangler deploy --dry-run` for every worker, so each bundle always
// builds, and their gzip sizes against Cloudflare's Worker size limits; and the app's build
// leaves no process behind.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, run } from './local';

// https://developers.cloudflare.com/workers/platform/limits/#worker-size (after gzip)
const FREE_LIMIT = 3 * 1024 * 1024;
const PAID_LIMIT = 10 * 1024 * 1024;
// The scoring worker must stay small (no tfjs): fail well before the free plan's limit.
const API_BUDGET = 1024 * 1024;

const workers = [
	{ name: 'app (SvelteKit)', config: 'wrangler.jsonc' },
	{ name: 'api (scoring)', config: 'workers/api/wrangler.jsonc', budget: API_BUDGET },
	{ name: 'retrain (cron)', config: 'workers/retrain/wrangler.jsonc', budget: API_BUDGET }
];

/** workerd processes run from this checkout, by pid. */
const workerds = () =>
	execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
		.split('\n')
		.filter((line) => line.includes(join(ROOT, 'node_modules')) && line.includes('workerd'))
		.map((line) => line.trim().split(/\s+/)[0]!);
const before = new Set(workerds());
run('npx', ['vite', 'build']);
// adapter-cloudflare's prerender emulation left a workerd running after every build
// (sveltejs/kit#16919); svelte.config.js goes without it.
const left = workerds().filter((pid) => !before.has(pid));
if (left.length) console.error(`vite build left workerd running (pid ${left.join(', ')})`);
run('npx', ['tsx', 'scripts/api-assets.ts']);
const out = join(ROOT, '.wrangler', 'dry-run');
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const rows: string[] = [];
let failed = left.length > 0;
for (const w of workers) {
	const dir = join(out, w.config.replace(/\W+/g, '-'));
	rmSync(dir, { recursive: true, force: true });
	run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', dir, '-c', w.config]);
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
		(f) => statSync(join(dir, f)).isFile() && !f.endsWith('.map') && !f.endsWith('README.md')
	);
	const raw = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
	const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
	const over = gzip > FREE_LIMIT || (w.budget !== undefined && gzip > w.budget);
	failed ||= over;
	rows.push(
		`${w.name.padEnd(18)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip  (${((100 * gzip) / FREE_LIMIT).toFixed(1)}% of the free plan's 3 MiB, ${((100 * gzip) / PAID_LIMIT).toFixed(1)}% of paid 10 MiB)${over ? '  OVER BUDGET' : ''}`
	);
}
console.log(`\nWorker bundles (wrangler deploy --dry-run):\n${rows.join('\n')}`);
if (failed) process.exit(1);
