import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium with the GPU process off (WebGPU then runs on SwiftShader, behind
 * `--enable-unsafe-webgpu`); `gpu: true` keeps the real GPU, for machines that have one.
 */
export async function launchChromium(
	extraArgs: string[] = [],
	{ gpu = false }: { gpu?: boolean } = {}
): Promise<Browser> {
	if (!existsSync(CHROMIUM))
		throw new Error(
			`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`
		);
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			...(gpu ? [] : ['--disable-gpu']),
			'--disable-background-networking',
			...extraArgs
		]
	});
}

/** Bundles a TypeScript entry for the browser as one classic script. */
export async function bundleForBrowser(entry: string): Promise<string> {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'silent'
	});
	return result.outputFiles[0]!.text;
}
