import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [
			'src/**/*.test.ts',
			'cli/**/*.test.ts',
			'extension/**/*.test.ts',
			'tests/**/*.test.ts'
		],
		exclude: ['tests/browser/**', 'tests/extension/**'],
		testTimeout: 30_000
	}
});
