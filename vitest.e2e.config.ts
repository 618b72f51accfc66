import { defineConfig } from 'vitest/config';

// End to end: builds the app, serves it behind the edge API on wrangler dev, drives Debian's Chromium through
// it (playwright-core). Steps share one page, so they run in order in one file.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 240_000,
		fileParallelism: false,
		// A page in Chromium on a busy CI machine: expect.poll's default 1 s once expired while a
		// reloaded page was still starting its scripts (e2e, 'queued' after an offline reload).
		expect: { poll: { timeout: 10_000 } }
	}
});
