import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadArtifact, Scorer } from '../../src/lib/core/scoring';
import { devVars, startStack, type LocalStack } from '../../scripts/local';
import { baselineArtifact } from '../browser/app-harness';
import { launchChromium } from '../browser/chromium';

const PORT = 8796;
const BASE = `http://127.0.0.1:${PORT}`;

const VOICEFLOW = {
	company_name: 'VoiceFlow AI',
	industry: 'Conversational AI',
	call_notes: 'Discussed Voice AI integration needs…'
};
const ROWS = 1_000;
/** The streamed batch: big enough that progress must show many times, small enough for CI. */
const BIG_ROWS = 100_000;
/** Rows appended to the big file that cannot be scored: wrong width, no company, bad count. */
const BAD_ROWS = [
	'only,three,cells',
	',2025-01-06,,,,,,,,,,,',
	'L9,2025-01-06,Bad Co,,many,,,,,,,,'
];

/**
 * The acceptance path of issue 7 on the stack `npm start` runs: the production build of the app
 * (its service worker included) behind the edge API on wrangler dev, with local D1 and R2 on a
 * fresh temporary state and the committed baseline model serving.
 */
describe('offline browser app, end to end', () => {
	let stack: LocalStack;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	const modelRequests: { ifNoneMatch: string | null; status: number }[] = [];
	const dir = mkdtempSync(join(tmpdir(), 'qualify-e2e-'));
	const csv = join(dir, 'calls.csv');
	const bigCsv = join(dir, 'big.csv');
	let firstBadLine = 0;
	const outcomes = () =>
		stack.query('SELECT lead_id, progressed FROM outcomes') as {
			lead_id: string;
			progressed: number;
		}[];

	beforeAll(async () => {
		stack = await startStack(PORT);
		execFileSync(process.execPath, [
			'cli/qualify.js',
			'generate',
			'--rows',
			String(ROWS),
			'--seed',
			'1',
			'--out',
			csv
		]);
		execFileSync(process.execPath, [
			'cli/qualify.js',
			'generate',
			'--rows',
			String(BIG_ROWS),
			'--seed',
			'2',
			'--out',
			bigCsv
		]);
		// Notes span lines, so the bad rows' lines come from the file itself.
		firstBadLine = readFileSync(bigCsv, 'utf8').split('\n').length;
		appendFileSync(bigCsv, BAD_ROWS.join('\n') + '\n');
		browser = await launchChromium([
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]);
		context = await browser.newContext();
		context.on('response', (response) => {
			if (new URL(response.url()).pathname === '/models/current')
				modelRequests.push({
					ifNoneMatch: response.request().headers()['if-none-match'] ?? null,
					status: response.status()
				});
		});
		page = await context.newPage();
		page.on('pageerror', (error) => console.error('[page]', error.message));
	});
	afterAll(async () => {
		await browser?.close();
		stack?.stop();
	});

	/**
	 * Records each new fraction the visible progress bar shows until the batch summary appears,
	 * sampled by a timer in the page itself: the worker leaves the main thread free.
	 */
	const watchProgress = () =>
		page.evaluate(() => {
			const seen: number[] = [];
			(globalThis as unknown as { progressSeen: number[] }).progressSeen = seen;
			const timer = setInterval(() => {
				const bar = document.querySelector<HTMLProgressElement>('[data-testid=batch-progress]');
				const fraction = bar && bar.getBoundingClientRect().height > 0 ? bar.value / bar.max : null;
				if (fraction !== null && fraction !== seen.at(-1)) seen.push(fraction);
				if (document.querySelector('[data-testid=batch-summary]')) clearInterval(timer);
			}, 2);
		});
	const progressSeen = () =>
		page.evaluate(() => (globalThis as unknown as { progressSeen: number[] }).progressSeen);

	async function scoreLead(fields: Record<string, string>) {
		await page.getByRole('link', { name: 'Score a lead' }).click();
		for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
		await page.getByRole('button', { name: 'Score lead' }).click();
		const card = page.getByTestId('score-card');
		// The card, or the page saying why not (a failure in the worker or IndexedDB).
		await page.locator('[data-testid=score-card], [data-testid=score-failure]').first().waitFor();
		expect(await page.getByTestId('score-failure').allTextContents()).toEqual([]);
		return {
			recommendation: await page.getByTestId('recommendation').textContent(),
			model: await page.getByTestId('model-version').textContent(),
			gauge: await card.getByRole('img').first().getAttribute('aria-label')
		};
	}

	it('loads, installs the service worker and syncs the model with ETag', async () => {
		await page.goto(BASE);
		await page.getByTestId('current-model').waitFor();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
			timeout: 60_000
		});
		// Precached for offline: the worker's lazily loaded tfjs chunk and wasm binaries too.
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const key of await caches.keys())
				for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
			return urls;
		});
		expect(cached.filter((u) => u.endsWith('.wasm'))).toHaveLength(3);
		expect(cached.some((u) => /\/workers\/scoring\.worker-.*\.js$/.test(u))).toBe(true);
		expect(cached.some((u) => /models|retrain_.*\.json$/.test(u))).toBe(true);
		await expect.poll(() => modelRequests.length).toBeGreaterThan(0);
		expect(modelRequests[0]).toEqual({ ifNoneMatch: null, status: 200 });
	});

	it("scores the seed's VoiceFlow AI example as the core does", async () => {
		const expected = new Scorer(await loadArtifact(baselineArtifact())).score(VOICEFLOW);
		const shown = await scoreLead({
			'Company name': VOICEFLOW.company_name,
			Industry: VOICEFLOW.industry,
			'Call notes': VOICEFLOW.call_notes
		});
		expect(shown.model).toBe(expected.model_version);
		expect(shown.gauge).toBe(`Qualification score: ${expected.qualification_score} out of 100`);
		expect(shown.recommendation).toBeTruthy();
		// The notes with the words that moved the learned wording score marked, as the core found them.
		const marks = page.getByTestId('word-highlights').locator('.text mark');
		const core = expected.words!.filter((w) => w.field === 'call_notes');
		expect(core.length).toBeGreaterThan(0);
		const notes = VOICEFLOW.call_notes!;
		const marked = await marks.allTextContents();
		expect(marked.length).toBeGreaterThan(0);
		for (const text of marked) expect(notes).toContain(text);
		const strongest = core[0]!;
		expect(marked.join('|')).toContain(notes.slice(strongest.start, strongest.end).split(' ')[0]);
	});

	it(`scores a ${ROWS}-row CSV with a visible progress bar`, async () => {
		await page.getByRole('link', { name: 'Batch' }).click();
		await page.getByTestId('csv-input').setInputFiles(csv);
		const button = page.getByRole('button', { name: `Score ${ROWS} leads` });
		await button.waitFor();
		await watchProgress();
		await button.click();
		await expect
			.poll(() => page.getByTestId('batch-summary').textContent(), { timeout: 60_000 })
			.toMatch(new RegExp(`Scored ${ROWS} of ${ROWS} leads`));
		const seen = await progressSeen();
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
		expect(await page.getByTestId('results').locator('tbody tr').count()).toBe(100);
	});

	it(`streams a ${BIG_ROWS}-row CSV with bad rows: progress throughout, one download row per valid lead`, async () => {
		await page.getByTestId('csv-input').setInputFiles(bigCsv);
		const total = BIG_ROWS + BAD_ROWS.length;
		const button = page.getByRole('button', { name: `Score ${total} leads` });
		await button.waitFor();
		await watchProgress();
		const started = Date.now();
		await button.click();
		await expect
			.poll(() => page.getByTestId('batch-summary').textContent(), { timeout: 110_000 })
			.toMatch(new RegExp(`Scored ${BIG_ROWS} of ${total} leads`));
		console.log(`${BIG_ROWS} rows streamed and scored in ${(Date.now() - started) / 1000} s`);
		const seen = await progressSeen();
		// Many distinct readings, each further than the last.
		expect(seen.length).toBeGreaterThan(5);
		expect(seen.every((value, i) => i === 0 || value > seen[i - 1]!)).toBe(true);
		// Each bad row listed with its line, and nothing else.
		const problems = await page.getByTestId('batch-errors').locator('li').allTextContents();
		expect(problems.map((p) => /^line (\d+),/.exec(p)?.[1])).toEqual(
			BAD_ROWS.map((_, i) => String(firstBadLine + i))
		);
		expect(await page.getByTestId('results').locator('tbody tr').count()).toBe(100);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const lines = readFileSync((await download.path())!, 'utf8')
			.trimEnd()
			.split('\n');
		expect(lines[0]).toMatch(/^row,lead_id,company_name,qualification_score/);
		expect(lines).toHaveLength(1 + BIG_ROWS);
		expect(new Set(lines.slice(1).map((l) => l.split(',')[1])).size).toBe(BIG_ROWS);
	});

	it('reloads and scores offline (flat and TensorFlow.js), queues an outcome, and sends it once back online', async () => {
		await context.setOffline(true);
		await page.reload();
		await page.getByTestId('current-model').waitFor();
		// Debian's Chromium 150 drops the offline emulation of a page its service worker reloads
		// (navigator.onLine reads true again, requests still fail); setting it anew restores it.
		await context.setOffline(false);
		await context.setOffline(true);
		await expect.poll(() => page.getByTestId('connectivity').textContent()).toBe('Offline');
		const offline = await scoreLead({ 'Company name': 'Offline Co', 'Call notes': 'Pricing call' });
		expect(offline.model).toMatch(/^retrain_/);

		// The tensor engine offline: tfjs and its wasm binary come from the service worker's
		// cache; without WebGPU (the GPU is off here) the worker falls back to wasm.
		await page.getByRole('link', { name: 'Batch' }).click();
		await page.getByTestId('csv-input').setInputFiles(csv);
		await page.getByLabel('Engine').selectOption('tfjs');
		await page.getByRole('button', { name: `Score ${ROWS} leads` }).click();
		await expect
			.poll(() => page.getByTestId('batch-summary').textContent(), { timeout: 90_000 })
			.toMatch(new RegExp(`Scored ${ROWS} of ${ROWS} leads[\\s\\S]*TensorFlow\\.js wasm engine`));

		await page.getByRole('link', { name: 'History' }).click();
		// POST /outcomes is a write endpoint: the rep's token, kept in this browser.
		await page.getByLabel('API token for sending outcomes').fill(devVars().ADMIN_TOKEN!);
		await page.getByRole('button', { name: 'Save token' }).click();
		const item = page.getByTestId('history-item').first();
		await item.getByText('Offline Co').waitFor();
		await item.getByLabel('Progressed to AE').check();
		await item.getByRole('button', { name: 'Save outcome' }).click();
		await expect.poll(() => item.getByTestId('outcome-state').textContent()).toMatch(/queued/);
		// The queue lives in IndexedDB: a reload offline keeps it.
		await page.reload();
		await expect.poll(() => page.getByTestId('queued').textContent()).toBe('1 outcome(s) queued');
		expect(outcomes()).toEqual([]);

		await context.setOffline(false);
		await expect.poll(() => page.getByTestId('queued').count(), { timeout: 30_000 }).toBe(0);
		// In the API's D1, exactly once.
		expect(outcomes()).toEqual([{ lead_id: expect.any(String), progressed: 1 }]);
		// Back online the model check sends the stored ETag and gets 304.
		expect(modelRequests.at(-1)).toMatchObject({ status: 304 });
	});

	it('says why when the scoring worker cannot start, instead of waiting for it', async () => {
		// Its own context, with no service worker to serve the script from cache.
		const broken = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const tab = await broken.newPage();
			await tab.route(/scoring\.worker/, (route) => route.abort());
			await tab.goto(BASE);
			await tab.getByRole('link', { name: 'Score a lead' }).click();
			await tab.getByLabel('Company name').fill('Acme');
			await tab.getByRole('button', { name: 'Score lead' }).click();
			await expect
				.poll(() => tab.getByTestId('score-failure').textContent(), { timeout: 20_000 })
				.toMatch(/Scoring failed: The scoring worker stopped/);
		} finally {
			await broken.close();
		}
	});
});
