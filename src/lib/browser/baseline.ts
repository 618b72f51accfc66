import manifest from '../../../models/manifest.json';

// Every committed artifact becomes a hashed build asset (so the service worker precaches it);
// the manifest says which one is the baseline.
const urls = import.meta.glob<string>('../../../models/*_*.json', {
	query: '?url',
	import: 'default',
	eager: true
});

/** URL of the committed baseline model: what the app scores with before any sync. */
export const BASELINE_URL: string = urls[`../../../models/${manifest.current}.json`]!;
