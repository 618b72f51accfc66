import { eng as FUNCTION_WORDS } from 'stopword';
import { extractFeatures, FEATURE_COUNT, FEATURE_INDEX, FEATURE_NAMES } from '../features';
import type { Lead } from '../schema/lead';
import type { ScoreResult, WordSpan } from '../schema/score-result';
import { TextModel, TextReader, type LeadRead, type TermContribution } from '../text';
import { PackedEnsemble, TreeShap } from '../trees';
import type { LoadedModel } from './artifact';
import { calibrate } from './calibration';
import { reasonFor } from './reasons';
import { blendParts, blendWithText } from './text-blend';

/** qualification_score = 100 × (PROGRESSION_WEIGHT × progression + (1 − it) × Voice AI fit). */
export const PROGRESSION_WEIGHT = 0.7;
const MAX_REASONS = 4;
const MAX_FACTORS = 8;
const MAX_WORDING_TERMS = 3;
/** Spans returned for highlighting. */
const MAX_WORDS = 12;
/** Terms read for reasons and highlights: enough for both after overlaps and sign filters. */
const MAX_TERMS = 40;
/** The real-text models' terms read for their reasons (three of one sign are named). */
const MAX_BLEND_TERMS = 12;
/** The progression blend is anchored at even odds: it has two cut-offs, not one. */
const PROGRESSION_ANCHOR = 0.5;
const TEXT_COLUMN = FEATURE_INDEX.text_progression;

/** What the two ensembles output for one lead; every inference engine produces these. */
export interface TreeOutputs {
	/** Boosted margin: base score + Σ tree outputs (log-odds, before calibration). */
	progressionMargin: number;
	/** The progression text model's margin; NaN without text or without the model. */
	progressionText: number;
	/** The Voice AI probability: the forest's, blended with the Voice AI text model's margin. */
	voiceAi: number;
	/** Mean of the forest's tree outputs. */
	voiceForest: number;
	/** The Voice AI text model's margin; NaN without text or without the model. */
	voiceText: number;
	/** Share of forest trees on the majority side of the Voice AI cut-off. */
	voiceAgreement: number;
}

/** A lead's margins by the text models learned from real text (NaN: no text or no model). */
export interface TextMargins {
	progression: number;
	voiceAi: number;
}

/**
 * A lead's strongest terms by each text model: text_progression's, and the real-text models'
 * when a reason asks for them (most leads' reasons do not name those models' words).
 */
interface LeadTerms {
	text?: readonly TermContribution[];
	voiceAi?: () => readonly TermContribution[];
	progression?: () => readonly TermContribution[];
}

/**
 * A text model's read of a lead: its margin, and its strongest terms until the next read. A
 * class, not an object of closures: tsx and wrangler build with esbuild's keepNames, which names
 * every closure as it is made (~220 ns each).
 */
class ModelRead {
	readonly margin: number;

	constructor(
		private readonly read: LeadRead,
		private readonly k: number
	) {
		this.margin = read.margins[k]!;
	}

	terms(limit: number): TermContribution[] {
		return this.read.terms(this.k, limit);
	}
}

/** Leaf node indices per row and tree, row-major, for both ensembles. */
export interface EnsembleLeaves {
	progression: Int32Array;
	voiceAi: Int32Array;
}

/** A ScoreResult before its reasons: what every lead of a batch gets. */
export type Decision = Omit<ScoreResult, 'reasoning' | 'factors' | 'variant' | 'lead_id'>;

/**
 * Scores leads with one loaded model. Keeps the TreeSHAP workspaces and a feature buffer, so
 * scoring allocates little; not shared between threads.
 */
export class Scorer {
	private readonly progressionShap: TreeShap;
	/** Built on the first Voice AI prospect: most of the tables' build time, needed by ~12% of leads. */
	private voiceShapTables?: TreeShap;
	private readonly x = new Float32Array(FEATURE_COUNT);
	/** The progression attributions of the row being explained, and their order. */
	private readonly phi = new Float64Array(FEATURE_COUNT);
	private readonly order = new Int32Array(FEATURE_COUNT);
	private readonly progression: PackedEnsemble;
	private readonly voiceAi: PackedEnsemble;
	/** Per tree: its leaf value for the row being scored. */
	private readonly progressionValues: Float64Array;
	private readonly voiceValues: Float64Array;
	/** The artifact's text models, read together (stacked, Voice AI, progression: those it has). */
	private readonly textModels: TextModel[];
	private readonly textReader?: TextReader;

