import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devVars, ROOT, startStack, type LocalStack } from '../../scripts/local';
import { launchChromium } from '../browser/chromium';

const PORT = 8797;
const BASE = `http://127.0.0.1:${PORT}`;
/** Screenshots for review; `docs/dashboard/` holds a committed set for the README. */
const SHOTS = join(ROOT, 'test-results', 'dashboard');

let stack: LocalStack;
let browser: Browser;
let page: Page;

const VIEWS = [
	['/dashboard', 'overview'],
	['/dashboard/trends', 'trends'],
	['/dashboard/features', 'features'],
	['/dashboard/business', 'business'],
	['/dashboard/performance?window=1', 'performance'],
	['/dashboard/models', 'models']
] as const;

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	// A fresh install as `npm start` leaves it: the shipped baseline serves, no history yet.
	stack = await startStack(PORT);
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
	await browser?.close();
	stack?.stop();
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

/** Every view, with the number of first-run guidance boxes it shows. */
async function guidance(): Promise<Record<string, number>> {
	const shown: Record<string, number> = {};
	for (const [path, name] of VIEWS) {
		await page.goto(`${BASE}${path}`);
		await page.waitForSelector('h1');
		await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
			timeout: 30_000
		});
		shown[name] = await page.getByRole('region', { name: 'Getting started' }).count();
	}
	return shown;
}
const everywhere = (n: number) => Object.fromEntries(VIEWS.map(([, name]) => [name, n]));

describe('dashboard in Chromium on the real stack', () => {
	it('first run: every view says what will appear and how; the demo history loads from the page', async () => {
		expect(await guidance()).toEqual(everywhere(1));
		await page.goto(`${BASE}/dashboard/trends`);
		const first = page.getByRole('region', { name: 'Getting started' });
		await first.getByText(/retraining worker runs a learning cycle every day/).waitFor();
		await page.screenshot({ path: join(SHOTS, 'first-run.png'), fullPage: true });
		const form = page.getByRole('form', { name: 'Demo history' });
		await form.getByLabel('Admin token').fill('wrong-token');
		await form.getByRole('button', { name: 'Load demo history' }).click();
		await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/401/);
		await form.getByLabel('Admin token').fill(devVars().ADMIN_TOKEN!);
		await form.getByRole('button', { name: 'Load demo history' }).click();
		// Progress while the 12 weeks replay, then the banner that marks the data as demo.
		await page.locator('progress').waitFor();
		await page
			.getByRole('status')
			.filter({ hasText: /^Loaded \d+ demo leads/ })
			.waitFor({ timeout: 120_000 });
		await expect
			.poll(() => page.getByRole('form', { name: 'Demo history' }).textContent())
			.toMatch(/Demo data\..*qualify-demo-/s);
		expect(await guidance()).toEqual(everywhere(0));
	}, 180_000);

	it('Overview: serving model, live A/B rollout, health, rolling metrics, last cycle', async () => {
		// An A/B trial running: the newest other version serves 30% of leads as challenger.
		stack.query(
			`UPDATE serving SET challenger = (SELECT m.version FROM models m WHERE m.version <> serving.version
			 ORDER BY m.uploaded_at DESC LIMIT 1), challenger_since = '${new Date().toISOString()}',
			 mode = 'ab', ab_share = 0.3 WHERE id = 1`
		);
		const p = await view('/dashboard', 'overview');
		const rollout = p.locator('dt', { hasText: 'Mode' }).locator('xpath=following-sibling::dd[1]');
		expect((await rollout.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			'ab · challenger share 30%'
		);
		expect(
			await p
				.locator('dt', { hasText: 'Challenger' })
				.locator('xpath=following-sibling::dd[1]')
				.textContent()
		).toMatch(/retrain_/);
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

	it('removing the demo history restores the first-run state on every view', async () => {
		await page.goto(`${BASE}/dashboard`);
		const form = page.getByRole('form', { name: 'Demo history' });
		await form.getByLabel('Admin token').fill(devVars().ADMIN_TOKEN!);
		await form.getByRole('button', { name: 'Remove demo history' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^Removed the demo history/ })
			.waitFor({ timeout: 30_000 });
		expect(await guidance()).toEqual(everywhere(1));
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
