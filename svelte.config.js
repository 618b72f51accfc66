import adapter from '@sveltejs/adapter-cloudflare';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Without the adapter's emulation: it starts wrangler's platform proxy (a workerd) to
		// prerender and never stops it (sveltejs/kit#16919), so every build left one running. The
		// app reads no platform bindings: its pages are prerendered shells, the API its own Worker.
		adapter: { ...adapter(), emulate: undefined }
	}
};

export default config;
