/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Precaches the app shell (prerendered pages), the build (JS, CSS, the scoring worker, the
// tfjs wasm binaries, the baseline model) and static files, so after one online visit the
// app loads and scores offline. The API (another origin, or /models, /outcomes) is never
// cached: sync must see the network's answer, and IndexedDB holds what works offline.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fellow-qualify-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll(ASSETS);
				await precacheWorkerImports(cache);
			})
			.then(() => sw.skipWaiting())
	);
});

/**
 * `build` lists the scoring worker's entry but not what the worker loads lazily (the tfjs
 * chunk and the wasm binaries), which Vite names relative to the worker (`./chunks/x.js`,
 * `assets/y.wasm`). Reading them out of the worker's code keeps the list exact per build.
 */
async function precacheWorkerImports(cache: Cache): Promise<void> {
	const seen = new Set<string>();
	const queue = build.filter((path) => path.includes('/workers/'));
	while (queue.length) {
		const script = new URL(queue.pop()!, sw.location.origin);
		const code = await (await cache.match(script.pathname))!.text();
		for (const [ref] of code.matchAll(/(?:\.\/)?(?:chunks|assets)\/[\w.-]+\.(?:js|wasm)/g)) {
			const url = new URL(ref, script).pathname;
			if (seen.has(url)) continue;
			seen.add(url);
			await cache.add(url);
			if (url.endsWith('.js')) queue.push(url);
		}
	}
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const path = url.pathname;
	const asset = ASSETS.includes(path) || path.includes('/_app/immutable/');
	const page = event.request.mode === 'navigate';
	if (!asset && !page) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Build assets are immutable (hashed names): cache first.
			if (asset) return (await cache.match(path)) ?? fetch(event.request);
			// Pages: network first so a new version shows when online; the precached shell offline.
			try {
				return await fetch(event.request);
			} catch {
				const shell =
					(await cache.match(path)) ??
					(await cache.match(path.replace(/\/$/, '') || '/')) ??
					(await cache.match('/'));
				return shell ?? Response.error();
			}
		})()
	);
});
