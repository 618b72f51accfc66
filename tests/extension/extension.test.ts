import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorityLabel, recommendationLabel, summarize } from '../../extension/src/shared/summary';
import { canonicalJson, sha256Hex } from '../../src/lib/core/hash';
import { Lead, type LeadInput, type ScoreResult } from '../../src/lib/core/schema';
import { loadArtifact, Scorer } from '../../src/lib/core/scoring';
import { FELLOW_CSS, meetingPage, type MeetingFixture } from './fellow-page';
import { launchWithExtension, type ExtensionBrowser } from './launch';
import { startHttpServer, startHttpsServer, type Reply, type TestServer } from './servers';

const root = new URL('../../', import.meta.url);
const EXTENSION_DIR = fileURLToPath(new URL('dist/extension/', root));
const { current } = JSON.parse(readFileSync(new URL('models/manifest.json', root), 'utf8'));
const baseline = JSON.parse(readFileSync(new URL(`models/${current}.json`, root), 'utf8'));
const SYNCED_VERSION = 'retrain_20300101_000000';

const PAGE_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const MEETING = 'evt_8fK2pQ';
const NOTES = [
	'Energetic call with the CTO and the Head of Support.',
	'They want to replace the legacy IVR with a voice AI agent this quarter.',
	'Building an AI agent on the phone with an LLM; needs media streams, low latency and SIP trunking.',
	'Budget approved for this project. Timeline: live within 8 weeks.',
	'They asked for a proposal and a POC plan. Next meeting booked with their security team.'
];
const COOLER_NOTES = [
	'Update: the budget was pulled, no budget this year.',
	'Locked into a contract with Vonage until 2027. Not a priority; no next steps agreed.'
];
const FELLOW_MARKDOWN =
	'## Summary\n- Interested in SMS verification only, not voice AI.\n- No budget this year; follow up in 2027.';

const pages: Record<string, MeetingFixture> = {
	[MEETING]: {
		title: 'Acme <> VoiceFlow AI — intro call',
		attendees: ['rep@acme.com', 'maria@voiceflow.ai', 'dev@voiceflow.ai', 'j.doe@gmail.com'],
		notes: NOTES
	},
	evt_empty001: { title: 'Intro call: Seattle Freight', attendees: ['rep@acme.com'], notes: [] },
	evt_heading1: {
		title: 'Northwind / Acme',
		attendees: ['rep@acme.com', 'cto@northwind.io'],
		notes: COOLER_NOTES,
		layout: 'heading'
	}
};

/** The lead the extension should build from the known meeting page. */
const knownLead = (notes: string[]): LeadInput => ({
	company_name: 'VoiceFlow AI',
	website: 'voiceflow.ai',
	call_notes: notes.join('\n'),
	lead_id: `fellow-${MEETING}`
});

/** The baseline under another version name, sealed: what the edge API serves as "current". */
async function resealed(version: string) {
	const content = { ...baseline, version };
	delete content.sha256;
	return { ...content, sha256: await sha256Hex(canonicalJson(content)) };
}

/** What the panel shows, in the shape `expectedReading` gives for a Node ScoreResult. */
async function panelReading(page: Page) {
	const text = (id: string) =>
		page.locator(`fellow-qualify-panel [data-testid="${id}"]`).innerText();
	return {
		score: await text('score'),
		recommendation: await text('recommendation'),
		priority: await text('priority'),
		voiceAiFit: await text('voice-ai-fit'),
		reasons: await page.locator('fellow-qualify-panel [data-testid="reasons"] li').allInnerTexts(),
		model: await text('model-version')
	};
}

function expectedReading(result: ScoreResult) {
	return {
		score: String(result.qualification_score),
		recommendation: recommendationLabel(result.recommendation),
		priority: priorityLabel(result.priority),
		voiceAiFit: `Voice AI fit ${result.voice_ai_fit}`,
		reasons: result.reasoning.slice(0, 4),
		model: result.model_version
	};
}

