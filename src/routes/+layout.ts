// A client-rendered app whose pages are prerendered shells: they work from the service
// worker's cache offline, and all scoring happens in the browser's worker.
export const ssr = false;
export const prerender = true;
