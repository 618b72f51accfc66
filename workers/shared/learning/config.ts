import * as v from 'valibot';
import {
	resolveConfig,
	type LifecycleConfig,
	type LifecycleSettings
} from '../../../src/lib/core/lifecycle';
import { ApiError } from '../errors';

/** The learning cycle's configuration variables, shared by the API (POST /cycles/run) and workers/retrain. */
export interface LearningVars {
	/** Rollout of a challenger that wins on the holdout: direct | shadow | ab. @default direct */
	LEARNING_MODE?: string;
	/** A/B: the share of leads the challenger serves, in [0, 1]. @default 0.2 */
	LEARNING_AB_SHARE?: string;
	/** Any other threshold, as JSON LifecycleSettings, e.g. {"policy":{"minNewSamples":50}}. */
	LEARNING_CONFIG?: string;
	/** Slack incoming-webhook URL for alerts; unset → alerts are only logged. */
	ALERT_WEBHOOK_URL?: string;
}

const Section = v.optional(v.record(v.string(), v.union([v.number(), v.boolean(), v.string()])));
const Settings = v.strictObject({
	monitor: Section,
	drift: Section,
	policy: Section,
	training: Section,
	promotion: Section,
	keepCycles: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
});
const Mode = v.picklist(['direct', 'shadow', 'ab']);
const Share = v.pipe(v.string(), v.transform(Number), v.number(), v.minValue(0), v.maxValue(1));

/**
 * The lifecycle configuration from the variables: LEARNING_CONFIG first, then LEARNING_MODE
 * and LEARNING_AB_SHARE on top. A wrong value is a 500-class configuration error naming the
 * variable, raised before any cycle work starts.
 * @throws ApiError 500 `invalid_config`.
 */
export function learningConfig(vars: LearningVars): LifecycleConfig {
	const invalid = (name: string, issue: string) =>
		new ApiError(500, 'invalid_config', `${name} is invalid: ${issue}`, name);
	let settings: LifecycleSettings = {};
	if (vars.LEARNING_CONFIG) {
		let json: unknown;
		try {
			json = JSON.parse(vars.LEARNING_CONFIG);
		} catch (e) {
			throw invalid('LEARNING_CONFIG', (e as Error).message);
		}
		const parsed = v.safeParse(Settings, json);
		if (!parsed.success) throw invalid('LEARNING_CONFIG', v.summarize(parsed.issues));
		settings = parsed.output as LifecycleSettings;
	}
	const promotion = { ...settings.promotion };
	if (vars.LEARNING_MODE) {
		const mode = v.safeParse(Mode, vars.LEARNING_MODE);
		if (!mode.success) throw invalid('LEARNING_MODE', 'use direct, shadow or ab');
		promotion.mode = mode.output;
	}
	if (vars.LEARNING_AB_SHARE) {
		const share = v.safeParse(Share, vars.LEARNING_AB_SHARE);
		if (!share.success) throw invalid('LEARNING_AB_SHARE', 'use a number in [0, 1]');
		promotion.abShare = share.output;
	}
	return resolveConfig({ ...settings, promotion });
}
