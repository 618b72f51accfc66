import * as v from 'valibot';
import { FEATURE_COUNT } from '$lib/core/features';
import { CsvRowCounter, CsvStreamReader } from '$lib/core/io';
import { Lead, toFieldIssues, type FieldIssue, type ScoreResult } from '$lib/core/schema';
import { loadArtifact, Scorer, type LoadedModel } from '$lib/core/scoring';
import { batchRow, type BatchRow, type EngineUsed } from './batch-rows';
import { BACKENDS, type BackendName, type Engine } from './engine';
import { fastestFor, measureEngine, CALIBRATION_ROWS, type EngineCost } from './engine-choice';
import { blockFeatures, type ExtractBlock } from './block-features';
import { scoreCsvFile, type FileBatch, type FileProgress } from './file-batch';
import { createFeaturePool, type FeaturePool } from './feature-pool';
import { createFlatEngine } from './flat-engine';
import type { WasmPaths } from './tf-backend';

/** An engine by name: `auto` picks per batch size from a calibration run. */
export type EngineChoice = 'auto' | 'flat' | `tfjs-${BackendName}` | 'tfjs' | 'webgpu';

export interface ModelInfo {
	version: string;
	created_at: string;
	sha256: string;
}

export type { BatchRow, EngineUsed, FileBatch, FileProgress };

export type LeadScore =
	| ({ ok: true; result: ScoreResult; ms: number } & EngineUsed)
	| { ok: false; issues: FieldIssue[] };

export interface BatchScore extends EngineUsed {
	rows: BatchRow[];
	errors: FieldIssue[];
	total: number;
	ms: number;
}

export type Progress = (done: number, total: number) => void;

export interface EngineCosts {
	flat: EngineCost;
	tfjs: EngineCost;
	webgpu: EngineCost;
}

/** What an engine that cannot start here costs: never picked. */
const UNAVAILABLE: EngineCost = { fixed: Infinity, perRow: Infinity };

export interface CalibrationCache {
	get(modelVersion: string): Promise<EngineCosts | undefined>;
	set(modelVersion: string, costs: EngineCosts): Promise<void>;
}

/**
 * Rows per engine call: about 20 progress reports per batch, at least 100 rows (per-call
 * overhead) and at most 2,000 (tensor memory).
 */
function chunkSize(rows: number): number {
	return Math.min(2_000, Math.max(100, Math.ceil(rows / 20)));
}

/**
 * Everything the scoring worker does, independent of how it is exposed (comlink in the app,
 * the same object in tests and the bench): verifies and holds the model, extracts features,
 * runs the chosen engine, explains the leads a rep looks at.
 */
export class ScoringService {
	private model?: LoadedModel;
	private scorer?: Scorer;
	private flat?: Engine;
	private tensor?: Engine;
	private kernel?: Promise<Engine>;
	private costs?: EngineCosts;
	private pool?: Promise<FeaturePool>;
	private batch: Lead[] = [];

	constructor(
		private readonly options: {
			wasmPaths: WasmPaths;
			backends?: BackendName[];
			/** Keeps calibration results across sessions (IndexedDB in the app), by model version. */
			calibrationCache?: CalibrationCache;
			/**
			 * Starts a feature worker (features.worker.ts): file batches then extract features in
			 * a pool of `navigator.hardwareConcurrency` of them; without it, in this worker.
			 */
			featureWorker?: () => Worker;
		}
	) {}

	/** Verifies an artifact (hash, feature spec, trees) without switching to it. */
	async verifyModel(artifact: unknown): Promise<ModelInfo> {
		return info(await loadArtifact(artifact));
	}

	/** Verifies an artifact and scores with it from now on; on failure the old model stays. */
	async loadModel(artifact: unknown): Promise<ModelInfo> {
		const model = await loadArtifact(artifact);
		this.model = model;
		this.scorer = new Scorer(model);
		this.flat = createFlatEngine(model);
		this.tensor?.dispose();
		this.tensor = undefined;
		this.kernel?.then((engine) => engine.dispose()).catch(() => {});
		this.kernel = undefined;
		this.costs = undefined;
		this.pool?.then((pool) => pool.dispose()).catch(() => {});
		this.pool = undefined;
		return info(model);
	}

	get modelInfo(): ModelInfo | null {
		return this.model ? info(this.model) : null;
	}

