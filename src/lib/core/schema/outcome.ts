import * as v from 'valibot';
import { IsoDate, maybe } from './lead';

/** 0/1, true/false, "yes"/"no" → boolean; anything else is a clear error. */
export const Flag = v.pipe(
	v.union([v.boolean(), v.picklist([0, 1]), v.picklist(['0', '1', 'true', 'false', 'yes', 'no'])]),
	v.transform((x) => x === true || x === 1 || x === '1' || x === 'true' || x === 'yes')
);

/** A labelled outcome that arrives after the call. */
export const Outcome = v.object({
	lead_id: v.pipe(
		v.union([v.string(), v.pipe(v.number(), v.integer())]),
		v.transform(String),
		v.nonEmpty('must not be empty')
	),
	/** The AE accepted the handoff. */
	progressed: Flag,
	/** A Voice AI use case was confirmed. */
	voice_ai: maybe(Flag),
	occurred_at: maybe(IsoDate)
});
export type Outcome = v.InferOutput<typeof Outcome>;
