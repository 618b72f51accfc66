import { Scorer } from '../../../src/lib/core/scoring';
import type { Bindings } from './env';
import { ApiError } from './errors';
import { loadRegistered, servingModelInfo } from './model-registry';

const DEFAULT_REFRESH_MS = 2000;

export interface ServingModel {
	scorer: Scorer;
	version: string;
	sha256: string;
	loadedAt: number;
}

/**
 * The model this isolate serves. The serving pointer in D1 is re-read at most every
 * MODEL_REFRESH_MS; when it names another artifact, that artifact is loaded and verified
 * before it replaces the current one (hot swap, no restart). If loading fails, the current
 * model keeps serving and the failure is kept for /health.
 */
export class ModelCache {
	private current: ServingModel | undefined;
	private checkedAt = -Infinity;
	private refreshing: Promise<void> | undefined;
	/** Why the last attempt to load the pointer's version failed, if it did. */
	lastError: string | undefined;

	async get(env: Bindings): Promise<ServingModel> {
		const refreshMs = Number(env.MODEL_REFRESH_MS ?? DEFAULT_REFRESH_MS);
		if (!this.current || Date.now() - this.checkedAt >= refreshMs) {
			// Concurrent requests share one refresh instead of each querying D1 and R2.
			this.refreshing ??= this.refresh(env).finally(() => (this.refreshing = undefined));
			await this.refreshing;
		}
		if (!this.current)
			throw new ApiError(
				503,
				'no_model',
				this.lastError ??
					'no model is serving yet: upload one (PUT /models) and promote it (POST /models/:version/promote)'
			);
		return this.current;
	}

	/** Re-read the pointer on the next request (after this isolate switched it). */
	invalidate(): void {
		this.checkedAt = -Infinity;
	}

	/** The model already loaded, without touching D1 (for /health and monitoring). */
	get loaded(): ServingModel | undefined {
		return this.current;
	}

	private async refresh(env: Bindings): Promise<void> {
		this.checkedAt = Date.now();
		const info = await servingModelInfo(env.DB);
		if (!info) {
			this.current = undefined;
			return;
		}
		if (info.sha256 === this.current?.sha256) return;
		try {
			const model = await loadRegistered(env, info);
			this.current = {
				scorer: new Scorer(model),
				version: info.version,
				sha256: info.sha256,
				loadedAt: Date.now()
			};
			this.lastError = undefined;
		} catch (e) {
			this.lastError = (e as Error).message;
			console.error(`model ${info.version} not loaded: ${this.lastError}`);
		}
	}
}
