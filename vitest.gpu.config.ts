import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The WebGPU tree kernel against the flat traversal through Dawn's Node bindings (npm
// `webgpu`): on the machine's GPU, or Mesa's llvmpipe where there is none. One process
// (forks), one file at a time: llvmpipe already uses every core.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/gpu/**/*.test.ts'],
		pool: 'forks',
		fileParallelism: false,
		testTimeout: 180_000
	}
});