describe('Chrome extension on a Fellow meeting page (Debian Chromium, unpacked)', () => {
	let fellow: TestServer;
	let edge: TestServer;
	let browser: ExtensionBrowser;
	let page: Page;
	let baselineScorer: Scorer;
	let syncedScorer: Scorer;
	let synced: Awaited<ReturnType<typeof resealed>>;
	const nodeScore = (scorer: Scorer, lead: LeadInput) => scorer.score(v.parse(Lead, lead));

	beforeAll(async () => {
		baselineScorer = new Scorer(await loadArtifact(baseline));
		synced = await resealed(SYNCED_VERSION);
		syncedScorer = new Scorer(await loadArtifact(synced));
		fellow = await startHttpsServer((req): Reply | undefined => {
			if (req.path === '/fellow.css')
				return { headers: { 'Content-Type': 'text/css' }, body: FELLOW_CSS };
			const guid = /^\/meetings\/([\w-]+)/.exec(req.path)?.[1];
			if (guid && pages[guid])
				return {
					headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': PAGE_CSP },
					body: meetingPage(pages[guid])
				};
			if (req.method === 'POST' && req.path === '/api/v1/notes') {
				if (req.headers['x-api-key'] !== 'fellow-key') return { status: 401 };
				const { filters } = JSON.parse(req.body);
				const data =
					filters?.event_guid === MEETING
						? [{ title: pages[MEETING]!.title, content_markdown: FELLOW_MARKDOWN }]
						: [];
				return { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data }) };
			}
		});
		edge = await startHttpServer(() => undefined);
		browser = await launchWithExtension(EXTENSION_DIR, fellow.port);
		await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: 'https://acme.fellow.app'
		});
		page = await browser.context.newPage();
	});

	afterAll(async () => {
		await browser?.context.close();
		await fellow?.close();
		await edge?.close();
	});

	it('the build’s zip holds the unpacked extension, file for file', () => {
		const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
		const zip = unzipSync(
			readFileSync(new URL(`dist/fellow-qualify-extension-${version}.zip`, root))
		);
		const files = readdirSync(EXTENSION_DIR, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(EXTENSION_DIR, join(entry.parentPath, entry.name)));
		expect(Object.keys(zip).sort()).toEqual(files.sort());
		for (const file of files)
			expect(Buffer.from(zip[file]!).equals(readFileSync(join(EXTENSION_DIR, file)))).toBe(true);
		expect(JSON.parse(Buffer.from(zip['manifest.json']!).toString()).version).toBe(version);
	});

	it('shows the known lead’s score, equal to the Node core’s, with no API configured', async () => {
		await page.goto(`https://acme.fellow.app/meetings/${MEETING}`);
		const panel = page.locator('fellow-qualify-panel section[data-state="scored"]');
		await panel.waitFor({ timeout: 30_000 });
		const expected = nodeScore(baselineScorer, knownLead(NOTES));
		expect(expected.recommendation).toBe('AE_HANDOFF');
		expect(await panelReading(page)).toEqual(expectedReading(expected));
		// The words that moved the learned wording score, as the core found them in these notes.
		const lead = knownLead(NOTES);
		const phrases = [
			...new Set(
				expected.words!.map((w) =>
					String(w.field === 'call_notes' ? lead.call_notes : lead.description)
						.trim()
						.slice(w.start, w.end)
				)
			)
		].slice(0, 6);
		expect(phrases.length).toBeGreaterThan(0);
		expect(
			await page.locator('fellow-qualify-panel [data-testid="words"] mark').allInnerTexts()
		).toEqual(phrases);
		// Fellow's page CSS hides every section, ul and button: the shadow root keeps them.
		expect(await panel.isVisible()).toBe(true);
		expect(await page.locator('fellow-qualify-panel [data-testid="copy"]').isVisible()).toBe(true);
		expect(await page.locator('fellow-qualify-panel [data-testid="send"]').isDisabled()).toBe(true);
		expect(await page.locator('fellow-qualify-panel [data-testid="no-notes"]').count()).toBe(0);

		await page.locator('fellow-qualify-panel [data-testid="copy"]').click();
		await page
			.locator('fellow-qualify-panel [data-testid="status"]', { hasText: 'copied' })
			.waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			summarize(knownLead(NOTES), expected)
		);
		if (process.env.EXTENSION_SCREENSHOT)
			await page.screenshot({ path: fileURLToPath(new URL('docs/extension-panel.png', root)) });
	});

	it('re-scores when the notes change, offline', async () => {
		await browser.context.setOffline(true);
		await page.evaluate((lines) => {
			const editor = document.querySelector('.ProseMirror')!;
			for (const line of lines)
				editor.append(Object.assign(document.createElement('p'), { textContent: line }));
		}, COOLER_NOTES);
		const expected = nodeScore(baselineScorer, knownLead([...NOTES, ...COOLER_NOTES]));
		await expect
			.poll(() => panelReading(page), { timeout: 15_000 })
			.toEqual(expectedReading(expected));
		expect(expected.qualification_score).not.toBe(
			nodeScore(baselineScorer, knownLead(NOTES)).qualification_score
		);
		await browser.context.setOffline(false);
	});

	it('says so when it cannot read notes, and scores the company alone', async () => {
		await page.goto('https://acme.fellow.app/meetings/evt_empty001');
		await page
			.locator('fellow-qualify-panel [data-testid="no-notes"]')
			.waitFor({ timeout: 15_000 });
		const expected = nodeScore(baselineScorer, {
			company_name: 'Seattle Freight',
			lead_id: 'fellow-evt_empty001'
		});
		expect(await panelReading(page)).toEqual(expectedReading(expected));
	});

	it('finds notes under a heading when there is no note editor', async () => {
		await page.goto('https://acme.fellow.app/meetings/evt_heading1');
		await page
			.locator('fellow-qualify-panel .meta', { hasText: 'notes: notes heading' })
			.waitFor({ timeout: 15_000 });
		const expected = nodeScore(baselineScorer, {
			company_name: 'Northwind',
			website: 'northwind.io',
			call_notes: ['Summary', ...COOLER_NOTES].join('\n'),
			lead_id: 'fellow-evt_heading1'
		});
		expect(await panelReading(page)).toEqual(expectedReading(expected));
	});

	it('options page saves to chrome.storage.local and syncs the API’s current model', async () => {
		const etag = '"m-2030"';
		edge.handler = (req): Reply | undefined => {
			const cors = {
				'Access-Control-Allow-Origin': '*',
				'Access-Control-Allow-Headers': 'Authorization, If-None-Match, Content-Type',
				'Access-Control-Expose-Headers': 'ETag'
			};
			if (req.method === 'OPTIONS') return { status: 204, headers: cors };
			if (req.path === '/models/current')
				return req.headers['if-none-match'] === etag
					? { status: 304, headers: { ...cors, ETag: etag } }
					: {
							headers: { ...cors, ETag: etag, 'Content-Type': 'application/json' },
							body: JSON.stringify(synced)
						};
			if (req.method === 'POST' && req.path === '/score')
				return {
					headers: { ...cors, 'Content-Type': 'application/json' },
					body: JSON.stringify(nodeScore(syncedScorer, JSON.parse(req.body)))
				};
		};
		const options = await browser.context.newPage();
		await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
		await options.locator('[data-testid="model"]', { hasText: current }).waitFor();
		await options.fill('input[name="apiUrl"]', `http://127.0.0.1:${edge.port}/`);
		await options.fill('input[name="apiKey"]', 'edge-key');
		await options.fill('input[name="ownDomains"]', 'Acme.com, acme.io');
		await options.click('button[type="submit"]');
		await options
			.locator('[data-testid="model"]', { hasText: `${SYNCED_VERSION} (synced from the API)` })
			.waitFor();

		expect(await browser.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({
			settings: {
				apiUrl: `http://127.0.0.1:${edge.port}/`,
				apiKey: 'edge-key',
				fellowApiKey: '',
				ownDomains: ['acme.com', 'acme.io']
			}
		});
		expect(await browser.worker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
		const modelRequest = edge.requests.find((r) => r.method === 'GET')!;
		expect(modelRequest.path).toBe('/models/current');
		expect(modelRequest.headers.authorization).toBe('Bearer edge-key');
		expect(modelRequest.headers['if-none-match']).toBeUndefined();

		// Saving again syncs again: the ETag comes back and the API answers 304.
		await options.click('button[type="submit"]');
		await options.locator('[data-testid="model"]', { hasText: 'up to date' }).waitFor();
		expect(edge.requests.filter((r) => r.method === 'GET').at(-1)!.headers['if-none-match']).toBe(
			etag
		);

		// A tampered artifact is refused and the synced model stays.
		const tampered = { ...synced, version: 'retrain_20310101_000000' };
		const previous = edge.handler;
		edge.handler = (req) =>
			req.path === '/models/current' && req.method === 'GET'
				? {
						headers: {
							'Access-Control-Allow-Origin': '*',
							'Access-Control-Expose-Headers': 'ETag',
							ETag: '"bad"'
						},
						body: JSON.stringify(tampered)
					}
				: previous(req);
		await options.click('button[type="submit"]');
		await options
			.locator('[data-testid="model"]', { hasText: `failed, kept ${SYNCED_VERSION}` })
			.waitFor();
		edge.handler = previous;
		await options.close();

		await page.goto(`https://acme.fellow.app/meetings/${MEETING}`);
		const expected = nodeScore(syncedScorer, knownLead(NOTES));
		await expect
			.poll(() => panelReading(page), { timeout: 15_000 })
			.toEqual(expectedReading(expected));
	});

	it('“Send to API” posts the lead to the configured API', async () => {
		await page.locator('fellow-qualify-panel [data-testid="send"]').click();
		const expected = nodeScore(syncedScorer, knownLead(NOTES));
		await page
			.locator('fellow-qualify-panel [data-testid="status"]', {
				hasText: `Sent: the API scored it ${expected.qualification_score}`
			})
			.waitFor({ timeout: 15_000 });
		const post = edge.requests.find((r) => r.method === 'POST' && r.path === '/score')!;
		expect(JSON.parse(post.body)).toEqual(knownLead(NOTES));
		expect(post.headers.authorization).toBe('Bearer edge-key');
	});

	it('reads the note through Fellow’s API when a Fellow API key is set', async () => {
		const options = await browser.context.newPage();
		await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
		await options.locator('input[name="apiUrl"]').waitFor();
		await expect.poll(() => options.inputValue('input[name="apiKey"]')).toBe('edge-key');
		await options.fill('input[name="fellowApiKey"]', 'fellow-key');
		await options.click('button[type="submit"]');
		await options.locator('[data-testid="saved"]', { hasText: 'Saved' }).waitFor();
		await options.close();

		await page.goto(`https://acme.fellow.app/meetings/${MEETING}`);
		await page
			.locator('fellow-qualify-panel .meta', { hasText: 'notes: Fellow API' })
			.waitFor({ timeout: 15_000 });
		const expected = nodeScore(syncedScorer, {
			...knownLead(NOTES),
			call_notes: FELLOW_MARKDOWN
		});
		expect(await panelReading(page)).toEqual(expectedReading(expected));
		const call = fellow.requests.find((r) => r.path === '/api/v1/notes')!;
		expect(call.headers['x-api-key']).toBe('fellow-key');
		expect(JSON.parse(call.body)).toMatchObject({
			filters: { event_guid: MEETING },
			include: { content_markdown: true }
		});
	});
});
