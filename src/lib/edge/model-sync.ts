import { fetchCurrentModel, type EdgeApi } from './client';

/** Where a host keeps its model: IndexedDB plus the scoring worker in the app, chrome.storage in the extension. */
export interface ModelSlot {
	/** The model in use: its version and, when it came from the API, its ETag. */
	held(): Promise<{ version?: string; etag?: string }>;
	/**
	 * Verifies an artifact and makes it the model in use, storing it; throws, keeping the held
	 * model, when it does not verify (hash, format, feature spec). Returns its version.
	 */
	adopt(artifact: unknown, etag: string | undefined): Promise<string>;
}

export type ModelSync =
	| { status: 'unchanged' }
	| { status: 'updated'; version: string }
	| { status: 'failed'; error: string };

/**
 * One model sync with the edge API, the same in every host: fetch the serving model only if
 * it changed since the one held (ETag), and let the host verify and adopt it. Any failure
 * (network, HTTP, an artifact that does not verify) leaves the held model in use.
 */
export async function syncModel(api: EdgeApi, slot: ModelSlot): Promise<ModelSync> {
	const held = await slot.held();
	try {
		const reply = await fetchCurrentModel(api, held.etag);
		if (reply.status === 'not-modified') return { status: 'unchanged' };
		const version = await slot.adopt(reply.artifact, reply.etag);
		return version === held.version ? { status: 'unchanged' } : { status: 'updated', version };
	} catch (error) {
		return { status: 'failed', error: (error as Error).message };
	}
}
