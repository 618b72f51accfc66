import { bestThreshold, binaryReport, type BinaryReport } from '../eval/metrics';
import { stratifiedSplit, timeSplit, type Split } from '../eval/splits';
import { extractFeatureMatrix, FEATURE_INDEX, FEATURE_NAMES, FEATURE_SPEC } from '../features';
import { createRandom } from '../random';
import type { LabeledCall } from '../schema/labeled-call';
import type { Lead } from '../schema/lead';
import {
	fitTextModel,
	hashLead,
	TEXT_BITS,
	TextModel,
	type FtrlParams,
	type TextModelJson
} from '../text';
import {
	ensembleToJson,
	featureImportance,
	predictMatrix,
	trainForest,
	trainGbdt,
	type Ensemble,
	type ForestParams,
	type GbdtParams,
	type Matrix
} from '../trees';
import {
	ARTIFACT_FORMAT,
	ARTIFACT_FORMAT_VERSION,
	featureSpecHash,
	sealArtifact,
	type ModelArtifact
} from './artifact';
import { calibrate, fitPlatt } from './calibration';
import { featureDistributions, numericDistribution } from './distributions';
import { Scorer } from './score';
import { loadArtifact } from './artifact';
import { blendWithText, fitTextBlend, type TextBlendJson } from './text-blend';

export interface TrainOptions {
	/** The training time: names the version (retrain_YYYYMMDD_HHMMSS, UTC). */
	now: Date;
	seed?: number;
	/** time: the latest 20% of calls by call_date; random: stratified 20%; auto: time when every call has a date. */
	holdout?: 'time' | 'random' | 'auto';
	gbdt?: Partial<GbdtParams>;
	forest?: Partial<ForestParams>;
	/**
	 * One weight per call (≥ 0), e.g. recency weights for continuous learning. They weight the
	 * rows the trees fit; validation, calibration and the reported metrics stay unweighted, so
	 * the cut-offs and figures describe calls as they come. @default all 1
	 */
	weights?: ArrayLike<number>;
	/**
	 * The text model behind text_progression: FTRL settings over the defaults, or false to
	 * leave that feature missing (for comparisons). @default {}
	 */
	text?: false | Partial<FtrlParams>;
	/**
	 * The text models learned from real text (text-blend.ts): labelled real texts to fit them on
	 * (Voice AI on every text, progression on the calls), or fitted ones to carry over (a
	 * learning cycle keeps its champion's: its outcomes are a few hundred calls of one team).
	 * @default none: the trees alone
	 */
	realText?: { texts: readonly RealText[] } | { fitted: FittedRealText };
	/** Progress of the long steps, e.g. for a CLI progress line. */
	onProgress?: (step: string, done: number, total: number) => void;
}

/** A labelled real text: a company description (no `progressed`) or a call, and who wrote it. */
export interface RealText {
	lead: Lead;
	group: string;
	voiceAi: boolean;
	progressed?: boolean;
}

/** An artifact's text models learned from real text. */
export interface FittedRealText {
	voiceAi: TextBlendJson | null;
	progression: TextBlendJson | null;
}

/**
 * Boosting defaults for intro-call data: shallow trees, and a rate that early stopping ends in
 * about a hundred trees. On the baseline's 96k generated calls (extraction 29) rate 0.2 stopped
 * at 92 trees with the holdout accuracy of rate 0.05's 537 (87.2%, Bayes-optimal 87.8%; the
 * committed extraction-30 baseline: 128 trees), so every explained lead costs TreeSHAP over a
 * fraction of the trees; on the learning loop's few thousand calls
 * bench:simulate came out the same over five seeds (bench/RESULTS.md).
 */
