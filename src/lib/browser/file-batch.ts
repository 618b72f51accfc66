import * as v from 'valibot';
import { CsvStreamReader, leadFields, writeCsv, type CsvBlock } from '$lib/core/io';
import { Lead, type FieldIssue } from '$lib/core/schema';
import type { Scorer } from '$lib/core/scoring';
import { BATCH_CSV_COLUMNS, batchRow, type BatchRow, type EngineUsed } from './batch-rows';
import type { BlockFeatures, ExtractBlock, QueuedRecord } from './block-features';
import type { Engine } from './engine';

/** Rows kept for the page's table (and its explanations); the rest go only to the download. */
export const SAMPLE_ROWS = 1_000;
/** Row problems listed; more are only counted. */
export const MAX_PROBLEMS = 200;

export interface FileProgress {
	bytesRead: number;
	bytes: number;
	/** Data rows read so far (scored or not). */
	parsed: number;
	scored: number;
	/** Rows skipped for a problem so far; `scored + skipped` rows are done. */
	skipped: number;
	ms: number;
}

/** Milliseconds spent in each stage of a batch (they add up to about its total). */
export interface BatchTimings {
	/** Reading, decoding and CSV parsing. */
	parse: number;
	/** Validation and features; with a pool of workers, the wait for them. */
	features: number;
	/** Both ensembles by the chosen engine (with its calibration, once), and decisions. */
	trees: number;
	/** The CSV and JSON downloads' pieces. */
	write: number;
}

export interface FileBatch extends EngineUsed {
	/** The first {@link SAMPLE_ROWS} scored rows. */
	sample: BatchRow[];
	scored: number;
	/** Data rows in the file, scored or not. */
	total: number;
	/** Rows skipped for a problem (unreadable or invalid). */
	skipped: number;
	/** The first {@link MAX_PROBLEMS} problems, with their lines. */
	problems: FieldIssue[];
	recommendations: Record<BatchRow['recommendation'], number>;
	/**
	 * Every scored row, as CSV and as a JSON array. Blob data lives outside the worker's heap
	 * (Chromium's blob storage, which pages large Blobs to disk).
	 */
	csv: Blob;
	json: Blob;
	ms: number;
	timings: BatchTimings;
	/** Workers that extracted features (0: the scoring worker itself). */
	featureWorkers: number;
}

export interface FileBatchOptions {
	scorer: Scorer;
	/** CSV column (normalised) → lead field, where they differ. */
	rename: Readonly<Record<string, string>>;
	/** Rows per engine call and per progress report. */
	blockRows: number;
	/** Validation and features of a block: in this worker or in a pool. */
	extract: ExtractBlock;
	/** Workers behind `extract` (0: it runs in this worker). */
	featureWorkers: number;
	/** The engine for this batch, chosen once from its first block's features. */
	engineFor(x: Float32Array): Promise<Engine>;
	/** Called for each sampled row's lead, so its reasons can be computed on demand. */
	keep(row: number, lead: Lead): void;
	onProgress?: (progress: FileProgress) => void;
}

/**
 * Scores a CSV file in bounded memory: reads it as a byte stream, parses complete records as
 * they arrive, and scores them `blockRows` at a time (validation and features, in a pool of
 * workers when given → both ensembles → decisions), writing each block's result rows to Blob
 * pieces of the download. What stays in memory is the blocks in flight (one per feature worker), the sample, the
 * counts and the first problems. Bad rows are skipped and reported with their lines; they
 * never stop the batch. Blocks are written in file order.
 */
