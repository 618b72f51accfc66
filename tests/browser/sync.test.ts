import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ModelArtifact } from '../../src/lib/core/scoring';
import { baselineArtifact } from './app-harness';
import { launchChromium, openScriptPage } from './chromium';

describe('model sync and the outcome queue (IndexedDB in Chromium)', () => {
	let browser: Browser;
	let log: Record<string, unknown>;
	beforeAll(async () => {
		browser = await launchChromium();
		const page = await openScriptPage(browser, './sync.entry.ts');
		log = await page.evaluate(
			(artifact) =>
				(
					globalThis as unknown as {
						runSyncScenarios(a: unknown): Promise<Record<string, unknown>>;
					}
				).runSyncScenarios(artifact),
			baselineArtifact() as ModelArtifact
		);
	});
	afterAll(async () => browser?.close());

	it('verifies before switching, uses the ETag, keeps the old model on any failure', () => {
		const version = (baselineArtifact() as ModelArtifact).version;
		expect(log.first).toEqual({
			result: { status: 'updated', version },
			slots: { current: '"v1"', previous: null }
		});
		expect(log.notModified).toEqual({
			result: { status: 'unchanged' },
			slots: { current: '"v1"', previous: null }
		});
		expect(log.tampered).toMatchObject({
			result: { status: 'failed', error: expect.stringMatching(/corrupt/) },
			slots: { current: '"v1"', previous: null }
		});
		expect(log.serverDown).toMatchObject({
			result: { status: 'failed', error: 'edge API GET /models/current: HTTP 503' },
			slots: { current: '"v1"' }
		});
		expect(log.newer).toEqual({
			result: { status: 'updated', version: 'retrain_20270101_000000' },
			slots: { current: '"v2"', previous: '"v1"' }
		});
		// A 304 activates nothing; the tampered artifact never got past verification.
		expect(log.activated).toEqual([version, 'retrain_20270101_000000']);
	});

	it('loses no outcome across outages and refusals, and sends each idempotently', () => {
		// Queue order b, c, a (a was re-entered last); c meets a 503, then a 422, then no network.
		expect(log.outage).toEqual({
			result: { sent: 1, remaining: 2, error: 'POST /outcomes: 503 busy' },
			queue: ['a', 'c']
		});
		// A refused outcome stays queued with its error but does not block a (409: already there).
		expect(log.refused).toMatchObject({
			result: { sent: 1, remaining: 1, error: 'POST /outcomes: 422 unknown lead' },
			queue: ['c'],
			c: { attempts: 2, last_error: 'POST /outcomes: 422 unknown lead' }
		});
		expect(log.offline).toEqual({ result: { sent: 0, remaining: 1, error: 'Failed to fetch' } });
		expect(log.recovered).toEqual({
			result: { sent: 1, remaining: 0 },
			queue: [],
			synced: expect.arrayContaining([
				['a', true, 0],
				['b', true, 1],
				['c', true, 1]
			])
		});
		expect(log.posted).toEqual(['b', 'a']);
		// The API got the rep's latest answer for a, never the replaced one.
		expect(log.outcomeBodies).toContainEqual({
			lead_id: 'a',
			progressed: 0,
			occurred_at: '2026-11-25'
		});
		expect(log.outcomeBodies).not.toContainEqual(
			expect.objectContaining({ lead_id: 'a', progressed: 1 })
		);
	});
});
