import { readFileSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// The edge API's tests, inside workerd with Miniflare's real D1 and R2 (no mocks). The
// committed baseline model is handed to the tests as a binding; migrations are the same files
// `wrangler d1 migrations apply` runs.
const models = new URL('./models/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
const current = manifest.versions.find((v: { version: string }) => v.version === manifest.current);

export default defineConfig({
	plugins: [
		cloudflareTest(async () => ({
			wrangler: { configPath: './workers/api/wrangler.jsonc' },
			miniflare: {
				bindings: {
					ADMIN_TOKEN: 'test-admin-token',
					FELLOW_WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
					MODEL_REFRESH_MS: '100',
					INTERNAL_DOMAINS: 'fellow.app',
					BASELINE_MODEL: readFileSync(new URL(current.file, models), 'utf8'),
					TEST_MIGRATIONS: await readD1Migrations(new URL('./migrations', import.meta.url).pathname)
				},
				// Stands in for the SvelteKit app worker behind the APP service binding.
				workers: [
					{
						name: 'fellow-qualify',
						modules: true,
						compatibilityDate: '2026-08-01',
						script: `export default { fetch: () => new Response('<h1>app shell</h1>', { headers: { 'content-type': 'text/html' } }) }`
					}
				]
			}
		}))
	],
	test: {
		include: ['workers/**/*.test.ts'],
		setupFiles: ['./workers/api/test/setup.ts'],
		testTimeout: 30_000
	}
});