export const QUALIFIER_GBDT: Partial<GbdtParams> = {
	nTrees: 800,
	learningRate: 0.2,
	maxDepth: 4,
	minChildWeight: 2,
	subsample: 0.9,
	colsampleByTree: 0.9,
	earlyStoppingRounds: 50
};
/**
 * Voice AI forest: 100 trees of depth ≤ 6. On 20k generated calls (seed 7, time holdout) it
 * matches 200 unbounded trees (ROC AUC .9677 vs .9676) at ~1/100 of the TreeSHAP work per lead
 * (Σ leaves × depth²), which is what explaining a Voice AI prospect costs.
 */
export const QUALIFIER_FOREST: Partial<ForestParams> = {
	nTrees: 100,
	maxDepth: 6,
	minChildWeight: 5
};

/** Disqualifying may lose at most this share of the (validation) calls that progressed. */
export const DISQUALIFY_MAX_LOSS = 0.05;
/** The seed's Voice AI target: the Voice AI cut-off keeps precision at least this high. */
export const VOICE_AI_MIN_PRECISION = 0.9;
/** …with 95% one-sided confidence on the validation slice (Wilson bound), so it holds on new calls. */
export const VOICE_AI_CONFIDENCE_Z = 1.64;

export interface TrainReport {
	rows: number;
	train_rows: number;
	holdout_rows: number;
	holdout: 'time' | 'random';
	date_range: [string, string] | null;
	features: number;
	progression: BinaryReport & {
		at_handoff: BinaryReport;
		trees: number;
		calibration: { a: number; b: number };
	};
	voice_ai: BinaryReport & { trees: number };
	thresholds: ModelArtifact['thresholds'];
	/** lead_id of each holdout call (for comparisons on exactly these rows). */
	holdout_lead_ids: (string | undefined)[];
}

/** Fewest labelled calls trainQualifier accepts. */
export const MIN_TRAINING_CALLS = 50;

/** The rows of one training run: holdout (reported only) | validation (tuning) | fit (trees). */
interface Rows {
	holdout: 'time' | 'random';
	outer: Split;
	inner: Split;
}

/**
 * Trains both models on labelled intro calls and returns the sealed artifact with its report.
 * Rows: holdout (reported metrics only) | validation (early stopping, calibration, cut-offs) |
 * fit (the text model and the trees). Nothing the reported metrics are computed on was used to
 * train or tune. Steps: labels → rows → text model → progression → Voice AI → report → artifact.
 */
