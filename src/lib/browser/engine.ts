import type { EnsembleLeaves } from '$lib/core/scoring';

/**
 * The inference engines: the core's flat traversal, tensorized traversal in TensorFlow.js, or
 * the WGSL tree kernel on WebGPU (src/lib/gpu).
 */
export type EngineName = 'flat' | 'tfjs' | 'webgpu';
/** TensorFlow.js backends, in the order they are tried. */
export const BACKENDS = ['webgpu', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

/**
 * Finds the leaf every row of a feature matrix reaches in every tree of both ensembles; the
 * core turns leaves into probabilities (in float64, in tree order), so engines differ only in
 * how they walk the trees, never in how outputs are summed.
 */
export interface Engine {
	readonly name: EngineName;
	/** The TensorFlow.js backend doing the work; `null` for the flat traversal and the kernel. */
	readonly backend: BackendName | null;
	/** `x`: rows × features, row-major, NaN for missing. */
	leaves(x: Float32Array, rows: number): Promise<EnsembleLeaves>;
	dispose(): void;
}