	/** One lead, flat traversal, with TreeSHAP reasons and factors. */
	scoreLead(input: unknown): LeadScore {
		const parsed = v.safeParse(Lead, input);
		if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.issues) };
		const start = performance.now();
		const result = this.requireScorer().score(parsed.output);
		return { ok: true, result, ms: performance.now() - start, engine: 'flat', backend: null };
	}

	/**
	 * A CSV file's columns (normalised), to offer a column mapping, and its data rows, counted
	 * from the bytes without parsing them (about a second for a million rows).
	 */
	async inspectFile(file: Blob): Promise<{ columns: string[]; rows: number }> {
		const reader = new CsvStreamReader();
		const decoder = new TextDecoder();
		const counter = new CsvRowCounter();
		for await (const bytes of file.stream()) {
			counter.push(bytes);
			if (!reader.columns) reader.push(decoder.decode(bytes, { stream: true }));
		}
		if (!reader.columns) reader.end();
		return { columns: reader.columns ?? [], rows: counter.rows };
	}

	/**
	 * Scores a CSV file streamed in bounded memory (see {@link scoreCsvFile}); the download is
	 * in the returned Blobs, the page gets a sample. `rows` (from {@link inspectFile}) sizes
	 * the engine choice.
	 */
	async scoreFile(
		file: Blob,
		options: { rename?: Record<string, string>; engine?: EngineChoice; rows?: number },
		onProgress?: (progress: FileProgress) => void
	): Promise<FileBatch> {
		this.batch = [];
		return scoreCsvFile(file, {
			scorer: this.requireScorer(),
			rename: options.rename ?? {},
			blockRows: chunkSize(options.rows ?? 0),
			...(await this.featureExtraction()),
			engineFor: (x) => this.engine(options.engine ?? 'auto', options.rows ?? 0, () => x),
			keep: (row, lead) => {
				this.batch[row] = lead;
			},
			...(onProgress ? { onProgress } : {})
		});
	}

	/** Scores lead objects (validated here); invalid ones are listed in `errors`. */
	async scoreLeads(
		inputs: readonly unknown[],
		options: { engine?: EngineChoice } = {},
		onProgress?: Progress
	): Promise<BatchScore> {
		const valid: { index: number; value: Lead }[] = [];
		const errors: FieldIssue[] = [];
		inputs.forEach((input, index) => {
			const parsed = v.safeParse(Lead, input);
			if (parsed.success) valid.push({ index, value: parsed.output });
			else for (const issue of toFieldIssues(parsed.issues)) errors.push({ ...issue, index });
		});
		return this.scoreValid(valid, errors, options.engine ?? 'auto', onProgress);
	}

	/** Reasons and factors for input row `row` of the last batch: computed only for leads shown. */
	explainRow(row: number): ScoreResult {
		const lead = this.batch[row];
		if (!lead) throw new RangeError(`the last batch has no row ${row}`);
		return this.requireScorer().score(lead);
	}

	/**
	 * Calibrated progression and Voice AI probabilities (unrounded) by one engine, for the
	 * parity tests: every engine must match the flat traversal to 1e-5, in the app's chunks or
	 * in calls of `rowsPerCall` rows.
	 */
	async probabilities(
		leads: readonly Lead[],
		engine: EngineChoice,
		rowsPerCall = chunkSize(leads.length)
	): Promise<{ progression: number[]; voiceAi: number[] } & EngineUsed> {
		const scorer = this.requireScorer();
		const chosen = await this.engine(engine, leads.length);
		const progression: number[] = [];
		const voiceAi: number[] = [];
		const size = rowsPerCall;
		for (let start = 0; start < leads.length; start += size) {
			const chunk = leads.slice(start, start + size);
			const { x, texts } = scorer.inputsOf(chunk);
			const leaves = await chosen.leaves(x, chunk.length);
			for (let i = 0; i < chunk.length; i++) {
				const out = scorer.outputsFromLeaves(leaves, i, texts[i]!);
				progression.push(scorer.progressionOf(out));
				voiceAi.push(out.voiceAi);
			}
		}
		return { progression, voiceAi, engine: chosen.name, backend: chosen.backend };
	}

	/** Starts the tensor engine (if not yet) and says which backend it runs on. */
	async tensorBackend(only?: BackendName): Promise<BackendName> {
		return (await this.tensorEngine(only)).backend!;
	}

	private async scoreValid(
		valid: { index: number; value: Lead }[],
		errors: FieldIssue[],
		choice: EngineChoice,
		onProgress?: Progress
	): Promise<BatchScore> {
		const scorer = this.requireScorer();
		const start = performance.now();
		const engine = await this.engine(choice, valid.length, () =>
			scorer.featureMatrix(valid.slice(0, CALIBRATION_ROWS[1]).map((r) => r.value))
		);
		const rows: BatchRow[] = [];
		this.batch = [];
		for (const { index, value } of valid) this.batch[index] = value;
		onProgress?.(0, valid.length);
		const size = chunkSize(valid.length);
		for (let from = 0; from < valid.length; from += size) {
			const chunk = valid.slice(from, from + size);
			const leads = chunk.map((r) => r.value);
			const { x, texts } = scorer.inputsOf(leads);
			const leaves = await engine.leaves(x, chunk.length);
			chunk.forEach(({ index, value }, i) =>
				rows.push(
					batchRow(
						index,
						undefined,
						value,
						scorer.decide(scorer.outputsFromLeaves(leaves, i, texts[i]!))
					)
				)
			);
			onProgress?.(from + chunk.length, valid.length);
		}
		return {
			rows,
			errors,
			total: valid.length + new Set(errors.map((e) => e.index)).size,
			ms: performance.now() - start,
			engine: engine.name,
			backend: engine.backend
		};
	}

	/** Where a file batch validates and extracts features: a pool of workers when it can. */
	private async featureExtraction(): Promise<{ extract: ExtractBlock; featureWorkers: number }> {
		const scorer = this.requireScorer();
		const size = globalThis.navigator?.hardwareConcurrency ?? 1;
		const start = this.options.featureWorker;
		if (!start || size < 2)
			return {
				extract: async (records, rename, columns, decide) =>
					blockFeatures(scorer, records, rename, columns, decide),
				featureWorkers: 0
			};
		const started = (this.pool ??= createFeaturePool(start, size, this.requireModel().artifact));
		// A pool that failed to start is not kept: the next batch may try again.
		started.catch(() => {
			if (this.pool === started) this.pool = undefined;
		});
		return { extract: (await started).extract, featureWorkers: size };
	}

	/** The engine for a choice; `auto` keeps small batches on the flat traversal (no tfjs, no GPU). */
	private async engine(
		choice: EngineChoice,
		rows: number,
		/** Feature rows of the batch's own leads, to calibrate on (only when not cached). */
		features?: () => Float32Array
	): Promise<Engine> {
		if (choice === 'flat') return this.requireFlat();
		if (choice === 'tfjs') return this.tensorEngine();
		if (choice === 'webgpu') return this.webgpuEngine();
		if (choice.startsWith('tfjs-')) return this.tensorEngine(choice.slice(5) as BackendName);
		if (rows < CALIBRATION_ROWS[1] || !features) return this.requireFlat();
		const costs = (this.costs ??= await this.cachedCalibration(features));
		const fastest = fastestFor(costs, rows);
		if (fastest === 'webgpu') return this.webgpuEngine();
		return fastest === 'tfjs' ? this.tensorEngine() : this.requireFlat();
	}

	private async cachedCalibration(features: () => Float32Array): Promise<EngineCosts> {
		const key = this.requireModel().artifact.version;
		const cache = this.options.calibrationCache;
		const known = await cache?.get(key);
		// Costs cached before the WebGPU kernel existed are measured again.
		if (known && 'webgpu' in known) return known;
		const costs = await this.calibrate(features());
		await cache?.set(key, costs);
		return costs;
	}

	/** Times every engine on the batch's own feature rows (once per model and device: cached). */
	private async calibrate(x: Float32Array): Promise<EngineCosts> {
		const have = x.length / FEATURE_COUNT;
		const sample = (rows: number) => {
			const out = new Float32Array(rows * FEATURE_COUNT);
			for (let r = 0; r < rows; r++)
				out.set(
					x.subarray((r % have) * FEATURE_COUNT, ((r % have) + 1) * FEATURE_COUNT),
					r * FEATURE_COUNT
				);
			return out;
		};
		const tensor = await this.tensorEngine().catch(() => undefined);
		const kernel = await this.webgpuEngine().catch(() => undefined);
		return {
			flat: await measureEngine(this.requireFlat(), sample),
			// A model the tensor engine cannot hold exactly (see tensor-engine.ts) stays on flat.
			tfjs: tensor ? await measureEngine(tensor, sample) : UNAVAILABLE,
			// No WebGPU (or no adapter) here: the kernel is never picked.
			webgpu: kernel ? await measureEngine(kernel, sample) : UNAVAILABLE
		};
	}

	/** The WGSL tree kernel on this browser's WebGPU device, started once per model. */
	private webgpuEngine(): Promise<Engine> {
		const model = this.requireModel();
		if (this.kernel) return this.kernel;
		const started = (async () => {
			const { createWebGpuEngine, requestWebGpuDevice } = await import('./webgpu-engine');
			return createWebGpuEngine(model, await requestWebGpuDevice());
		})();
		// A failed start is not kept: the next batch may try again.
		started.catch(() => {
			if (this.kernel === started) this.kernel = undefined;
		});
		this.kernel = started;
		return started;
	}

	private async tensorEngine(only?: BackendName): Promise<Engine> {
		if (this.tensor && (!only || this.tensor.backend === only)) return this.tensor;
		const model = this.requireModel();
		this.tensor?.dispose();
		this.tensor = undefined;
		// Lazy: tfjs and its backends load only when a batch needs them.
		const [{ useBackend }, { createTensorEngine }] = await Promise.all([
			import('./tf-backend'),
			import('./tensor-engine')
		]);
		const backend = await useBackend(
			only ? [only] : (this.options.backends ?? BACKENDS),
			this.options.wasmPaths
		);
		this.tensor = createTensorEngine(model, backend);
		return this.tensor;
	}

	private requireModel(): LoadedModel {
		if (!this.model) throw new Error('no model loaded yet');
		return this.model;
	}

	private requireScorer(): Scorer {
		this.requireModel();
		return this.scorer!;
	}

	private requireFlat(): Engine {
		this.requireModel();
		return this.flat!;
	}
}

function info(model: LoadedModel): ModelInfo {
	const { version, created_at, sha256 } = model.artifact;
	return { version, created_at, sha256: sha256 ?? '' };
}
