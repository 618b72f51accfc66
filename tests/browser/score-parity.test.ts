import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openScriptPage } from './chromium';
import { scoreAll } from './score-parity.pipeline';

const ROWS = 200;
const models = new URL('../../models/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
const artifact = JSON.parse(readFileSync(new URL(`${manifest.current}.json`, models), 'utf8'));

describe('one core: the baseline model scores the same in Chromium as in Node', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => browser?.close());

	it('gives identical ScoreResults (reasons and factors included) and both text models’ scores', async () => {
		const page = await openScriptPage(browser, './score-parity.entry.ts');
		const inBrowser = await page.evaluate(
			([doc, rows]) =>
				(globalThis as unknown as { scoreAll: typeof scoreAll }).scoreAll(doc, rows as number),
			[artifact, ROWS] as const
		);
		const inNode = await scoreAll(artifact, ROWS);
		expect(inNode.length).toBeGreaterThan(ROWS);
		expect(new Set(inNode.map((r) => r.result.recommendation)).size).toBeGreaterThan(1);
		expect(inNode.filter((r) => Number.isFinite(r.text)).length).toBeGreaterThan(ROWS);
		expect(inNode.filter((r) => Number.isFinite(r.texts.voiceAi)).length).toBeGreaterThan(ROWS);
		expect(inNode.filter((r) => Number.isFinite(r.texts.progression)).length).toBeGreaterThan(ROWS);
		expect(inBrowser).toEqual(inNode);
	});
});
