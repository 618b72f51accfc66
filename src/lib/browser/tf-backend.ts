// TensorFlow.js with its three backends. This module is imported dynamically, only when the
// tensor engine is needed, so single-lead scoring never downloads tfjs.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { BACKENDS, type BackendName } from './engine';

export { tf };

/** Where the backend's .wasm binaries are served: a folder URL, or one URL per file name. */
export type WasmPaths = string | Record<string, string>;

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
		// Threads need cross-origin isolation, which a static offline app does not have.
		setWasmPaths(wasmPaths as string, true);
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

export const DEFAULT_ORDER: readonly BackendName[] = BACKENDS;