	constructor(readonly model: LoadedModel) {
		this.progressionShap = new TreeShap(model.progression);
		this.progression = new PackedEnsemble(model.progression);
		this.voiceAi = new PackedEnsemble(model.voiceAi);
		this.progressionValues = new Float64Array(model.progression.trees.length);
		this.voiceValues = new Float64Array(model.voiceAi.trees.length);
		this.textModels = [model.text, model.voiceText, model.progressionText].filter(
			(m): m is TextModel => m !== null
		);
		if (this.textModels.length) this.textReader = new TextReader(this.textModels);
	}

	get version(): string {
		return this.model.artifact.version;
	}

	/**
	 * A lead's feature vector as this model sees it: the extracted features and the scores of
	 * the model's own text model (missing when it has none). Every host scores from this.
	 */
	features<T extends Float32Array>(lead: Lead, out: T): T {
		return withText(lead, out, this.model.text?.margin(lead));
	}

	/** Row-major features of many leads, as {@link features} gives each. */
	featureMatrix(leads: readonly Lead[]): Float32Array<ArrayBuffer> {
		const data = new Float32Array(leads.length * FEATURE_COUNT);
		leads.forEach((lead, r) =>
			this.features(lead, data.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT))
		);
		return data;
	}

	/**
	 * A lead's feature vector (into `out`, as {@link features} gives it) and its margins by the
	 * text models learned from real text ({@link textMargins}), from one pass over its words.
	 */
	inputs(lead: Lead, out: Float32Array): TextMargins {
		const { text, voice, progression } = this.readText(lead);
		withText(lead, out, text?.margin);
		return { progression: progression?.margin ?? NaN, voiceAi: voice?.margin ?? NaN };
	}

	/** {@link inputs} of many leads: row-major features and each lead's margins, in order. */
	inputsOf(leads: readonly Lead[]): { x: Float32Array<ArrayBuffer>; texts: TextMargins[] } {
		const x = new Float32Array(leads.length * FEATURE_COUNT);
		const texts = leads.map((lead, r) =>
			this.inputs(lead, x.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT))
		);
		return { x, texts };
	}

	/** A lead's margins by the text models learned from real text, in one pass over its words. */
	textMargins(lead: Lead): TextMargins {
		const { voice, progression } = this.readText(lead);
		return { progression: progression?.margin ?? NaN, voiceAi: voice?.margin ?? NaN };
	}

	/** Progression and Voice AI probabilities as the product answers them, without explanations. */
	probabilities(lead: Lead): { progression: number; voiceAi: number } {
		const texts = this.inputs(lead, this.x);
		const outputs = this.outputs(this.x, texts);
		return { progression: this.progressionOf(outputs), voiceAi: outputs.voiceAi };
	}

	/** The calibrated progression probability, blended with the progression text model's margin. */
	progressionOf(outputs: TreeOutputs): number {
		const p = calibrate(this.model.artifact.progression.calibration, outputs.progressionMargin);
		const blend = this.model.artifact.progression.text?.blend;
		return blend ? blendWithText(p, PROGRESSION_ANCHOR, outputs.progressionText, blend) : p;
	}

	/**
	 * The full answer for one lead. Pass `features` (length FEATURE_COUNT) to keep the vector the
	 * models saw, e.g. to store it, without extracting it twice.
	 */
	score(lead: Lead, features: Float32Array<ArrayBuffer> = this.x): ScoreResult {
		// Every text model's margin and strongest terms (for the reasons and the highlights), in
		// one pass over the lead's words.
		const { text, voice, progression } = this.readText(lead);
		const x = withText(lead, features, text?.margin);
		const terms = text?.terms(MAX_TERMS);
		const outputs = this.outputs(x, {
			progression: progression?.margin ?? NaN,
			voiceAi: voice?.margin ?? NaN
		});
		const { priority, confidence, model_version, ...scores } = this.decide(outputs);
		const { reasoning, factors } = this.explain(x, outputs, {
			text: terms,
			voiceAi: voice && (() => voice.terms(MAX_BLEND_TERMS)),
			progression: progression && (() => progression.terms(MAX_BLEND_TERMS))
		});
		// Key order as in the ScoreResult contract, so JSON output reads the same everywhere.
		return {
			...scores,
			reasoning,
			priority,
			confidence,
			model_version,
			factors,
			...(terms ? { words: words(lead, terms) } : {}),
			...(lead.lead_id !== undefined ? { lead_id: lead.lead_id } : {})
		};
	}

	/** Each text model's read of a lead, in one pass (undefined for a model the artifact lacks). */
	private readText(lead: Lead): { text?: ModelRead; voice?: ModelRead; progression?: ModelRead } {
		const { text, voiceText, progressionText } = this.model;
		const read = this.textReader?.read(lead);
		return {
			text: this.modelRead(read, text),
			voice: this.modelRead(read, voiceText),
			progression: this.modelRead(read, progressionText)
		};
	}

	private modelRead(read: LeadRead | undefined, model: TextModel | null): ModelRead | undefined {
		const k = model ? this.textModels.indexOf(model) : -1;
		return read && k >= 0 ? new ModelRead(read, k) : undefined;
	}

	/**
	 * Tree outputs by the packed traversal, for one row of features, with the lead's real-text
	 * margins ({@link textMargins}).
	 */
	outputs(x: Float32Array, texts: TextMargins): TreeOutputs {
		const { voice_ai } = this.model.artifact.thresholds;
		// Indexed loops: for…of over a typed array boxed every value (239 heap numbers a lead).
		const progression = this.progression.values(x, 0, this.progressionValues);
		let margin = this.model.progression.baseScore;
		for (let t = 0; t < progression.length; t++) margin += progression[t]!;
		const voice = this.voiceAi.values(x, 0, this.voiceValues);
		let sum = 0;
		let above = 0;
		for (let t = 0; t < voice.length; t++) {
			sum += voice[t]!;
			if (voice[t]! >= voice_ai) above++;
		}
		return this.outputsOf(margin, sum, above, voice.length, texts);
	}

	/**
	 * Tree outputs from the leaves an engine found (`progression`: rows × boosted trees,
	 * `voiceAi`: rows × forest trees, row-major node indices) and the row's real-text margins.
	 * Summed here in float64 in tree order, exactly as {@link outputs} sums, so every engine
	 * yields the same probabilities.
	 */
	outputsFromLeaves(leaves: EnsembleLeaves, row: number, texts: TextMargins): TreeOutputs {
		const { progression, voiceAi } = this.model;
		const { voice_ai } = this.model.artifact.thresholds;
		const nProgression = progression.trees.length;
		const nVoice = voiceAi.trees.length;
		let margin = progression.baseScore;
		for (let t = 0, at = row * nProgression; t < nProgression; t++)
			margin += progression.trees[t]!.value[leaves.progression[at + t]!]!;
		let sum = 0;
		let above = 0;
		for (let t = 0, at = row * nVoice; t < nVoice; t++) {
			const value = voiceAi.trees[t]!.value[leaves.voiceAi[at + t]!]!;
			sum += value;
			if (value >= voice_ai) above++;
		}
		return this.outputsOf(margin, sum, above, nVoice, texts);
	}

	/**
	 * The forest's mean blended with the Voice AI text margin, and the share of the forest's
	 * trees on the majority side of the Voice AI cut-off.
	 */
	private outputsOf(
		margin: number,
		sum: number,
		above: number,
		trees: number,
		texts: TextMargins
	): TreeOutputs {
		const blend = this.model.artifact.voice_ai.text?.blend;
		const voiceForest = sum / trees;
		return {
			progressionMargin: margin,
			progressionText: texts.progression,
			voiceAi: blend
				? blendWithText(voiceForest, this.model.artifact.thresholds.voice_ai, texts.voiceAi, blend)
				: voiceForest,
			voiceForest,
			voiceText: texts.voiceAi,
			voiceAgreement: Math.max(above, trees - above) / trees
		};
	}

	/** Score, recommendation, priority and confidence from tree outputs (no reasons yet). */
	decide(outputs: TreeOutputs): Decision {
		const progression = this.progressionOf(outputs);
		const { voiceAi } = outputs;
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
		return {
			qualification_score: Math.round(
				100 * (PROGRESSION_WEIGHT * progression + (1 - PROGRESSION_WEIGHT) * voiceAi)
			),
			voice_ai_fit: Math.round(100 * voiceAi),
			progression_probability: round(progression, 4),
			recommendation,
			priority,
			confidence: round(this.confidence(progression, outputs.voiceAgreement), 2),
			model_version: this.version
		};
	}

	/**
	 * Reasons and signed factors (TreeSHAP) for one row of features. A Voice AI prospect's reasons
	 * lead with what made it one: the Voice AI text model's words when they moved the blend more
	 * than the forest did, else the forest's strongest Voice AI attribution. The progression text
	 * model's words come first among the progression reasons when they moved the probability more
	 * than the trees did. Given the text model's terms of the lead, a learned-wording reason names
	 * the words that moved its text score.
	 */
	explain(
		x: Float32Array,
		outputs: TreeOutputs,
		terms: LeadTerms = {}
	): Pick<ScoreResult, 'reasoning' | 'factors'> {
		const phi = this.progressionShap.explain(x, 0, this.phi);
		const { order } = this;
		const count = strongestFirst(phi, order);
		const factors: ScoreResult['factors'] = [];
		for (let k = 0; k < Math.min(count, MAX_FACTORS); k++) {
			const i = order[k]!;
			factors.push({
				feature: FEATURE_NAMES[i]!,
				value: Number.isNaN(x[i]!) ? null : round(x[i]!, 4),
				contribution: round(phi[i]!, 4)
			});
		}
		return { reasoning: this.reasoning(phi, order, count, outputs, x, terms), factors };
	}

	/**
	 * At most four sentences, most influential first: the progression model's top attributions,
	 * led — for a Voice AI prospect — by its strongest Voice AI reason.
	 */
	private reasoning(
		phi: Float64Array,
		order: Int32Array,
		count: number,
		outputs: TreeOutputs,
		x: Float32Array,
		terms: LeadTerms
	): string[] {
		const reasons: string[] = [];
		const { artifact } = this.model;
		const cut = artifact.thresholds.voice_ai;
		const voiceBlend = artifact.voice_ai.text?.blend;
		const voice = voiceBlend && blendParts(outputs.voiceForest, cut, outputs.voiceText, voiceBlend);
		const voiceByWords =
			outputs.voiceAi >= cut &&
			voice &&
			voice.text > Math.max(0, voice.trees) &&
			wording(terms.voiceAi?.() ?? [], 1, 'Voice AI wording');
		if (voiceByWords) reasons.push(voiceByWords);
		else if (outputs.voiceAi >= cut) {
			const voicePhi = (this.voiceShapTables ??= new TreeShap(this.model.voiceAi)).explain(x);
			let best = -1;
			voicePhi.forEach((p, i) => {
				if (p > 0 && (best < 0 || p > voicePhi[best]!)) best = i;
			});
			if (best >= 0) reasons.push(sentence(terms, FEATURE_NAMES[best]!, x[best]!, voicePhi[best]!));
		}
		const progressionBlend = artifact.progression.text?.blend;
		const progression =
			progressionBlend &&
			blendParts(
				calibrate(artifact.progression.calibration, outputs.progressionMargin),
				PROGRESSION_ANCHOR,
				outputs.progressionText,
				progressionBlend
			);
		const progressionByWords =
			progression &&
			Math.abs(progression.text) > Math.abs(progression.trees) &&
			wording(terms.progression?.() ?? [], progression.text, 'Outcome wording');
		if (progressionByWords) reasons.push(progressionByWords);
		for (let k = 0; k < count && reasons.length < MAX_REASONS; k++) {
			const i = order[k]!;
			const said = sentence(terms, FEATURE_NAMES[i]!, x[i]!, phi[i]!);
			if (!reasons.includes(said)) reasons.push(said);
		}
		return reasons;
	}

	/**
	 * How sure the recommendation is, 0–1: 70% from how far the calibrated probability sits from
	 * the nearest decision threshold (relative to the room on that side), 30% from how strongly
	 * the forest's trees agree on the Voice AI call.
	 */
	private confidence(progression: number, agreement: number): number {
		const { ae_handoff, disqualify } = this.model.artifact.thresholds;
		const cut =
			Math.abs(progression - ae_handoff) < Math.abs(progression - disqualify)
				? ae_handoff
				: disqualify;
		const room = progression >= cut ? 1 - cut : cut;
		const margin = room > 0 ? Math.min(1, Math.abs(progression - cut) / room) : 1;
		return 0.7 * margin + 0.3 * agreement;
	}
}

