import type { RolloutMode } from '../../../src/lib/core/lifecycle';
import { Scorer } from '../../../src/lib/core/scoring';
import type { Bindings } from './env';
import { ApiError } from '../../shared/errors';
import {
	findModel,
	loadRegistered,
	servingPointers,
	type ModelInfo
} from '../../shared/model-registry';

const DEFAULT_REFRESH_MS = 2000;

export interface ServingModel {
	scorer: Scorer;
	version: string;
	sha256: string;
	loadedAt: number;
}

/** The champion, and the challenger while a shadow or A/B trial runs. */
export interface ServingModels {
	champion: ServingModel;
	trial?: { challenger: ServingModel; mode: Exclude<RolloutMode, 'direct'>; share: number };
}

/**
 * The models this isolate serves. The serving row in D1 is re-read at most every
 * MODEL_REFRESH_MS; when it names other artifacts, they are loaded and verified before they
 * replace the current ones (hot swap, no restart). If the champion fails to load, the current
 * one keeps serving and the failure is kept for /health; a challenger that fails to load is
 * left out of the trial (the champion answers alone).
 */
export class ModelCache {
	private current: ServingModels | undefined;
	private checkedAt = -Infinity;
	private refreshing: Promise<void> | undefined;
	/** Why the last attempt to load the pointer's version failed, if it did. */
	lastError: string | undefined;

	/** The champion. */
	async get(env: Bindings): Promise<ServingModel> {
		return (await this.serving(env)).champion;
	}

	async serving(env: Bindings): Promise<ServingModels> {
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

	/** The champion already loaded, without touching D1 (for /health and monitoring). */
	get loaded(): ServingModel | undefined {
		return this.current?.champion;
	}

	private async refresh(env: Bindings): Promise<void> {
		this.checkedAt = Date.now();
		const pointers = await servingPointers(env.DB);
		if (!pointers) {
			this.current = undefined;
			return;
		}
		const champion = await this.load(env, pointers.champion, this.current?.champion);
		if (!champion) return;
		this.lastError = undefined;
		const trialing =
			pointers.challenger !== null &&
			pointers.challenger_since !== null &&
			pointers.mode !== 'direct';
		const challenger = trialing
			? await this.load(env, pointers.challenger!, this.current?.trial?.challenger)
			: undefined;
		this.current = {
			champion,
			trial:
				challenger && pointers.mode !== 'direct'
					? { challenger, mode: pointers.mode, share: pointers.ab_share }
					: undefined
		};
	}

	/** The version's model: the one already loaded when its hash matches, else loaded and verified. */
	private async load(
		env: Bindings,
		version: string,
		loaded: ServingModel | undefined
	): Promise<ServingModel | undefined> {
		const info: ModelInfo | undefined = await findModel(env.DB, version);
		if (!info) {
			this.lastError = `model ${version} is not registered`;
			return undefined;
		}
		if (info.sha256 === loaded?.sha256) return loaded;
		try {
			const model = await loadRegistered(env, info);
			return { scorer: new Scorer(model), version, sha256: info.sha256, loadedAt: Date.now() };
		} catch (e) {
			this.lastError = (e as Error).message;
			console.error(`model ${version} not loaded: ${this.lastError}`);
			return undefined;
		}
	}
}
