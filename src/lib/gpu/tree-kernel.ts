import type { Tree } from '$lib/core/trees';
import { packTrees } from './tree-buffer';
import { TREE_KERNEL_WGSL, WORKGROUP_SIZE } from './tree-kernel.wgsl';

export interface KernelEnsemble {
	trees: readonly Tree[];
	/** Leaves counted by {@link TreeKernel.sums} (e.g. forest votes at or above a cut-off). */
	counted?: (value: number) => boolean;
}

/** Per row: Σ leaf values over the trees (float32, tree order) and how many leaves counted. */
export interface EnsembleSums {
	sum: Float32Array;
	counted: Uint32Array;
}

type Mode = 'leaves' | 'sums';

/** What a device allows one dispatch: x = workgroups along one dimension. */
const MAX_WORKGROUPS = 65_535;
const PARAMS_BYTES = 16;
/**
 * Rows the per-call buffers hold at least: the app's chunks (≤ 2,000 rows) and the engine
 * calibration's calls (128 and 1,024) then never reallocate between calls.
 */
const MIN_CAPACITY = 2_048;

/**
 * Walks ensembles on a WebGPU device (tree-kernel.wgsl.ts): trees uploaded once as storage
 * buffers, rows uploaded once per chunk as raw float32 bits (NaN = missing), one invocation
 * per row walking every tree, all ensembles in one submission and one readback per chunk.
 * Rows are chunked so every binding stays within the device's `maxStorageBufferBindingSize`
 * (128 MiB unless more was requested). Takes the device from its host: `navigator.gpu` in the
 * browser, Dawn's Node bindings in tests and benches. Not safe for concurrent calls.
 */
export class TreeKernel {
	private capacity = 0;
	private mode: Mode | null = null;
	private rowsBuffer?: GPUBuffer;
	private readBuffer?: GPUBuffer;
	private outBuffers: GPUBuffer[] = [];
	private bindGroups: GPUBindGroup[] = [];

	private constructor(
		private readonly device: GPUDevice,
		private readonly nFeatures: number,
		private readonly trees: number[],
		private readonly models: GPUBuffer[],
		private readonly params: GPUBuffer[],
		private readonly layout: GPUBindGroupLayout,
		private readonly pipelines: Record<Mode, GPUComputePipeline>
	) {}

	/** @throws Error when the shader or pipelines fail validation, RangeError for trees too big to bind. */
	static async create(
		device: GPUDevice,
		ensembles: readonly KernelEnsemble[],
		nFeatures: number
	): Promise<TreeKernel> {
		const limit = device.limits.maxStorageBufferBindingSize;
		device.pushErrorScope('validation');
		const models = ensembles.map(({ trees, counted }) => {
			const words = packTrees(trees, counted);
			if (words.byteLength > limit)
				throw new RangeError(
					`${trees.length} trees need ${words.byteLength} bytes; limit ${limit}`
				);
			const buffer = device.createBuffer({
				size: words.byteLength,
				usage: GPUBufferUsage.STORAGE,
				mappedAtCreation: true
			});
			new Uint32Array(buffer.getMappedRange()).set(words);
			buffer.unmap();
			return buffer;
		});
		const params = ensembles.map(() =>
			device.createBuffer({
				size: PARAMS_BYTES,
				usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST
			})
		);
		const storage = (type: GPUBufferBindingType): GPUBindGroupLayoutEntry['buffer'] => ({ type });
		const layout = device.createBindGroupLayout({
			entries: [
				{ binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: storage('read-only-storage') },
				{ binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: storage('read-only-storage') },
				{ binding: 2, visibility: GPUShaderStage.COMPUTE, buffer: storage('storage') },
				{ binding: 3, visibility: GPUShaderStage.COMPUTE, buffer: storage('uniform') }
			]
		});
		const module = device.createShaderModule({ code: TREE_KERNEL_WGSL });
		const errors = (await module.getCompilationInfo()).messages.filter((m) => m.type === 'error');
		if (errors.length)
			throw new Error(
				`tree kernel WGSL: ${errors.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`
			);
		const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
		const pipeline = (entryPoint: Mode) =>
			device.createComputePipelineAsync({
				layout: pipelineLayout,
				compute: { module, entryPoint }
			});
		const [leaves, sums] = await Promise.all([pipeline('leaves'), pipeline('sums')]);
		const error = await device.popErrorScope();
		if (error) throw new Error(`tree kernel failed validation: ${error.message}`);
		return new TreeKernel(
			device,
			nFeatures,
			ensembles.map((e) => e.trees.length),
			models,
			params,
			layout,
			{ leaves, sums }
		);
	}

	/** Per ensemble: the leaf of every row in every tree, rows × trees, row-major. */
	async leaves(x: Float32Array, rows: number): Promise<Int32Array[]> {
		const out = this.trees.map((trees) => new Int32Array(rows * trees));
		await this.run('leaves', x, rows, (from, n, words) => {
			let at = 0;
			this.trees.forEach((trees, e) => {
				out[e]!.set(new Int32Array(words, at, n * trees), from * trees);
				at += 4 * n * trees;
			});
		});
		return out;
	}

