import * as v from 'valibot';
import { FEATURE_EXTRACTION_VERSION, FEATURE_NAMES, FEATURE_SPEC } from '../features';
import { canonicalJson, sha256Hex } from '../hash';
import { toFieldIssues } from '../schema/validate';
import { TEXT_BITS, TEXT_TERMS_VERSION, TextModel, TextModelJson } from '../text';
import { EnsembleJson, ensembleFromJson, ModelFormatError, type Ensemble } from '../trees';
import { TextBlendJson } from './text-blend';

export const ARTIFACT_FORMAT = 'fellow-qualify.model';
export const ARTIFACT_FORMAT_VERSION = 1;

const Metrics = v.record(v.string(), v.nullable(v.number()));

/** Per-feature training distribution, kept for drift checks. */
export const FeatureDistribution = v.object({
	missing: v.number(),
	/** Numeric: decile edges of the training values; counts has edges.length + 1 bins. */
	edges: v.optional(v.array(v.number())),
	/** Numeric: rows per bin; discrete: rows per value (keys are the values). */
	counts: v.union([v.array(v.number()), v.record(v.string(), v.number())])
});

export const Thresholds = v.object({
	/** Calibrated progression probability at or above which a lead goes to an AE. */
	ae_handoff: v.number(),
	/** Below this the lead is disqualified; between the two it is nurtured. */
	disqualify: v.number(),
	/** Voice AI probability at or above which the company counts as a Voice AI prospect. */
	voice_ai: v.number()
});

/** One trained version: both models and everything needed to score, explain and monitor. */
export const ModelArtifact = v.object({
	format: v.literal(ARTIFACT_FORMAT),
	format_version: v.literal(ARTIFACT_FORMAT_VERSION),
	version: v.pipe(
		v.string(),
		v.regex(/^[a-z]+_\d{8}_\d{6}$/, 'must look like retrain_YYYYMMDD_HHMMSS')
	),
	created_at: v.string(),
	feature_spec_hash: v.string(),
	feature_names: v.array(v.string()),
	progression: v.object({
		model: EnsembleJson,
		calibration: v.object({ method: v.literal('platt'), a: v.number(), b: v.number() }),
		metrics: Metrics,
		importance: v.record(v.string(), v.number()),
		/**
		 * The progression text model fitted on real calls, blended with the calibrated
		 * probability (anchored at 0.5); absent or null: the trees alone.
		 */
		text: v.optional(v.nullable(TextBlendJson))
	}),
	voice_ai: v.object({
		model: EnsembleJson,
		metrics: Metrics,
		importance: v.record(v.string(), v.number()),
		/** The Voice AI text model fitted on real text, blended with the forest; absent or null: the forest alone. */
		text: v.optional(v.nullable(TextBlendJson))
	}),
	/** The text model behind text_progression; null when trained without it. */
	text: v.nullable(TextModelJson),
	thresholds: Thresholds,
	data: v.object({
		rows: v.number(),
		train_rows: v.number(),
		holdout_rows: v.number(),
		holdout: v.picklist(['time', 'random']),
		date_range: v.nullable(v.tuple([v.string(), v.string()])),
		base_rates: v.object({ progressed: v.number(), voice_ai: v.number() }),
		features: v.record(v.string(), FeatureDistribution),
		/**
		 * Calibrated progression probabilities on the holdout, for prediction drift. Optional:
		 * artifacts written before it existed still load (their prediction drift is not tested).
		 */
		predictions: v.optional(FeatureDistribution)
	}),
	training: v.record(v.string(), v.unknown()),
	sha256: v.optional(v.string())
});
export type ModelArtifact = v.InferOutput<typeof ModelArtifact>;

/**
 * Hash of the feature spec (names, groups, types, order), the extraction version and the text
 * model's term hashing: a model only scores features it was trained on, with the meaning they
 * had then.
 */
export async function featureSpecHash(): Promise<string> {
	return sha256Hex(
		canonicalJson({
			extraction: FEATURE_EXTRACTION_VERSION,
			features: FEATURE_SPEC.map(({ name, group, type }) => ({ name, group, type })),
			text: { terms: TEXT_TERMS_VERSION, bits: TEXT_BITS }
		})
	);
}

export async function sealArtifact(
	artifact: Omit<ModelArtifact, 'sha256'>
): Promise<ModelArtifact> {
	return { ...artifact, sha256: await sha256Hex(canonicalJson(artifact)) };
}

/** A verified artifact with its models ready to score. */
export interface LoadedModel {
	artifact: ModelArtifact;
	progression: Ensemble;
	voiceAi: Ensemble;
	text: TextModel | null;
	/** The text models learned from real text (see text-blend.ts); null when the artifact has none. */
	voiceText: TextModel | null;
	progressionText: TextModel | null;
}

/**
 * Parses and verifies an artifact: format, SHA-256 over its content, the feature spec it was
 * trained on, and both ensembles. Throws ModelFormatError saying what is wrong.
 */
export async function loadArtifact(input: unknown): Promise<LoadedModel> {
	const parsed = v.safeParse(ModelArtifact, input);
	if (!parsed.success) {
		const issue = toFieldIssues(parsed.issues)[0]!;
		throw new ModelFormatError(`invalid model artifact: ${issue.field}: ${issue.message}`);
	}
	const artifact = parsed.output;
	const { sha256, ...content } = artifact;
	if (!sha256) throw new ModelFormatError('invalid model artifact: sha256 is missing');
	const actual = await sha256Hex(canonicalJson(content));
	if (actual !== sha256)
		throw new ModelFormatError(
			`model artifact ${artifact.version} is corrupt: sha256 is ${actual}, the artifact says ${sha256}`
		);
	if (artifact.feature_spec_hash !== (await featureSpecHash()))
		throw new ModelFormatError(
			`model ${artifact.version} was trained on a different feature spec (${artifact.feature_names.length} features); retrain it with this version`
		);
	const nFeatures = FEATURE_NAMES.length;
	const textModel = (json: TextModelJson | null | undefined, field: string) => {
		try {
			return json ? new TextModel(json) : null;
		} catch (e) {
			throw new ModelFormatError(`invalid model artifact: ${field}: ${(e as Error).message}`);
		}
	};
	return {
		artifact,
		text: textModel(artifact.text, 'text'),
		voiceText: textModel(artifact.voice_ai.text?.model, 'voice_ai.text.model'),
		progressionText: textModel(artifact.progression.text?.model, 'progression.text.model'),
		progression: await ensembleFromJson(artifact.progression.model, { nFeatures }),
		voiceAi: await ensembleFromJson(artifact.voice_ai.model, { nFeatures })
	};
}
