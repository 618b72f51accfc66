/**
 * What both Workers bind for the model store and the learning cycle: the API's D1 database and
 * R2 bucket (workers/api and workers/retrain name the same ones in their wrangler.jsonc).
 */
export interface StoreBindings {
	DB: D1Database;
	MODELS: R2Bucket;
}
