// The app's scoring worker: a module Web Worker exposing ScoringService with comlink. The
// tfjs wasm binaries are bundled as assets (hashed, precached by the service worker), never
// fetched from a CDN. File batches extract features in a pool of feature workers it starts.
import { expose } from 'comlink';
import wasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { openQualifyDb } from './db';
import { ScoringService } from './scoring-service';

expose(
	new ScoringService({
		wasmPaths: {
			'tfjs-backend-wasm.wasm': wasm,
			'tfjs-backend-wasm-simd.wasm': wasmSimd,
			'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
		},
		featureWorker: () =>
			new Worker(new URL('./features.worker.ts', import.meta.url), { type: 'module' }),
		calibrationCache: {
			get: async (version) => (await openQualifyDb()).get('calibration', version),
			set: async (version, costs) => {
				await (await openQualifyDb()).put('calibration', costs, version);
			}
		}
	})
);
