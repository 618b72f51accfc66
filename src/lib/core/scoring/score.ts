import { extractFeatures, FEATURE_COUNT, FEATURE_NAMES } from '../features';
import type { Lead } from '../schema/lead';
import type { ScoreResult } from '../schema/score-result';
import { leafIndex, TreeShap, type Ensemble } from '../trees';
import type { LoadedModel } from './artifact';
import { calibrate } from './calibration';
import { reasonFor } from './reasons';

/** qualification_score = 100 × (PROGRESSION_WEIGHT × progression + (1 − it) × Voice AI fit). */
export const PROGRESSION_WEIGHT = 0.7;
const MAX_REASONS = 4;
const MAX_FACTORS = 8;

/**
 * Scores leads with one loaded model. Keeps the TreeSHAP workspaces and a feature buffer, so
 * scoring allocates little; not shared between threads.
 */
export class Scorer {
	private readonly progressionShap: TreeShap;
	/** Built on the first Voice AI prospect: most of the tables' build time, needed by ~12% of leads. */
	private voiceShapTables?: TreeShap;
	private readonly x = new Float32Array(FEATURE_COUNT);

	constructor(readonly model: LoadedModel) {
		this.progressionShap = new TreeShap(model.progression);
	}

	private get voiceShap(): TreeShap {
		return (this.voiceShapTables ??= new TreeShap(this.model.voiceAi));
	}

	get version(): string {
		return this.model.artifact.version;
	}

	/** Calibrated progression probability and Voice AI probability, without explanations. */
	probabilities(lead: Lead): { progression: number; voiceAi: number } {
		extractFeatures(lead, this.x);
		return this.probabilitiesOf(this.x);
	}

	/**
	 * The full answer for one lead. Pass `features` (length FEATURE_COUNT) to keep the vector the
	 * models saw, e.g. to store it, without extracting it twice.
	 */
	score(lead: Lead, features: Float32Array<ArrayBuffer> = this.x): ScoreResult {
		const x = extractFeatures(lead, features);
		const { progression, voiceAi } = this.probabilitiesOf(x);
		const { thresholds } = this.model.artifact;

		const handoff = progression >= thresholds.ae_handoff;
		const voiceFit = voiceAi >= thresholds.voice_ai;
		const recommendation = handoff
			? 'AE_HANDOFF'
			: progression >= thresholds.disqualify
				? 'NURTURE'
				: 'DISQUALIFY';
		const priority =
			handoff && voiceFit
				? 'HIGH_VOICE_AI'
				: handoff
					? 'HIGH'
					: recommendation === 'NURTURE'
						? 'MEDIUM'
						: 'LOW';

		const factors = this.factors(x);
		const reasoning = this.reasoning(factors, voiceFit, x);
		return {
			qualification_score: Math.round(
				100 * (PROGRESSION_WEIGHT * progression + (1 - PROGRESSION_WEIGHT) * voiceAi)
			),
			voice_ai_fit: Math.round(100 * voiceAi),
			progression_probability: round(progression, 4),
			recommendation,
			reasoning,
			priority,
			confidence: round(this.confidence(progression, x), 2),
			model_version: this.version,
			factors: factors.slice(0, MAX_FACTORS).map((f) => ({
				feature: f.feature,
				value: Number.isNaN(f.value) ? null : round(f.value, 4),
				contribution: round(f.contribution, 4)
			})),
			...(lead.lead_id !== undefined ? { lead_id: lead.lead_id } : {})
		};
	}

	private probabilitiesOf(x: Float32Array): { progression: number; voiceAi: number } {
		const { progression, voiceAi, artifact } = this.model;
		let margin = progression.baseScore;
		for (const tree of progression.trees) margin += tree.value[leafIndex(tree, x)]!;
		return {
			progression: calibrate(artifact.progression.calibration, margin),
			voiceAi: forestProbability(voiceAi, x)
		};
	}

	/** Progression contributions (TreeSHAP, log-odds), largest magnitude first. */
	private factors(x: Float32Array) {
		const phi = this.progressionShap.explain(x);
		return FEATURE_NAMES.map((feature, i) => ({ feature, value: x[i]!, contribution: phi[i]! }))
			.filter((f) => f.contribution !== 0)
			.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
	}

	/**
	 * At most four sentences, most influential first: the progression model's top attributions,
	 * led — for a Voice AI prospect — by the forest's strongest positive Voice AI attribution.
	 */
	private reasoning(
		factors: { feature: string; value: number; contribution: number }[],
		voiceFit: boolean,
		x: Float32Array
	): string[] {
		const reasons: string[] = [];
		if (voiceFit) {
			const phi = this.voiceShap.explain(x);
			let best = -1;
			phi.forEach((p, i) => {
				if (p > 0 && (best < 0 || p > phi[best]!)) best = i;
			});
			if (best >= 0) reasons.push(reasonFor(FEATURE_NAMES[best]!, x[best]!, phi[best]!));
		}
		for (const f of factors) {
			if (reasons.length >= MAX_REASONS) break;
			const sentence = reasonFor(f.feature, f.value, f.contribution);
			if (!reasons.includes(sentence)) reasons.push(sentence);
		}
		return reasons;
	}

	/**
	 * How sure the recommendation is, 0–1: 70% from how far the calibrated probability sits from
	 * the nearest decision threshold (relative to the room on that side), 30% from how strongly
	 * the forest's trees agree on the Voice AI call.
	 */
	private confidence(progression: number, x: Float32Array): number {
		const { ae_handoff, disqualify } = this.model.artifact.thresholds;
		const cut =
			Math.abs(progression - ae_handoff) < Math.abs(progression - disqualify)
				? ae_handoff
				: disqualify;
		const room = progression >= cut ? 1 - cut : cut;
		const margin = room > 0 ? Math.min(1, Math.abs(progression - cut) / room) : 1;
		return (
			0.7 * margin +
			0.3 * treeAgreement(this.model.voiceAi, x, this.model.artifact.thresholds.voice_ai)
		);
	}
}

function forestProbability(model: Ensemble, x: Float32Array): number {
	let sum = 0;
	for (const tree of model.trees) sum += tree.value[leafIndex(tree, x)]!;
	return sum / model.trees.length;
}

/** Share of trees on the majority side of the Voice AI threshold. */
function treeAgreement(model: Ensemble, x: Float32Array, threshold: number): number {
	let above = 0;
	for (const tree of model.trees) if (tree.value[leafIndex(tree, x)]! >= threshold) above++;
	return Math.max(above, model.trees.length - above) / model.trees.length;
}

function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}
