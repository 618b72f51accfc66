import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArtifact, Scorer } from '$lib/core/scoring';
import { generateCalls } from '$lib/core/synth';
import { blockFeatures, type QueuedRecord } from './block-features';
import { createFlatEngine } from './flat-engine';

describe('blockFeatures', async () => {
	const manifest = JSON.parse(readFileSync('models/manifest.json', 'utf8'));
	const model = await loadArtifact(
		JSON.parse(readFileSync(`models/${manifest.current}.json`, 'utf8'))
	);
	const scorer = new Scorer(model);
	// CSV records as the stream reader gives them: every cell a string, one invalid row.
	const records: QueuedRecord[] = generateCalls({ rows: 200, seed: 9 }).calls.map((c, i) => ({
		value: Object.fromEntries(
			Object.entries(c).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])
		),
		line: i + 2,
		index: i
	}));
	records[7]!.value.employee_count = 'many';

	it('decides in the pool exactly as the scoring worker does from the flat engine’s leaves', async () => {
		const block = blockFeatures(scorer, records, {}, Object.keys(records[0]!.value), true);
		expect(block.invalid).toBe(1);
		expect(block.problems[0]).toMatchObject({ field: 'employee_count', line: 9 });
		const leaves = await createFlatEngine(model).leaves(block.x, block.rows.length);
		const fromLeaves = block.rows.map((_, i) =>
			scorer.decide(scorer.outputsFromLeaves(leaves, i, block.texts[i]!))
		);
		expect(block.decisions).toEqual(fromLeaves);
		expect(blockFeatures(scorer, records, {}, []).decisions).toBeUndefined();
	});
});
