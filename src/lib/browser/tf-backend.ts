// TensorFlow.js with its three backends. This module is imported dynamically, only when the
// tensor engine is needed, so single-lead scoring never downloads tfjs.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName } from './engine';

export { tf };

/** Where the backend's .wasm binaries are served: a folder URL, or one URL per file name. */
export type WasmPaths = Parameters<typeof setWasmPaths>[0];

let wasmConfigured = false;

/**
 * Switches tfjs to the first backend in `order` that starts, checking both what
 * `tf.setBackend` returns and what `tf.getBackend()` reports afterwards (a backend whose
 * initialisation fails — no WebGPU adapter, no wasm — makes setBackend resolve false).
 */
export async function useBackend(
	order: readonly BackendName[],
	wasmPaths: WasmPaths
): Promise<BackendName> {
	if (!wasmConfigured) {
		// Local binaries (bundled, precached for offline use); tfjs picks SIMD when supported
		// and threads only under cross-origin isolation, which this app does not ask for.
		setWasmPaths(wasmPaths);
		wasmConfigured = true;
	}
	const failures: string[] = [];
	for (const name of order) {
		try {
			if ((await tf.setBackend(name)) && tf.getBackend() === name) return name;
			failures.push(`${name}: setBackend returned false`);
		} catch (error) {
			failures.push(`${name}: ${(error as Error).message}`);
		}
	}
	throw new Error(`no TensorFlow.js backend started (${failures.join('; ')})`);
}
