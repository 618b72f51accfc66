// A worker of the batch feature pool: validates blocks of CSV records and extracts their
// features with the model's own text model, the batch's main cost (see feature-pool.ts).
import { expose, transfer } from 'comlink';
import { loadArtifact, Scorer } from '$lib/core/scoring';
import { blockFeatures, type QueuedRecord } from './block-features';

let scorer: Scorer | undefined;

const featureWorker = {
	async load(artifact: unknown): Promise<void> {
		scorer = new Scorer(await loadArtifact(artifact));
	},
	extract(
		records: QueuedRecord[],
		rename: Readonly<Record<string, string>>,
		columns: readonly string[],
		decide: boolean
	) {
		if (!scorer) throw new Error('the feature worker has no model yet');
		const block = blockFeatures(scorer, records, rename, columns, decide);
		return transfer(block, [block.x.buffer]);
	}
};
export type FeatureWorker = typeof featureWorker;

expose(featureWorker);
