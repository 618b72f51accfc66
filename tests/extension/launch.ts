import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from '../browser/chromium';

export interface ExtensionBrowser {
	context: BrowserContext;
	/** The extension's service worker (runs code in the extension, e.g. storage reads). */
	worker: Worker;
	extensionId: string;
}

/**
 * Chromium with the unpacked extension loaded, `*.fellow.app` resolved to the local HTTPS
 * server (its self-signed certificate accepted). New headless mode loads extensions.
 */
export async function launchWithExtension(
	extensionDir: string,
	fellowPort: number
): Promise<ExtensionBrowser> {
	const context = await chromium.launchPersistentContext(
		mkdtempSync(join(tmpdir(), 'fq-profile-')),
		{
			executablePath: chromiumPath(),
			headless: true,
			viewport: { width: 1100, height: 640 },
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				`--disable-extensions-except=${extensionDir}`,
				`--load-extension=${extensionDir}`,
				`--host-resolver-rules=MAP *.fellow.app 127.0.0.1:${fellowPort}`,
				'--ignore-certificate-errors'
			]
		}
	);
	const worker =
		context.serviceWorkers()[0] ??
		(await context.waitForEvent('serviceworker', { timeout: 30_000 }));
	return { context, worker, extensionId: new URL(worker.url()).host };
}
