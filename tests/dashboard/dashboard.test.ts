import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devVars, prepare, ROOT, seedBaseline, serve, waitForHealth } from '../../scripts/local';
import { launchChromium } from '../browser/chromium';

const PORT = 8797;
const BASE = `http://127.0.0.1:${PORT}`;
/** Screenshots for review; `docs/dashboard/` holds a committed set for the README. */
const SHOTS = join(ROOT, 'test-results', 'dashboard');

let persist: string;
let server: ChildProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	persist = mkdtempSync(join(tmpdir(), 'qualify-dashboard-'));
	mkdirSync(SHOTS, { recursive: true });
	const token = devVars().ADMIN_TOKEN!;
	prepare(persist); // build, API assets, migrations on the temporary state
	server = serve(PORT, { persist, stdio: 'ignore' });
	await waitForHealth(BASE);
	await seedBaseline(BASE, token);
	// Three simulated weeks with a learning cycle at the end of each (the retrain worker's code
	// path) and an operator's retrain after the second: at least two versions, real cycles.
	const seeded = spawnSync(
		'npx',
		[
			'tsx',
			'scripts/seed-history.ts',
			'--api',
			BASE,
			'--weeks',
			'3',
			'--calls-per-day',
			'12',
			'--retrain-every',
			'2'
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if (seeded.status !== 0) throw new Error(`seed-history failed: ${seeded.stderr}`);
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
	await browser?.close();
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	rmSync(persist, { recursive: true, force: true });
});

/** Opens a view, waits until no panel is loading and every chart has drawn, screenshots it. */
async function view(path: string, name: string) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${BASE}${path}`);
	await page.waitForSelector('h1');
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
		timeout: 30_000
	});
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.chart')].every((c) => c.querySelector('canvas'))
	);
	await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
	expect(await page.locator('[role="alert"]').allTextContents()).toEqual([]);
	expect(errors).toEqual([]);
	return page;
}

describe('dashboard in Chromium on the real stack', () => {
	it('Overview: serving model, health, rolling metrics, cycles empty state', async () => {
		const p = await view('/dashboard', 'overview');
		await expect.poll(() => p.locator('dd code').first().textContent()).toMatch(/^retrain_/);
		expect(await p.getByText('API', { exact: true }).count()).toBe(1);
		expect(await p.locator('.stat .value').allTextContents()).toContain('ok');
		expect(await p.getByText('Accuracy', { exact: true }).count()).toBe(1);
		expect(
			await p
				.getByText(/No cycles yet|promoted|skipped|trial|kept|rejected|retired|failed/i)
				.count()
		).toBeGreaterThan(0);
	});

	it('Trends: weekly metrics per version with events, cycles table', async () => {
		const p = await view('/dashboard/trends', 'trends');
		expect(await p.locator('.chart .empty').count()).toBe(0);
		await p.getByLabel('recall').check();
		expect(await p.getByRole('heading', { name: 'Learning cycles (last 50)' }).count()).toBe(1);
		// one per full simulated week so far (the last week ends today)
		expect(await p.locator('table.dashboard-table tbody tr').count()).toBeGreaterThanOrEqual(2);
		await p.locator('table.dashboard-table summary').first().click();
		expect(await p.locator('table.dashboard-table pre').first().textContent()).toContain(
			'"started_at"'
		);
	});

	it('Feature analysis: importance of two versions, drift, Voice AI share', async () => {
		const p = await view('/dashboard/features', 'features');
		// latest + every version with importances: the baseline, the operator's, any cycle's
		expect(await p.locator('select').nth(1).locator('option').count()).toBeGreaterThanOrEqual(3);
		expect(await p.getByText('Largest changes from the previous version').count()).toBe(1);
		expect(await p.getByText(/KS statistic|χ² statistic|Jensen–Shannon/).count()).toBe(1);
	});

	it('Business: weekly handoffs and editable, persisted assumptions', async () => {
		const p = await view('/dashboard/business', 'business');
		expect(await p.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
		await p.getByLabel('Minutes an AE loses per unqualified handoff').fill('45');
		await p.reload();
		await p.waitForSelector('tbody tr');
		expect(await p.getByLabel('Minutes an AE loses per unqualified handoff').inputValue()).toBe(
			'45'
		);
	});

	it('API performance: requests, latency and errors per endpoint', async () => {
		const p = await view('/dashboard/performance?window=1', 'performance');
		expect(await p.locator('.chart .empty').count()).toBe(0);
	});

	it('Models: registry, lineage, and a rollback behind confirmation and the admin token', async () => {
		const p = await view('/dashboard/models', 'models');
		expect(await p.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
		const lineage = await p.locator('ol.lineage li').count();
		await p.getByRole('button', { name: /Roll back/ }).click();
		const dialog = p.getByRole('dialog');
		await dialog.getByLabel(/Admin token/).fill('wrong-token');
		await dialog.getByRole('button', { name: 'Roll back' }).click();
		await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/401/);
		await dialog.getByLabel(/Admin token/).fill(devVars().ADMIN_TOKEN!);
		await dialog.getByRole('button', { name: 'Roll back' }).click();
		await expect
			.poll(() => p.getByRole('status').filter({ hasText: 'Rolled back' }).textContent())
			.toMatch(/Rolled back to retrain_/);
		await expect.poll(() => p.locator('ol.lineage li').count()).toBe(lineage + 1);
	});

	it('API docs (/docs): the reference renders and makes no request beyond this origin', async () => {
		const docs = await browser.newPage();
		const requests: string[] = [];
		docs.on('request', (r) => requests.push(r.url()));
		await docs.goto(`${BASE}/docs`);
		await docs.getByText('Fellow Qualify', { exact: false }).first().waitFor({ timeout: 30_000 });
		await docs.getByText('/score/batch').first().waitFor();
		// Scalar's background fetches (registry, proxy) start once the page has rendered.
		await docs.waitForTimeout(3_000);
		await docs.screenshot({ path: join(SHOTS, 'docs.png') });
		await docs.close();
		const outside = requests.filter(
			(url) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)
		);
		expect(outside).toEqual([]);
		expect(requests.some((url) => url.endsWith('/openapi.json'))).toBe(true);
	});
});
