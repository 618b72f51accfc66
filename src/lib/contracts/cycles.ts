import * as v from 'valibot';
import { CYCLE_STATUSES } from '../core/lifecycle/cycle-record';

/**
 * A learning cycle's record (core CycleRecord) as GET /cycles, GET /cycles/:id and POST
 * /cycles/run send it: the fields every record has are checked; the reports (monitor, drift,
 * evaluation, trial, wording) pass through as the core writes them.
 */
export const CycleRecord = v.looseObject({
	id: v.string(),
	started_at: v.string(),
	ended_at: v.string(),
	trigger: v.picklist(['cron', 'manual']),
	status: v.picklist(CYCLE_STATUSES),
	reason: v.string(),
	triggers: v.array(v.unknown()),
	data: v.looseObject({ recent: v.number(), new_since_training: v.number() }),
	monitor: v.nullable(v.looseObject({})),
	drift: v.nullable(v.looseObject({})),
	versions: v.object({
		champion_before: v.string(),
		champion_after: v.string(),
		challenger: v.nullable(v.string())
	})
});

/** GET /cycles: the newest records, and a summary of the older ones. */
export const CycleLog = v.object({
	cycles: v.array(CycleRecord),
	older: v.looseObject({
		cycles: v.number(),
		first_started_at: v.nullable(v.string()),
		last_started_at: v.nullable(v.string())
	})
});
