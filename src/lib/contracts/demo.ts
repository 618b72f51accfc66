import * as v from 'valibot';

/**
 * The demo history's contract between the API (routes/demo.ts), the seeder
 * (src/lib/demo/seed-history.ts, used by `npm run seed:history` and the dashboard) and the
 * dashboard. Demo data is marked so it can be removed: lead and batch ids start with
 * DEMO_PREFIX, and every request of the replay carries DEMO_HEADER.
 */
export const DEMO_PREFIX = 'qualify-demo-';
export const DEMO_HEADER = 'x-qualify-demo';

/** GET /demo: whether a demo history is loaded, and what it added. */
export const DemoStatus = v.variant('loaded', [
	v.object({ loaded: v.literal(false) }),
	v.object({
		loaded: v.literal(true),
		started_at: v.string(),
		/** null while loading, or when a load stopped part-way (remove it and load again). */
		finished_at: v.nullable(v.string()),
		leads: v.number(),
		outcomes: v.number(),
		cycles: v.number(),
		models: v.array(v.string())
	})
]);
export type DemoStatus = v.InferOutput<typeof DemoStatus>;

/** DELETE /demo: what the removal deleted, and the champion serving afterwards. */
export const DemoRemoval = v.object({
	leads: v.number(),
	outcomes: v.number(),
	requests: v.number(),
	cycles: v.number(),
	models: v.array(v.string()),
	serving: v.string()
});
export type DemoRemoval = v.InferOutput<typeof DemoRemoval>;

/** POST /demo: a load window opened. */
export const DemoStarted = v.object({ started_at: v.string() });

/** POST /demo/finish: the load window closed. */
export const DemoFinished = v.object({ finished_at: v.string() });