export async function trainQualifier(
	calls: readonly LabeledCall[],
	options: TrainOptions
): Promise<{ artifact: ModelArtifact; report: TrainReport }> {
	if (calls.length < MIN_TRAINING_CALLS)
		throw new RangeError(
			`need at least ${MIN_TRAINING_CALLS} labelled calls to train, got ${calls.length}`
		);
	if (options.weights && options.weights.length !== calls.length)
		throw new RangeError(`${options.weights.length} weights for ${calls.length} calls`);
	const seed = options.seed ?? 0;
	const progress = options.onProgress ?? (() => {});
	const { data, cols } = extractFeatureMatrix(calls);
	const labels = labelsOf(calls);
	const rows = splitRows(calls, labels.progressed, options.holdout, createRandom(seed));
	const text =
		options.text === false
			? null
			: textFeatures(calls, data, cols, rows.inner.train, {
					y: labels.progressed,
					seed,
					weights: options.weights,
					params: options.text,
					progress
				});

	const matrix = (idx: ArrayLike<number>): Matrix => select(data, cols, idx);
	const sets = {
		fit: matrix(rows.inner.train),
		valid: matrix(rows.inner.test),
		weights: options.weights
			? Float64Array.from(rows.inner.train, (i) => options.weights![i]!)
			: undefined
	};
	const progression = fitProgression(sets, labels.progressed, rows, { seed, options, progress });
	const voiceAi = fitVoiceAi(sets, labels.voiceAi, rows, { seed, options, progress });
	const test = matrix(rows.outer.test);
	const testP = margins(progression.gbdt, test).map((m) => calibrate(progression.calibration, m));
	const testVoice = predictMatrix(voiceAi.forest, test.data, test.rows);
	const report = holdoutReport(calls, rows, labels, { progression, voiceAi, testP, testVoice });

	const version = `retrain_${options.now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15)}`;
	const content: Omit<ModelArtifact, 'sha256'> = {
		format: ARTIFACT_FORMAT,
		format_version: ARTIFACT_FORMAT_VERSION,
		version,
		created_at: options.now.toISOString(),
		feature_spec_hash: await featureSpecHash(),
		feature_names: [...FEATURE_NAMES],
		progression: {
			model: await ensembleToJson(progression.gbdt, [...FEATURE_NAMES]),
			calibration: progression.calibration,
			metrics: flatMetrics(report.progression),
			importance: importance(progression.gbdt)
		},
		voice_ai: {
			model: await ensembleToJson(voiceAi.forest, [...FEATURE_NAMES]),
			metrics: flatMetrics(report.voice_ai),
			importance: importance(voiceAi.forest)
		},
		text,
		thresholds: report.thresholds,
		data: {
			rows: calls.length,
			train_rows: rows.outer.train.length,
			holdout_rows: rows.outer.test.length,
			holdout: rows.holdout,
			date_range: report.date_range,
			base_rates: { progressed: mean(labels.progressed), voice_ai: mean(labels.voiceAi) },
			features: featureDistributions(data, cols, rows.outer.train),
			predictions: numericDistribution(Array.from(testP), 0)
		},
		training: {
			seed,
			gbdt: { ...QUALIFIER_GBDT, ...options.gbdt },
			forest: { ...QUALIFIER_FOREST, ...options.forest }
		}
	};
	const realText = options.realText;
	const fitted =
		realText &&
		('fitted' in realText
			? realText.fitted
			: await realTextFor(content, realText.texts, generatedSample(calls, rows), seed, progress));
	if (fitted?.voiceAi) {
		// What the product answers is the blend: the holdout report says how the blend does.
		const words = new TextModel(fitted.voiceAi.model);
		const blend = fitted.voiceAi.blend;
		const blended = testVoice.map((forest, k) =>
			blendWithText(forest, voiceAi.cut, words.margin(calls[rows.outer.test[k]!]!), blend)
		);
		report.voice_ai = {
			...binaryReport(pick(labels.voiceAi, rows.outer.test), blended, voiceAi.cut),
			trees: voiceAi.forest.trees.length
		};
		content.voice_ai = {
			...content.voice_ai,
			metrics: flatMetrics(report.voice_ai),
			text: fitted.voiceAi
		};
	}
	if (fitted?.progression) {
		const words = new TextModel(fitted.progression.model);
		const blend = fitted.progression.blend;
		const blended = testP.map((p, k) =>
			blendWithText(p, 0.5, words.margin(calls[rows.outer.test[k]!]!), blend)
		);
		const yTest = pick(labels.progressed, rows.outer.test);
		report.progression = {
			...report.progression,
			...binaryReport(yTest, blended),
			at_handoff: binaryReport(yTest, blended, report.thresholds.ae_handoff)
		};
		content.progression = {
			...content.progression,
			metrics: flatMetrics(report.progression),
			text: fitted.progression
		};
		content.data = { ...content.data, predictions: numericDistribution(Array.from(blended), 0) };
	}
	return { artifact: await sealArtifact(content), report };
}

/**
 * Fits the text models learned from real text and their blends with this artifact's trees:
 * Voice AI on every text (anchored at the forest's cut-off), progression on the calls (anchored
 * at even odds; the cut-offs stay those chosen on the trees' calibrated probabilities).
 */
