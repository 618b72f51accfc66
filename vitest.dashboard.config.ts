import { defineConfig } from 'vitest/config';

// The dashboard against the real stack: the built app and the API on wrangler dev (local D1
// and R2 in a temporary directory), seeded through the API, driven by Debian's Chromium.
export default defineConfig({
	test: {
		include: ['tests/dashboard/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 150_000
	}
});
