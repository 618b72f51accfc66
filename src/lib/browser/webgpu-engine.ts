import type { LoadedModel } from '$lib/core/scoring';
import { TreeKernel } from '$lib/gpu/tree-kernel';
import type { Engine } from './engine';

/**
 * A device for the tree kernel from the browser's WebGPU, with the adapter's largest storage
 * bindings (Chrome grants 128 MiB unless asked), so big batches need fewer chunks.
 * @throws Error when the browser has no WebGPU or no adapter.
 */
export async function requestWebGpuDevice(
	gpu: GPU | undefined = globalThis.navigator?.gpu
): Promise<GPUDevice> {
	if (!gpu) throw new Error('this browser has no WebGPU (navigator.gpu)');
	const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
	if (!adapter) throw new Error('WebGPU has no adapter here');
	const { maxStorageBufferBindingSize, maxBufferSize } = adapter.limits;
	return adapter.requestDevice({ requiredLimits: { maxStorageBufferBindingSize, maxBufferSize } });
}

/**
 * The WGSL tree kernel (src/lib/gpu) as an engine: both ensembles uploaded once, each batch's
 * rows once, leaves read back for the core to sum in float64 like every engine. Owns `device`.
 */
export async function createWebGpuEngine(model: LoadedModel, device: GPUDevice): Promise<Engine> {
	const kernel = await TreeKernel.create(
		device,
		[{ trees: model.progression.trees }, { trees: model.voiceAi.trees }],
		model.progression.nFeatures
	);
	return {
		name: 'webgpu',
		backend: null,
		async leaves(x, rows) {
			const [progression, voiceAi] = await kernel.leaves(x, rows);
			return { progression: progression!, voiceAi: voiceAi! };
		},
		dispose() {
			kernel.dispose();
			device.destroy();
		}
	};
}
