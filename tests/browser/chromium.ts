import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Chromium binary, or a clear error saying how to get it. */
export function chromiumPath(): string {
	if (!existsSync(CHROMIUM))
		throw new Error(
			`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`
		);
	return CHROMIUM;
}

/**
 * Headless Chromium with the GPU process off (WebGPU then runs on SwiftShader, behind
 * `--enable-unsafe-webgpu`); `gpu: true` keeps the real GPU, for machines that have one.
 */
export async function launchChromium(
	extraArgs: string[] = [],
	{ gpu = false }: { gpu?: boolean } = {}
): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			...(gpu ? [] : ['--disable-gpu']),
			'--disable-background-networking',
			...extraArgs
		]
	});
}

/** Bundles a TypeScript entry for the browser: a classic script, or an ES module (workers). */
export async function bundleForBrowser(
	entry: string,
	format: 'iife' | 'esm' = 'iife'
): Promise<string> {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		format,
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'silent',
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) }
	});
	return result.outputFiles[0]!.text;
}

/**
 * A page on http://localhost/ (a secure context, which Web Crypto and IndexedDB want) running
 * the bundle of `entry` (a path relative to tests/browser/).
 */
export async function openScriptPage(browser: Browser, entry: string): Promise<Page> {
	const script = await bundleForBrowser(fileURLToPath(new URL(entry, import.meta.url)));
	const page = await browser.newPage();
	await page.route('http://localhost/', (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${entry}</title>` })
	);
	await page.goto('http://localhost/');
	await page.addScriptTag({ content: script });
	return page;
}
