// Stands in for the zod modules that hono-openapi's schema converter would load for zod
// schemas. The API's schemas are all valibot, but zod is installed (a dev tool needs it), so
// without this alias wrangler bundles 700 KiB of zod that can never run.
export {};
