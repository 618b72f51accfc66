import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openWorkerPage } from './app-harness';
import { launchChromium } from './chromium';

const LEADS = 10_000;
/** The probe ticks every 10 ms; a gap this long would be a visibly frozen page. */
const MAX_GAP_MS = 250;

interface Harness {
	generate(rows: number, seed: number): Promise<number>;
	scoreGenerated(engine: 'auto'): Promise<{ scored: number; ms: number; engine: string }>;
}

describe('scoring a big batch leaves the page responsive', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		browser = await launchChromium();
		page = await openWorkerPage(browser);
	});
	afterAll(async () => browser?.close());

	it(`a timer keeps firing while the worker scores ${LEADS} leads`, async () => {
		const run = await page.evaluate(async (leads) => {
			const g = globalThis as unknown as {
				worker: Harness;
				startProbe(): void;
				stopProbe(): { ticks: number; maxGap: number };
			};
			await g.worker.generate(leads, 21);
			g.startProbe();
			const result = await g.worker.scoreGenerated('auto');
			return { ...result, ...g.stopProbe() };
		}, LEADS);
		console.info(
			`${run.scored} leads in ${run.ms.toFixed(0)} ms (${run.engine}); timer: ${run.ticks} ticks, longest gap ${run.maxGap.toFixed(0)} ms`
		);
		expect(run.scored).toBe(LEADS);
		expect(run.ticks).toBeGreaterThan(run.ms / 10 / 4);
		expect(run.maxGap).toBeLessThan(MAX_GAP_MS);
	});
});