async function realTextFor(
	content: Omit<ModelArtifact, 'sha256'>,
	texts: readonly RealText[],
	generated: readonly LabeledCall[],
	seed: number,
	progress: (step: string, done: number, total: number) => void
): Promise<FittedRealText> {
	const scorer = new Scorer(await loadArtifact(await sealArtifact(content)));
	const x = new Float32Array(FEATURE_NAMES.length);
	const none = { progression: NaN, voiceAi: NaN };
	const trees = (lead: Lead) => scorer.outputs(scorer.features(lead, x), none);
	const calls = texts.filter((t) => t.progressed !== undefined);
	return {
		voiceAi: fitTextBlend(
			texts.map((t) => ({ lead: t.lead, label: t.voiceAi, group: t.group })),
			(lead) => trees(lead).voiceForest,
			content.thresholds.voice_ai,
			{
				seed,
				generated: generated.map((c) => ({ lead: c, label: c.voice_ai })),
				progress: (done, total) => progress('Voice AI wording', done, total)
			}
		),
		progression: calls.length
			? fitTextBlend(
					calls.map((t) => ({ lead: t.lead, label: t.progressed!, group: t.group })),
					(lead) => scorer.progressionOf(trees(lead)),
					0.5,
					{
						seed,
						generated: generated.map((c) => ({ lead: c, label: c.progressed })),
						blendOnGenerated: true,
						progress: (done, total) => progress('outcome wording', done, total)
					}
				)
			: null
	};
}

/** Generated calls the real-text models read beside the real texts: evenly spaced fit rows. */
const REAL_TEXT_GENERATED = 3000;

function generatedSample(calls: readonly LabeledCall[], rows: Rows): LabeledCall[] {
	const fit = rows.inner.train;
	const step = Math.max(1, fit.length / REAL_TEXT_GENERATED);
	return Array.from(
		{ length: Math.min(fit.length, REAL_TEXT_GENERATED) },
		(_, k) => calls[fit[Math.floor(k * step)]!]!
	);
}

/** Both labels as 0/1; each needs at least 5 calls of either class. */
function labelsOf(calls: readonly LabeledCall[]): { progressed: Uint8Array; voiceAi: Uint8Array } {
	const progressed = Uint8Array.from(calls, (c) => (c.progressed ? 1 : 0));
	const voiceAi = Uint8Array.from(calls, (c) => (c.voice_ai ? 1 : 0));
	for (const [name, y] of [
		['progressed', progressed],
		['voice_ai', voiceAi]
	] as const) {
		const positives = y.reduce((a, b) => a + b, 0);
		if (positives < 5 || positives > y.length - 5)
			throw new RangeError(
				`${name} needs at least 5 calls of each class, got ${positives} positive of ${y.length}`
			);
	}
	return { progressed, voiceAi };
}

/** The holdout (the latest 20% by call_date, or a stratified 20%) and, inside the rest, validation. */
function splitRows(
	calls: readonly LabeledCall[],
	y: Uint8Array,
	kind: TrainOptions['holdout'],
	random: { next: () => number }
): Rows {
	const times = Float64Array.from(calls, (c) => (c.call_date ? Date.parse(c.call_date) : NaN));
	const dated = times.every((t) => !Number.isNaN(t));
	const holdout = kind === 'time' || (kind !== 'random' && dated) ? 'time' : 'random';
	if (holdout === 'time' && !dated)
		throw new RangeError('a time holdout needs call_date on every call');
	const outer = holdout === 'time' ? timeSplit(times, 0.2) : stratifiedSplit(y, 0.2, random.next);
	return { holdout, outer, inner: subsplit(outer.train, holdout, times, y, random.next) };
}

interface FitSets {
	fit: Matrix;
	valid: Matrix;
	weights: Float64Array | undefined;
}
interface FitContext {
	seed: number;
	options: TrainOptions;
	progress: (step: string, done: number, total: number) => void;
}
const CATEGORICAL = FEATURE_SPEC.flatMap((f, i) => (f.type === 'categorical' ? [i] : []));
const pick = (y: Uint8Array, idx: ArrayLike<number>) =>
	Uint8Array.from(idx as ArrayLike<number>, (i) => y[i]!);

