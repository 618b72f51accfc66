import { defineConfig } from 'vitest/config';

// The Chrome extension loaded unpacked into Debian's Chromium (playwright-core); run after
// `npm run build:extension`, which `npm run test:extension` does first.
export default defineConfig({
	test: {
		include: ['tests/extension/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// A page in Chromium on a busy CI machine: expect.poll's default 1 s once expired while a
		// reloaded page was still starting its scripts (e2e, 'queued' after an offline reload).
		expect: { poll: { timeout: 10_000 } }
	}
});