/** The extracted features with the text model's margin (none: the column stays missing). */
function withText<T extends Float32Array>(lead: Lead, out: T, margin: number | undefined): T {
	extractFeatures(lead, out);
	if (margin !== undefined) out[TEXT_COLUMN] = margin;
	return out;
}

/**
 * The features with a non-zero attribution, largest magnitude first and ties in feature order
 * (an insertion sort into `out`: ~50 numbers, no comparator calls or objects); returns how many.
 */
function strongestFirst(phi: Float64Array, out: Int32Array): number {
	let n = 0;
	for (let i = 0; i < phi.length; i++) {
		const size = Math.abs(phi[i]!);
		if (size === 0) continue;
		let at = n++;
		for (; at > 0 && Math.abs(phi[out[at - 1]!]!) < size; at--) out[at] = out[at - 1]!;
		out[at] = i;
	}
	return n;
}

function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/**
 * The text model's strongest terms in the lead's own notes and description, as spans of
 * those fields (transcript terms count in the score and the reasons, but have no field of
 * their own to mark). A field whose lower-case form changes length is left out, since the
 * model's offsets would not fit it.
 */
function words(lead: Lead, terms: readonly TermContribution[]): WordSpan[] {
	const notes = lead.call_notes ?? '';
	const description = lead.description ?? '';
	// Of every code point only U+0130 (İ, to "i̇") lower-cases to another length.
	const descriptionFits = !description.includes('\u0130');
	const notesFit = !notes.includes('\u0130');
	const spans: WordSpan[] = [];
	for (const t of terms) {
		if (spans.length === MAX_WORDS) break;
		const field =
			t.field === 'description'
				? descriptionFits && 'description'
				: t.end <= notes.length && notesFit && 'call_notes';
		if (field)
			spans.push({ field, start: t.start, end: t.end, contribution: round(t.contribution, 4) });
	}
	return spans;
}