	/** Per ensemble and row: Σ leaf values (float32) and the number of counted leaves. */
	async sums(x: Float32Array, rows: number): Promise<EnsembleSums[]> {
		const out = this.trees.map(() => ({
			sum: new Float32Array(rows),
			counted: new Uint32Array(rows)
		}));
		await this.run('sums', x, rows, (from, n, words) => {
			out.forEach(({ sum, counted }, e) => {
				sum.set(new Float32Array(words, 8 * n * e, n), from);
				counted.set(new Uint32Array(words, 8 * n * e + 4 * n, n), from);
			});
		});
		return out;
	}

	dispose(): void {
		this.release();
		for (const buffer of [...this.models, ...this.params]) buffer.destroy();
	}

	/** Output words per row of one ensemble. */
	private outWords(mode: Mode, e: number): number {
		return mode === 'leaves' ? this.trees[e]! : 2;
	}

	/**
	 * Largest chunk whose row and output bindings fit the device's binding limit, whose one
	 * readback buffer (every ensemble's output) fits its buffer limit, and whose dispatch fits.
	 */
	private chunkRows(mode: Mode): number {
		const { maxStorageBufferBindingSize: bind, maxBufferSize } = this.device.limits;
		const limit = Math.min(bind, maxBufferSize);
		const words = this.trees.map((_, e) => this.outWords(mode, e));
		const total = words.reduce((sum, w) => sum + w, 0);
		return Math.max(
			1,
			Math.min(
				Math.floor(limit / (4 * this.nFeatures)),
				Math.floor(limit / (4 * Math.max(...words))),
				Math.floor(maxBufferSize / (4 * total)),
				MAX_WORKGROUPS * WORKGROUP_SIZE
			)
		);
	}

	private async run(
		mode: Mode,
		x: Float32Array,
		rows: number,
		take: (from: number, n: number, words: ArrayBuffer) => void
	): Promise<void> {
		const cols = this.nFeatures;
		if (x.length !== rows * cols)
			throw new RangeError(`rows have ${x.length} values, expected ${rows}×${cols}`);
		const chunk = this.chunkRows(mode);
		this.reserve(mode, Math.min(Math.max(rows, MIN_CAPACITY), chunk));
		const { device } = this;
		for (let from = 0; from < rows; from += chunk) {
			const n = Math.min(chunk, rows - from);
			device.queue.writeBuffer(this.rowsBuffer!, 0, x, from * cols, n * cols);
			const encoder = device.createCommandEncoder();
			const pass = encoder.beginComputePass();
			pass.setPipeline(this.pipelines[mode]);
			this.trees.forEach((trees, e) => {
				device.queue.writeBuffer(this.params[e]!, 0, new Uint32Array([n, cols, trees, 0]));
				pass.setBindGroup(0, this.bindGroups[e]!);
				pass.dispatchWorkgroups(Math.ceil(n / WORKGROUP_SIZE));
			});
			pass.end();
			let at = 0;
			this.trees.forEach((_, e) => {
				const bytes = 4 * n * this.outWords(mode, e);
				encoder.copyBufferToBuffer(this.outBuffers[e]!, 0, this.readBuffer!, at, bytes);
				at += bytes;
			});
			device.queue.submit([encoder.finish()]);
			await this.readBuffer!.mapAsync(GPUMapMode.READ, 0, at);
			take(from, n, this.readBuffer!.getMappedRange(0, at));
			this.readBuffer!.unmap();
		}
	}

	/** (Re)allocates the per-call buffers when a call needs more rows or another mode. */
	private reserve(mode: Mode, rows: number): void {
		if (this.mode === mode && this.capacity >= rows) return;
		this.release();
		const { device } = this;
		const usage = GPUBufferUsage;
		this.rowsBuffer = device.createBuffer({
			size: 4 * rows * this.nFeatures,
			usage: usage.STORAGE | usage.COPY_DST
		});
		this.outBuffers = this.trees.map((_, e) =>
			device.createBuffer({
				size: 4 * rows * this.outWords(mode, e),
				usage: usage.STORAGE | usage.COPY_SRC
			})
		);
		this.readBuffer = device.createBuffer({
			size: this.outBuffers.reduce((sum, b) => sum + b.size, 0),
			usage: usage.MAP_READ | usage.COPY_DST
		});
		this.bindGroups = this.trees.map((_, e) =>
			device.createBindGroup({
				layout: this.layout,
				entries: [
					{ binding: 0, resource: { buffer: this.models[e]! } },
					{ binding: 1, resource: { buffer: this.rowsBuffer! } },
					{ binding: 2, resource: { buffer: this.outBuffers[e]! } },
					{ binding: 3, resource: { buffer: this.params[e]! } }
				]
			})
		);
		this.mode = mode;
		this.capacity = rows;
	}

	private release(): void {
		for (const buffer of [this.rowsBuffer, this.readBuffer, ...this.outBuffers]) buffer?.destroy();
		this.rowsBuffer = this.readBuffer = undefined;
		this.outBuffers = [];
		this.bindGroups = [];
		this.mode = null;
		this.capacity = 0;
	}
}
