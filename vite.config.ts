import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The scoring worker lazy-loads tfjs, which needs code splitting: ES module workers.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['tests/browser/**', 'tests/e2e/**'],
		testTimeout: 30_000
	}
});