/** A feature's reason: the text model's words for its score, else the feature's sentence. */
function sentence(terms: LeadTerms, feature: string, value: number, contribution: number): string {
	return (
		(terms.text &&
			feature === 'text_progression' &&
			wording(terms.text, contribution, 'Wording')) ||
		reasonFor(feature, value, contribution)
	);
}

const FUNCTION_WORD = new Set(FUNCTION_WORDS);

/**
 * A term a rep can read as a reason: some word of it is not a function word (stopword's English
 * list: "this", "or", "if it" carry weight in the model but say nothing on their own) and is
 * more than one character ("w", "5"). Terms are read from lower-cased text. The highlighted
 * spans keep every term.
 */
const telling = (phrase: string) =>
	phrase.split(/\s+/).some((word) => word.length > 1 && !FUNCTION_WORD.has(word));

/**
 * For a text score's attribution: the (at most three) telling words or word pairs that pushed
 * the text model the same way, e.g. '↓ Wording: “retell ai”, “locked in”'; '' when none did.
 */
function wording(
	terms: readonly TermContribution[],
	contribution: number,
	label: 'Wording' | 'Voice AI wording' | 'Outcome wording'
): string {
	const phrases: string[] = [];
	for (const term of terms) {
		if (phrases.length === MAX_WORDING_TERMS) break;
		if (term.contribution > 0 !== contribution > 0 || !telling(term.phrase)) continue;
		if (phrases.some((p) => p.includes(term.phrase) || term.phrase.includes(p))) continue;
		phrases.push(term.phrase);
	}
	return phrases.length
		? `${contribution > 0 ? '↑' : '↓'} ${label}: ${phrases.map((p) => `“${p}”`).join(', ')}`
		: '';
}
