import { FEATURE_SPEC } from '../features';
import type { ModelArtifact } from '../scoring';
import { chiSquareTest } from '../stats/chi-square-test';
import type { LifecycleConfig } from './config';
import { jensenShannonDistance } from '../stats/jensen-shannon';
import { ksTestBinned } from '../stats/ks-test';

type Distribution = ModelArtifact['data']['features'][string];

export type DriftTest = 'ks' | 'chi_square' | 'jensen_shannon';

export interface FeatureDrift {
	feature: string;
	test: DriftTest;
	/** KS: largest CDF gap; chi-square: Pearson's X²; Jensen–Shannon: distance in [0, 1]. */
	statistic: number;
	/** KS and chi-square only. */
	p_value: number | null;
	/** p-value below it (KS, chi-square) or distance above it (Jensen–Shannon) = drifted. */
	threshold: number;
	drifted: boolean;
	/** Categorical features: values the reference never had (drift by definition). */
	new_categories?: number[];
}

export interface DriftReport {
	rows: number;
	/** p_value below `largeSampleRows` recent rows, distance at or above. */
	regime: 'p_value' | 'distance';
	features: FeatureDrift[];
	drifted_features: number;
	drift_share: number;
	share_threshold: number;
	/** drift_share ≥ share_threshold. */
	dataset_drift: boolean;
	/** The champion's progression probabilities against those on its own holdout; null when the artifact has none stored. */
	prediction: FeatureDrift | null;
	/** Data set drift or prediction drift: what the retraining policy acts on. */
	detected: boolean;
}

/**
 * Drift of recent rows (a row-major feature matrix in FEATURE_SPEC order) against the training
 * distributions stored in the champion's artifact, feature by feature, and of the champion's
 * recent predictions against its holdout predictions.
 *
 * Why two regimes: p-value tests answer "could these two samples come from one distribution?"
 * — right for the 20–1000 outcomes a team collects in a few weeks, where a distance would
 * swing with noise (the false alarms on tiny batches Evidently's users report). With thousands
 * of rows every p-value test rejects on differences too small to matter (the over-sensitivity
 * on big data), so there the Jensen–Shannon distance with a fixed threshold decides. Numeric
 * features use KS, discrete ones (binary, count, ordinal, categorical) chi-square; Evidently
 * does the same below 1000 rows. The stored distributions are binned (deciles for numeric,
 * value counts otherwise; missing is its own bin), so all tests run on the same bins.
 * Returns null with fewer than `minRows` rows. O(rows × features).
 */
export function detectDrift(input: {
	artifact: ModelArtifact;
	features: Float32Array;
	rows: number;
	predictions?: ArrayLike<number>;
	config: LifecycleConfig['drift'];
}): DriftReport | null {
	const { artifact, features, rows, config } = input;
	if (rows < config.minRows) return null;
	const cols = FEATURE_SPEC.length;
	const regime = rows >= config.largeSampleRows ? 'distance' : 'p_value';
	const column = new Float64Array(rows);
	const report: FeatureDrift[] = [];
	FEATURE_SPEC.forEach((spec, f) => {
		const reference = artifact.data.features[spec.name];
		if (!reference) return;
		for (let i = 0; i < rows; i++) column[i] = features[i * cols + f]!;
		const drift = testFeature(
			spec.name,
			reference,
			column,
			spec.type === 'numeric',
			regime,
			config
		);
		report.push(spec.type === 'categorical' ? withNewCategories(drift, reference, column) : drift);
	});
	const drifted = report.filter((r) => r.drifted).length;
	const share = report.length ? drifted / report.length : 0;
	const stored = artifact.data.predictions;
	const prediction =
		stored && input.predictions
			? testFeature('progression_probability', stored, input.predictions, true, regime, config)
			: null;
	const datasetDrift = share >= config.shareThreshold;
	return {
		rows,
		regime,
		features: report,
		drifted_features: drifted,
		drift_share: share,
		share_threshold: config.shareThreshold,
		dataset_drift: datasetDrift,
		prediction,
		detected: datasetDrift || (prediction?.drifted ?? false)
	};
}

function testFeature(
	feature: string,
	reference: Distribution,
	values: ArrayLike<number>,
	numeric: boolean,
	regime: DriftReport['regime'],
	config: LifecycleConfig['drift']
): FeatureDrift {
	const { ref, cur } = binBoth(reference, values);
	if (regime === 'distance') {
		const statistic = jensenShannonDistance(ref, cur);
		return {
			feature,
			test: 'jensen_shannon',
			statistic,
			p_value: null,
			threshold: config.distance,
			drifted: statistic > config.distance
		};
	}
	const result = numeric ? ksTestBinned(ref, cur) : chiSquareTest(ref, cur);
	return {
		feature,
		test: numeric ? 'ks' : 'chi_square',
		statistic: result.statistic,
		p_value: result.p_value,
		threshold: config.pValue,
		drifted: result.p_value < config.pValue
	};
}

/**
 * A category the training data never had (a new industry class, say) is drift by definition: a
 * goodness-of-fit test misses a 4% newcomer in 50 rows (smoothing and pooling of rare cells),
 * yet the model has never seen it. Such a feature is marked drifted, naming the values.
 */
function withNewCategories(
	drift: FeatureDrift,
	reference: Distribution,
	values: ArrayLike<number>
): FeatureDrift {
	const known = reference.counts;
	if (Array.isArray(known)) return drift;
	const seen = new Set<number>();
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (!Number.isNaN(x) && !(String(x) in known)) seen.add(x);
	}
	if (!seen.size) return drift;
	return { ...drift, drifted: true, new_categories: [...seen].sort((a, b) => a - b) };
}

/**
 * Reference and current counts over the same ordered bins: missing first (kept only when
 * either side has any), then the decile bins (numeric) or the values (discrete, the reference's
 * values then any new ones).
 */
export function binBoth(
	reference: Distribution,
	values: ArrayLike<number>
): { ref: number[]; cur: number[] } {
	const present: number[] = [];
	let missing = 0;
	for (let i = 0; i < values.length; i++) {
		if (Number.isNaN(values[i])) missing++;
		else present.push(values[i]!);
	}
	let ref: number[];
	let cur: number[];
	if (Array.isArray(reference.counts)) {
		const edges = reference.edges ?? [];
		ref = reference.counts.slice();
		cur = new Array<number>(ref.length).fill(0);
		for (const x of present) {
			let b = 0;
			while (b < edges.length && x >= edges[b]!) b++;
			cur[b]!++;
		}
	} else {
		const counts = reference.counts;
		const keys = Object.keys(counts);
		const index = new Map(keys.map((k, i) => [k, i]));
		ref = keys.map((k) => counts[k]!);
		cur = new Array<number>(ref.length).fill(0);
		for (const x of present) {
			const key = String(x);
			let b = index.get(key);
			if (b === undefined) {
				b = ref.length;
				index.set(key, b);
				ref.push(0);
				cur.push(0);
			}
			cur[b]!++;
		}
	}
	const refPresent = ref.reduce((a, b) => a + b, 0);
	const refMissing =
		reference.missing < 1 ? (refPresent * reference.missing) / (1 - reference.missing) : 1;
	if (refMissing > 0 || missing > 0) {
		ref.unshift(refMissing);
		cur.unshift(missing);
	}
	return { ref, cur };
}
