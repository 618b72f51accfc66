import { defineConfig } from 'vitest/config';

// The dashboard against the real stack: the built app and the API on wrangler dev (local D1
// and R2 in a temporary directory), seeded through the API, driven by Debian's Chromium.
export default defineConfig({
	test: {
		include: ['tests/dashboard/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 150_000,
		// A page in Chromium on a busy CI machine: expect.poll's default 1 s once expired while a
		// reloaded page was still starting its scripts (e2e, 'queued' after an offline reload).
		expect: { poll: { timeout: 10_000 } }
	}
});
