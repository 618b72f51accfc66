// A WebGPU device in Node through Dawn's bindings (npm `webgpu`, prebuilt dawn.node): the
// system's GPU through Vulkan when it has one, else Mesa's llvmpipe through OpenGL ES.
import { create, globals } from 'webgpu';

export interface DawnDevice {
	device: GPUDevice;
	/** The adapter in words, e.g. "llvmpipe-llvm-15-0-6-256-bits (OpenGL ES 3.2 Mesa 22.3.6, compatibility mode)". */
	adapter: string;
}

/**
 * Dawn instances, kept for the life of the process: dawn.node frees an instance's event
 * queue when its GPU object is collected, even while a device of it still works (a segfault
 * in CallbackTaskManager::Flush at the next long dispatch).
 */
const instances: GPU[] = [];

/**
 * Debian 12's lavapipe (Mesa 22.3) lacks Vulkan features Dawn requires
 * (shaderUniform*ArrayDynamicIndexing), so on machines without a GPU the adapter is llvmpipe's
 * OpenGL ES 3.2 in WebGPU compatibility mode, which needs EGL's surfaceless platform (no
 * display). Asks for the adapter's largest storage bindings (the default is 128 MiB).
 * @throws Error naming the Debian packages when neither adapter exists.
 */
export async function requestDawnDevice(): Promise<DawnDevice> {
	Object.assign(globalThis, globals);
	const instance = (flags: string[]) => instances[instances.push(create(flags)) - 1]!;
	let adapter = await instance([]).requestAdapter({ powerPreference: 'high-performance' });
	let compatibility = false;
	if (!adapter) {
		process.env.EGL_PLATFORM ??= 'surfaceless';
		adapter = await instance(['backend=opengles']).requestAdapter({
			featureLevel: 'compatibility'
		});
		compatibility = true;
	}
	if (!adapter)
		throw new Error(
			'no WebGPU adapter: install a GPU driver or Mesa (apt-get install -y mesa-vulkan-drivers libvulkan1 libegl1 libgles2)'
		);
	const { maxStorageBufferBindingSize, maxBufferSize } = adapter.limits;
	const device = await adapter.requestDevice({
		requiredLimits: { maxStorageBufferBindingSize, maxBufferSize }
	});
	const { vendor, architecture, device: name, description } = adapter.info;
	const what = [vendor, architecture, name].filter(Boolean).join(' ').replace(/-+$/, '');
	return {
		device,
		adapter: `${what} (${description.replace(/^OpenGL version /, '')}${compatibility ? ', compatibility mode' : ''})`
	};
}