/** Progression: boosted trees (early stopping on validation), Platt calibration, the two cut-offs. */
function fitProgression(sets: FitSets, y: Uint8Array, rows: Rows, context: FitContext) {
	const yValid = pick(y, rows.inner.test);
	const gbdt = trainGbdt(
		{
			x: sets.fit,
			y: pick(y, rows.inner.train),
			weights: sets.weights,
			categorical: CATEGORICAL,
			valid: { x: sets.valid, y: yValid },
			onTree: (d, t) => context.progress('progression model', d, t)
		},
		{ ...QUALIFIER_GBDT, seed: context.seed, ...context.options.gbdt }
	).model;
	const calibration = fitPlatt(margins(gbdt, sets.valid), yValid);
	const validP = margins(gbdt, sets.valid).map((m) => calibrate(calibration, m));
	const handoff = bestThreshold(yValid, validP, 'f1')!.threshold;
	const disqualify = Math.min(disqualifyCut(validP, yValid), handoff);
	return { gbdt, calibration, handoff, disqualify };
}

/** Voice AI: the forest and its cut-off (precision ≥ 90% with 95% confidence on validation, at the lower of the fit and validation shares of Voice AI leads; else F1-best). */
function fitVoiceAi(sets: FitSets, y: Uint8Array, rows: Rows, context: FitContext) {
	const yFit = pick(y, rows.inner.train);
	const forest = trainForest(
		{
			x: sets.fit,
			y: yFit,
			weights: sets.weights,
			categorical: CATEGORICAL,
			onTree: (d, t) => context.progress('Voice AI model', d, t)
		},
		{ ...QUALIFIER_FOREST, seed: context.seed, ...context.options.forest }
	).model;
	const yValid = pick(y, rows.inner.test);
	const validVoice = predictMatrix(forest, sets.valid.data, sets.valid.rows);
	// Validation holds the latest calls, where Voice AI leads may be more common than over the
	// whole training period: precision must hold at the lower of the two shares (when that share
	// is a proportion a precision can be judged at; a small learning cycle may have none).
	const share = Math.min(mean(yFit), mean(yValid));
	const cut =
		bestThreshold(yValid, validVoice, {
			minPrecision: VOICE_AI_MIN_PRECISION,
			z: VOICE_AI_CONFIDENCE_Z,
			baseRate: share > 0 && share < 1 ? share : undefined
		})?.threshold ?? bestThreshold(yValid, validVoice, 'f1')!.threshold;
	return { forest, cut };
}

/** Both models on the holdout, at their cut-offs, with the run's sizes. */
function holdoutReport(
	calls: readonly LabeledCall[],
	rows: Rows,
	labels: { progressed: Uint8Array; voiceAi: Uint8Array },
	fitted: {
		progression: ReturnType<typeof fitProgression>;
		voiceAi: ReturnType<typeof fitVoiceAi>;
		testP: Float64Array;
		testVoice: Float64Array;
	}
): TrainReport {
	const { progression, voiceAi, testP, testVoice } = fitted;
	const yTest = pick(labels.progressed, rows.outer.test);
	const dates = calls.flatMap((c) => (c.call_date ? [c.call_date.slice(0, 10)] : [])).sort();
	return {
		rows: calls.length,
		train_rows: rows.outer.train.length,
		holdout_rows: rows.outer.test.length,
		holdout: rows.holdout,
		date_range: dates.length ? [dates[0]!, dates.at(-1)!] : null,
		features: FEATURE_NAMES.length,
		progression: {
			...binaryReport(yTest, testP),
			at_handoff: binaryReport(yTest, testP, progression.handoff),
			trees: progression.gbdt.trees.length,
			calibration: { a: progression.calibration.a, b: progression.calibration.b }
		},
		voice_ai: {
			...binaryReport(pick(labels.voiceAi, rows.outer.test), testVoice, voiceAi.cut),
			trees: voiceAi.forest.trees.length
		},
		thresholds: {
			ae_handoff: progression.handoff,
			disqualify: progression.disqualify,
			voice_ai: voiceAi.cut
		},
		holdout_lead_ids: Array.from(rows.outer.test, (i) => calls[i]!.lead_id)
	};
}

