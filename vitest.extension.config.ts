import { defineConfig } from 'vitest/config';

// The Chrome extension loaded unpacked into Debian's Chromium (playwright-core); run after
// `npm run build:extension`, which `npm run test:extension` does first.
export default defineConfig({
	test: {
		include: ['tests/extension/**/*.test.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