export async function scoreCsvFile(file: Blob, options: FileBatchOptions): Promise<FileBatch> {
	const { scorer, rename, blockRows, onProgress } = options;
	const start = performance.now();
	const timings: BatchTimings = { parse: 0, features: 0, trees: 0, write: 0 };
	const csvParts: Blob[] = [new Blob([writeCsv([], BATCH_CSV_COLUMNS)])];
	const jsonParts: Blob[] = [];
	const sample: BatchRow[] = [];
	const problems: FieldIssue[] = [];
	const recommendations = { AE_HANDOFF: 0, NURTURE: 0, DISQUALIFY: 0 };
	let engine: Engine | undefined;
	let poolDecides = false;
	let parsed = 0;
	let scored = 0;
	let skipped = 0;
	let bytesRead = 0;
	let readable = 0;

	const problem = (issue: FieldIssue) => {
		if (problems.length < MAX_PROBLEMS) problems.push(issue);
	};

	/** Scores one block's features and writes its rows. */
	async function scoreBlock(records: QueuedRecord[], block: BlockFeatures) {
		skipped += block.invalid;
		block.problems.forEach(problem);
		const n = block.rows.length;
		if (n === 0) return;
		let t = performance.now();
		engine ??= await options.engineFor(block.x);
		// Once the flat traversal is chosen, the pool walks the trees beside the features.
		poolDecides = options.featureWorkers > 0 && engine.name === 'flat';
		let decisions = block.decisions;
		if (!decisions) {
			const leaves = await engine.leaves(block.x, n);
			decisions = block.rows.map((_, i) =>
				scorer.decide(scorer.outputsFromLeaves(leaves, i, block.texts[i]!))
			);
		}
		const rows = block.rows.map((r, i) => batchRow(r.index, r.line, r, decisions[i]!));
		const scoredAt = performance.now();
		timings.trees += scoredAt - t;

		t = scoredAt;
		for (const row of rows) {
			recommendations[row.recommendation]++;
			if (sample.length < SAMPLE_ROWS) {
				sample.push(row);
				const record = records[row.row - records[0]!.index]!;
				options.keep(row.row, v.parse(Lead, leadFields(record.value, rename)));
			}
		}
		csvParts.push(new Blob([writeCsv(rows, BATCH_CSV_COLUMNS, { header: false })]));
		jsonParts.push(
			new Blob([(scored === 0 ? '' : ',\n') + rows.map((r) => JSON.stringify(r)).join(',\n')])
		);
		scored += n;
		timings.write += performance.now() - t;
	}

	const inFlight: { records: QueuedRecord[]; features: Promise<BlockFeatures> }[] = [];
	/** Scores the oldest blocks until at most `left` are in flight. */
	async function drain(left: number) {
		while (inFlight.length > left) {
			const { records, features } = inFlight.shift()!;
			const t = performance.now();
			const block = await features;
			timings.features += performance.now() - t;
			await scoreBlock(records, block);
			report();
		}
	}

	const reader = new CsvStreamReader();
	const decoder = new TextDecoder();
	const bytes = file.stream().getReader();
	let queue: QueuedRecord[] = [];
	const report = () =>
		onProgress?.({
			bytesRead,
			bytes: file.size,
			parsed,
			scored,
			skipped,
			ms: performance.now() - start
		});
	const columns = () => (reader.columns ?? []).map((c) => rename[c] ?? c);
	const take = ({ records, problems }: CsvBlock) => {
		parsed += problems.length;
		skipped += problems.length;
		problems.forEach(problem);
		// Readable rows are numbered in file order (the key for explanations).
		for (const { value, line } of records) queue.push({ value, line, index: readable++ });
		parsed += records.length;
	};

	report();
	for (;;) {
		const t = performance.now();
		const { done, value } = await bytes.read();
		if (done) {
			take(reader.push(decoder.decode()));
			take(reader.end());
		} else {
			bytesRead += value.byteLength;
			take(reader.push(decoder.decode(value, { stream: true })));
		}
		timings.parse += performance.now() - t;
		while (queue.length >= blockRows || (done && queue.length > 0)) {
			const records = queue.slice(0, blockRows);
			queue = queue.slice(blockRows);
			const t = performance.now();
			inFlight.push({
				records,
				features: options.extract(records, rename, columns(), poolDecides)
			});
			timings.features += performance.now() - t;
			// One block per feature worker stays in flight while this worker parses the next.
			await drain(options.featureWorkers);
		}
		if (done) {
			await drain(0);
			break;
		}
	}
	return {
		sample,
		scored,
		total: parsed,
		skipped,
		problems,
		recommendations,
		csv: new Blob(csvParts, { type: 'text/csv' }),
		json: new Blob(['[\n', ...jsonParts, '\n]\n'], { type: 'application/json' }),
		ms: performance.now() - start,
		timings,
		featureWorkers: options.featureWorkers,
		engine: engine?.name ?? 'flat',
		backend: engine?.backend ?? null
	};
}