/**
 * Fits the text model on the fit rows and writes its scores into the matrix: out-of-fold on
 * the fit rows, the full model's on validation and holdout rows, as new leads will get them.
 */
function textFeatures(
	calls: readonly LabeledCall[],
	data: Float32Array,
	cols: number,
	fit: Uint32Array,
	options: {
		y: Uint8Array;
		seed: number;
		weights?: ArrayLike<number>;
		params?: Partial<FtrlParams>;
		progress: (step: string, done: number, total: number) => void;
	}
): TextModelJson {
	const docs = calls.map((c, i) => {
		if (i % 1000 === 0) options.progress('reading words', i, calls.length);
		return hashLead(c, TEXT_BITS);
	});
	options.progress('reading words', calls.length, calls.length);
	const { json, margins } = fitTextModel(docs, options.y, fit, {
		seed: options.seed,
		weights: options.weights,
		params: options.params
	});
	for (let r = 0; r < calls.length; r++)
		data[r * cols + FEATURE_INDEX.text_progression] = margins[r]!;
	return json;
}

/** Validation rows out of the training rows: the latest 20% (time) or a stratified 20%. */
function subsplit(
	train: Uint32Array,
	holdout: 'time' | 'random',
	times: Float64Array,
	y: Uint8Array,
	random: () => number
): Split {
	const local =
		holdout === 'time'
			? timeSplit(
					Float64Array.from(train, (i) => times[i]!),
					0.2
				)
			: stratifiedSplit(
					Uint8Array.from(train, (i) => y[i]!),
					0.2,
					random
				);
	return { train: local.train.map((i) => train[i]!), test: local.test.map((i) => train[i]!) };
}

/** The highest cut-off below which lie at most DISQUALIFY_MAX_LOSS of the validation calls that progressed. */
function disqualifyCut(p: Float64Array, y: Uint8Array): number {
	const order = Array.from(p.keys()).sort((a, b) => p[a]! - p[b]!);
	const total = y.reduce((a, b) => a + b, 0);
	let positives = 0;
	let cut = 0;
	order.forEach((i, k) => {
		positives += y[i]!;
		const next = p[order[k + 1]!];
		if (positives / total <= DISQUALIFY_MAX_LOSS && next !== undefined && next > p[i]!) cut = next;
	});
	return cut;
}

function margins(model: Ensemble, x: Matrix): Float64Array {
	const p = predictMatrix(model, x.data, x.rows);
	return p.map((q) => Math.log(q / (1 - q)));
}

function select(data: Float32Array, cols: number, idx: ArrayLike<number>): Matrix {
	const out = new Float32Array(idx.length * cols);
	for (let i = 0; i < idx.length; i++)
		out.set(data.subarray(idx[i]! * cols, (idx[i]! + 1) * cols), i * cols);
	return { data: out, rows: idx.length, cols };
}

function importance(model: Ensemble): Record<string, number> {
	const { gain } = featureImportance(model);
	const total = gain.reduce((a, b) => a + b, 0) || 1;
	return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, gain[i]! / total]));
}

function flatMetrics(r: BinaryReport): Record<string, number | null> {
	const keys = [
		'n',
		'positives',
		'threshold',
		'accuracy',
		'precision',
		'recall',
		'f1',
		'roc_auc',
		'pr_auc',
		'log_loss',
		'brier'
	] as const;
	return Object.fromEntries(keys.map((k) => [k, r[k]]));
}

const mean = (y: Uint8Array) => y.reduce((a, b) => a + b, 0) / y.length;
