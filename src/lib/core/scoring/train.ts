import { bestThreshold, binaryReport, type BinaryReport } from '../eval/metrics';
import { stratifiedSplit, timeSplit, type Split } from '../eval/splits';
import { extractFeatureMatrix, FEATURE_INDEX, FEATURE_NAMES, FEATURE_SPEC } from '../features';
import { createRandom } from '../random';
import type { LabeledCall } from '../schema/labeled-call';
import { fitTextModel, hashLead, TEXT_BITS, type FtrlParams, type TextModelJson } from '../text';
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
	/** Progress of the long steps, e.g. for a CLI progress line. */
	onProgress?: (step: string, done: number, total: number) => void;
}

/** Boosting defaults for intro-call data: a few thousand rows, so shallower trees and a slower rate. */
export const QUALIFIER_GBDT: Partial<GbdtParams> = {
	nTrees: 800,
	learningRate: 0.05,
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

/**
 * Trains both models on labelled intro calls and returns the sealed artifact with its report.
 * Rows: holdout (reported metrics only) | validation (early stopping, calibration, cut-offs) |
 * fit (the trees). Nothing the reported metrics are computed on was used to train or tune.
 */
/** Fewest labelled calls trainQualifier accepts. */
export const MIN_TRAINING_CALLS = 50;

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
	const random = createRandom(seed);
	const { data, rows, cols } = extractFeatureMatrix(calls);
	const yProgressed = Uint8Array.from(calls, (c) => (c.progressed ? 1 : 0));
	const yVoice = Uint8Array.from(calls, (c) => (c.voice_ai ? 1 : 0));
	for (const [name, y] of [
		['progressed', yProgressed],
		['voice_ai', yVoice]
	] as const) {
		const positives = y.reduce((a, b) => a + b, 0);
		if (positives < 5 || positives > y.length - 5)
			throw new RangeError(
				`${name} needs at least 5 calls of each class, got ${positives} positive of ${y.length}`
			);
	}

	const times = Float64Array.from(calls, (c) => (c.call_date ? Date.parse(c.call_date) : NaN));
	const dated = times.every((t) => !Number.isNaN(t));
	const holdout =
		options.holdout === 'time' || (options.holdout !== 'random' && dated) ? 'time' : 'random';
	if (holdout === 'time' && !dated)
		throw new RangeError('a time holdout needs call_date on every call');
	const outer =
		holdout === 'time' ? timeSplit(times, 0.2) : stratifiedSplit(yProgressed, 0.2, random.next);
	const inner = subsplit(outer.train, holdout, times, yProgressed, random.next);
	const progress = options.onProgress ?? (() => {});
	const text =
		options.text === false
			? null
			: textFeatures(calls, data, cols, inner.train, {
					y: yProgressed,
					seed,
					weights: options.weights,
					params: options.text,
					progress
				});

	const categorical = FEATURE_SPEC.flatMap((f, i) => (f.type === 'categorical' ? [i] : []));
	const matrix = (idx: ArrayLike<number>): Matrix => select(data, cols, idx);
	const pick = (y: Uint8Array, idx: ArrayLike<number>) =>
		Uint8Array.from(idx as ArrayLike<number>, (i) => y[i]!);
	const fit = matrix(inner.train);
	const weights = options.weights
		? Float64Array.from(inner.train, (i) => options.weights![i]!)
		: undefined;
	const valid = matrix(inner.test);
	const test = matrix(outer.test);

	const gbdt = trainGbdt(
		{
			x: fit,
			y: pick(yProgressed, inner.train),
			weights,
			categorical,
			valid: { x: valid, y: pick(yProgressed, inner.test) },
			onTree: (d, t) => progress('progression model', d, t)
		},
		{ ...QUALIFIER_GBDT, seed, ...options.gbdt }
	).model;
	const calibration = fitPlatt(margins(gbdt, valid), pick(yProgressed, inner.test));
	const validP = margins(gbdt, valid).map((m) => calibrate(calibration, m));
	const handoff = bestThreshold(pick(yProgressed, inner.test), validP, 'f1')!.threshold;
	const disqualify = Math.min(disqualifyCut(validP, pick(yProgressed, inner.test)), handoff);

	const forest = trainForest(
		{
			x: fit,
			y: pick(yVoice, inner.train),
			weights,
			categorical,
			onTree: (d, t) => progress('Voice AI model', d, t)
		},
		{ ...QUALIFIER_FOREST, seed, ...options.forest }
	).model;
	const validVoice = predictMatrix(forest, valid.data, valid.rows);
	const voiceCut =
		bestThreshold(pick(yVoice, inner.test), validVoice, {
			minPrecision: VOICE_AI_MIN_PRECISION,
			z: VOICE_AI_CONFIDENCE_Z
		})?.threshold ?? bestThreshold(pick(yVoice, inner.test), validVoice, 'f1')!.threshold;

	const testP = margins(gbdt, test).map((m) => calibrate(calibration, m));
	const testVoice = predictMatrix(forest, test.data, test.rows);
	const yTest = pick(yProgressed, outer.test);
	const thresholds = { ae_handoff: handoff, disqualify, voice_ai: voiceCut };
	const dates = calls.flatMap((c) => (c.call_date ? [c.call_date.slice(0, 10)] : [])).sort();
	const report: TrainReport = {
		rows,
		train_rows: outer.train.length,
		holdout_rows: outer.test.length,
		holdout,
		date_range: dates.length ? [dates[0]!, dates.at(-1)!] : null,
		features: cols,
		progression: {
			...binaryReport(yTest, testP),
			at_handoff: binaryReport(yTest, testP, handoff),
			trees: gbdt.trees.length,
			calibration: { a: calibration.a, b: calibration.b }
		},
		voice_ai: {
			...binaryReport(pick(yVoice, outer.test), testVoice, voiceCut),
			trees: forest.trees.length
		},
		thresholds,
		holdout_lead_ids: Array.from(outer.test, (i) => calls[i]!.lead_id)
	};

	const version = `retrain_${options.now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15)}`;
	const artifact = await sealArtifact({
		format: ARTIFACT_FORMAT,
		format_version: ARTIFACT_FORMAT_VERSION,
		version,
		created_at: options.now.toISOString(),
		feature_spec_hash: await featureSpecHash(),
		feature_names: [...FEATURE_NAMES],
		progression: {
			model: await ensembleToJson(gbdt, [...FEATURE_NAMES]),
			calibration,
			metrics: flatMetrics(report.progression),
			importance: importance(gbdt)
		},
		voice_ai: {
			model: await ensembleToJson(forest, [...FEATURE_NAMES]),
			metrics: flatMetrics(report.voice_ai),
			importance: importance(forest)
		},
		text,
		thresholds,
		data: {
			rows,
			train_rows: outer.train.length,
			holdout_rows: outer.test.length,
			holdout,
			date_range: report.date_range,
			base_rates: { progressed: mean(yProgressed), voice_ai: mean(yVoice) },
			features: featureDistributions(data, cols, outer.train),
			predictions: numericDistribution(Array.from(testP), 0)
		},
		training: {
			seed,
			gbdt: { ...QUALIFIER_GBDT, ...options.gbdt },
			forest: { ...QUALIFIER_FOREST, ...options.forest }
		}
	});
	return { artifact, report };
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
