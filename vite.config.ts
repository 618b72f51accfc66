import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The scoring worker lazy-loads tfjs, which needs code splitting: ES module workers.
	worker: { format: 'es' },
	// Pre-bundled up front in dev, so the first batch does not trigger a re-optimise + reload.
	optimizeDeps: {
		include: [
			'papaparse',
			'@tensorflow/tfjs-core',
			'@tensorflow/tfjs-backend-cpu',
			'@tensorflow/tfjs-backend-wasm',
			'@tensorflow/tfjs-backend-webgpu'
		]
	},
	test: {
		include: [
			'src/**/*.test.ts',
			'cli/**/*.test.ts',
			'extension/**/*.test.ts',
			'tests/**/*.test.ts'
		],
		exclude: [
			'tests/browser/**',
			'tests/extension/**',
			'tests/e2e/**',
			'tests/dashboard/**',
			'tests/gpu/**'
		],
		testTimeout: 30_000
	}
});
