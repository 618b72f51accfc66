import {
	binaryReport,
	calibrationTable,
	confusionMatrix,
	expectedCalibrationError
} from '../eval/metrics';
import type { LifecycleConfig } from './config';

/** A model's figures on a set of outcomes (a holdout, or the monitoring window). */
export interface HoldoutMetrics {
	n: number;
	positives: number;
	accuracy: number;
	log_loss: number;
	brier: number;
	roc_auc: number | null;
}

/** The figures a cycle keeps for a model on a set of outcomes, at p ≥ 0.5. */
export function outcomeMetrics(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>
): HoldoutMetrics {
	const { n, positives, accuracy, log_loss, brier, roc_auc } = binaryReport(labels, probs, 0.5);
	return { n, positives, accuracy, log_loss, brier, roc_auc };
}

/** How the serving model did on recent outcomes. */
export interface MonitorReport extends HoldoutMetrics {
	/** Precision and recall at p ≥ 0.5 — the cut the accuracy (and the Bayes-optimal accuracy) uses. */
	precision: number;
	recall: number;
	/** Expected calibration error over 10 equal-width bins. */
	ece: number;
	accuracy_floor: number;
	/** accuracy < accuracy_floor. */
	alert: boolean;
}

/**
 * Rolling metrics of the champion on recent labelled outcomes (its progression probabilities
 * against `progressed`), with the accuracy alert. Returns null with fewer than `minRows`
 * outcomes: a few calls say nothing about accuracy (20 calls at a true 80% give 65–95%).
 */
export function monitorChampion(
	labels: ArrayLike<number>,
	probs: ArrayLike<number>,
	config: LifecycleConfig['monitor']
): MonitorReport | null {
	if (labels.length < config.minRows) return null;
	const headline = outcomeMetrics(labels, probs);
	const c = confusionMatrix(labels, probs, 0.5);
	return {
		...headline,
		precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0,
		recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0,
		ece: expectedCalibrationError(calibrationTable(labels, probs, 10)),
		accuracy_floor: config.accuracyFloor,
		alert: headline.accuracy < config.accuracyFloor
	};
}
