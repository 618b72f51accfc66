import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundleForBrowser, launchChromium } from './chromium';
import { SAMPLE_LEADS } from '../../src/lib/core/features/samples';
import { pipeline } from './features-parity.pipeline';

const ROWS = 300;
const SEED = 7;

describe('one core: generator and features in Chromium match Node bit for bit', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => browser?.close());

	it('produces identical CSV and Float32 feature bytes (and generating probabilities to 1e-15)', async () => {
		const script = await bundleForBrowser(
			fileURLToPath(new URL('./features-parity.entry.ts', import.meta.url))
		);
		const page = await browser.newPage();
		await page.addScriptTag({ content: script });
		const inBrowser = await page.evaluate(
			([rows, seed]) => (globalThis as unknown as { parity: typeof pipeline }).parity(rows!, seed!),
			[ROWS, SEED]
		);
		const inNode = pipeline(ROWS, SEED);

		expect(inNode.cols).toBeGreaterThanOrEqual(35);
		expect(inNode.bytes.length).toBe(2 * 4 * inNode.cols * (ROWS + SAMPLE_LEADS.length));
		expect(inBrowser.csv).toBe(inNode.csv);
		// Math.exp may differ in the last bit between V8 builds; the data drawn from it does not.
		inBrowser.truth.forEach((p, i) => expect(Math.abs(p - inNode.truth[i]!)).toBeLessThan(1e-15));
		expect(inBrowser.bytes).toBe(inNode.bytes);
	});
});
