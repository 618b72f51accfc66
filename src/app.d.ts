// See https://svelte.dev/docs/kit/types#app.d.ts — the Cloudflare platform bindings are added
// with the edge API.
declare global {
	namespace App {}
}

export {};
