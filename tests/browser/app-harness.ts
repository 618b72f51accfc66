import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { bundleForBrowser } from './chromium';

const root = new URL('../../', import.meta.url);
const models = new URL('models/', root);
const wasmDir = new URL('node_modules/@tensorflow/tfjs-backend-wasm/dist/', root);

/** The committed baseline artifact (what models/manifest.json points at). */
export function baselineArtifact(): unknown {
	const manifest = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
	return JSON.parse(readFileSync(new URL(`${manifest.current}.json`, models), 'utf8'));
}

/**
 * A page on http://localhost/ (a secure context, which Web Crypto and WebGPU need) whose
 * `worker` global is the scoring worker wrapped with comlink, the baseline model loaded; the
 * tfjs wasm binaries are served from node_modules, never a CDN.
 */
export async function openWorkerPage(browser: Browser): Promise<Page> {
	const [worker, page] = await Promise.all([
		bundleForBrowser(fileURLToPath(new URL('./app-worker.entry.ts', import.meta.url)), 'esm'),
		bundleForBrowser(fileURLToPath(new URL('./app-page.entry.ts', import.meta.url)))
	]);
	const tab = await browser.newPage();
	await tab.route('http://localhost/**', (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/worker.js')
			return route.fulfill({ contentType: 'text/javascript', body: worker });
		if (path.startsWith('/tfjs/'))
			return route.fulfill({
				contentType: 'application/wasm',
				body: readFileSync(new URL(path.slice('/tfjs/'.length), wasmDir))
			});
		return route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>worker harness</title><script>${page}</script>`
		});
	});
	tab.on('console', (m) => {
		if (m.type() === 'error') console.error('[chromium]', m.text());
	});
	await tab.goto('http://localhost/');
	await tab.evaluate(
		(artifact) =>
			(
				globalThis as unknown as { worker: { loadModel(a: unknown): Promise<unknown> } }
			).worker.loadModel(artifact),
		baselineArtifact()
	);
	return tab;
}
