import { defineConfig } from 'vitest/config';

// Real-Chromium tests (Debian's /usr/bin/chromium driven by playwright-core); kept apart
// from the unit run because they need the browser installed.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
