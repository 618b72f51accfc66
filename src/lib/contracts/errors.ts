import * as v from 'valibot';

/** The JSON body of every error response of the edge API. */
export const ErrorBody = v.object({
	/** Stable machine-readable code, e.g. `validation_error`. */
	error: v.string(),
	/** The input field at fault, when there is one. */
	field: v.optional(v.string()),
	message: v.string(),
	/** Every wrong field, when the input failed validation. */
	issues: v.optional(
		v.array(v.object({ field: v.string(), message: v.string(), index: v.optional(v.number()) }))
	)
});
export type ErrorBody = v.InferOutput<typeof ErrorBody>;
