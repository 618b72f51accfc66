import * as v from 'valibot';

export const RECOMMENDATIONS = ['AE_HANDOFF', 'NURTURE', 'DISQUALIFY'] as const;
export const PRIORITIES = ['HIGH_VOICE_AI', 'HIGH', 'MEDIUM', 'LOW'] as const;

const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** One feature's signed contribution (TreeSHAP, log-odds) to a score. */
export const Factor = v.object({
	feature: v.string(),
	value: v.nullable(v.number()),
	contribution: v.number()
});

/** Words of the lead's notes or description that moved the text score (text_progression). */
export const WordSpan = v.object({
	field: v.picklist(['call_notes', 'description']),
	/** [start, end) in that field as read: surrounding whitespace trimmed. */
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** Log-odds added to the text model's margin (< 0 lowered it). */
	contribution: v.number()
});
export type WordSpan = v.InferOutput<typeof WordSpan>;

/** The answer for one lead, identical in every host. */
export const ScoreResult = v.object({
	qualification_score: percent,
	voice_ai_fit: percent,
	progression_probability: unit,
	recommendation: v.picklist(RECOMMENDATIONS),
	reasoning: v.array(v.string()),
	priority: v.picklist(PRIORITIES),
	confidence: unit,
	model_version: v.string(),
	factors: v.optional(v.array(Factor)),
	/** The strongest words of the notes and description, for highlighting (strongest first). */
	words: v.optional(v.array(WordSpan)),
	variant: v.optional(v.string()),
	lead_id: v.optional(v.string()),
	/** The edge API's id of the stored scoring: send it with the outcome to pair the two. */
	score_id: v.optional(v.string())
});
export type ScoreResult = v.InferOutput<typeof ScoreResult>;
