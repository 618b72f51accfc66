import * as v from 'valibot';
import { binaryReport } from '../eval/metrics';
import type { Lead } from '../schema/lead';
import { fitTextModel, hashLead, TEXT_BITS, TextModelJson } from '../text';

/**
 * The Voice AI text model: logistic regression over the hashed words of real notes and
 * company descriptions (the team's labelled `dev` texts), blended with the forest's probability.
 * The forest learns from generated calls, whose wording is the generator's; this model learns
 * how people write about speech products. Its margins for the blend are out-of-group: each
 * writer's (or source's) texts are scored by a model fitted without them, so the blend learns
 * how far to trust the words on a writer it has never read.
 */
export const VoiceTextJson = v.object({
	model: TextModelJson,
	/**
	 * logit(p) = logit(cut) + intercept + forest × (logit(forest p) − logit(cut)) + text × margin,
	 * so p ≥ cut exactly when the blend's odds are even or better; a lead without text keeps the
	 * forest's probability.
	 */
	blend: v.object({ intercept: v.number(), forest: v.number(), text: v.number() }),
	/**
	 * Real texts fitted on, their groups (writers or sources), Voice AI texts among them, and the
	 * generated calls the model also read (the blend is fitted on the real texts only).
	 */
	data: v.object({
		texts: v.number(),
		groups: v.number(),
		positives: v.number(),
		generated: v.number()
	}),
	/** The blend at the cut-off on those texts, out-of-group margins. */
	metrics: v.record(v.string(), v.nullable(v.number()))
});
export type VoiceTextJson = v.InferOutput<typeof VoiceTextJson>;
export type VoiceBlend = VoiceTextJson['blend'];

/** A labelled text for the Voice AI text model: the lead, its label and who wrote it. */
export interface VoiceText {
	lead: Lead;
	voiceAi: boolean;
	/** The writer or source: texts of one group are held out together. */
	group: string;
}

/** Forest probabilities are means of 100 trees: clipped so their log-odds stay finite. */
const EDGE = 1e-3;
const logit = (p: number) => {
	const q = Math.min(1 - EDGE, Math.max(EDGE, p));
	return Math.log(q / (1 - q));
};

/** The Voice AI probability from the forest's and the text model's margin (NaN: no text). */
export function blendVoice(forest: number, cut: number, margin: number, blend: VoiceBlend): number {
	if (Number.isNaN(margin)) return forest;
	const z = logit(cut) + blend.intercept + blend.forest * (logit(forest) - logit(cut));
	return 1 / (1 + Math.exp(-(z + blend.text * margin)));
}

/** The two parts of a blended lead's log-odds over the cut-off: the forest's and the words'. */
export function blendParts(
	forest: number,
	cut: number,
	margin: number,
	blend: VoiceBlend
): { forest: number; text: number } {
	return {
		forest: blend.forest * (logit(forest) - logit(cut)),
		text: Number.isNaN(margin) ? 0 : blend.text * margin
	};
}

/**
 * Fits the Voice AI text model on labelled real texts and the blend on their out-of-group
 * margins. `forestOf` gives the forest's probability for a lead (the model being trained).
 * `generated` calls (the forest's own training calls) are read too, as one more group, so that
 * the generator's wording — which the forest already trusts — does not look like no evidence;
 * the blend is fitted on the real texts alone.
 */
export function fitVoiceText(
	texts: readonly VoiceText[],
	forestOf: (lead: Lead) => number,
	cut: number,
	options: {
		seed: number;
		generated?: readonly { lead: Lead; voiceAi: boolean }[];
		progress?: (done: number, total: number) => void;
	}
): VoiceTextJson {
	const names = [...new Set(texts.map((t) => t.group))].sort();
	if (names.length < 2)
		throw new RangeError('the Voice AI text model needs texts from at least two groups');
	const y = Uint8Array.from(texts, (t) => (t.voiceAi ? 1 : 0));
	const positives = y.reduce((a, b) => a + b, 0);
	if (positives < 5 || positives > y.length - 5)
		throw new RangeError(
			`the Voice AI text model needs at least 5 texts of each class, got ${positives} of ${y.length}`
		);
	const generated = options.generated ?? [];
	const all = [...texts, ...generated];
	const docs = all.map((t, i) => {
		if (i % 500 === 0) options.progress?.(i, all.length);
		return hashLead(t.lead, TEXT_BITS);
	});
	const { json, margins } = fitTextModel(
		docs,
		Uint8Array.from(all, (t) => (t.voiceAi ? 1 : 0)),
		Uint32Array.from(docs.keys()),
		{
			seed: options.seed,
			groups: [...texts.map((t) => names.indexOf(t.group)), ...generated.map(() => names.length)]
		}
	);
	const rows = texts.flatMap((t, i) =>
		Number.isNaN(margins[i]!) ? [] : [{ forest: forestOf(t.lead), margin: margins[i]!, y: y[i]! }]
	);
	const [intercept, forest, text] = fitLogistic(
		rows.map((r) => [1, logit(r.forest) - logit(cut), r.margin]),
		rows.map((r) => r.y)
	);
	const blend = { intercept: intercept!, forest: forest!, text: text! };
	options.progress?.(all.length, all.length);
	const report = binaryReport(
		rows.map((r) => r.y),
		rows.map((r) => blendVoice(r.forest, cut, r.margin, blend)),
		cut
	);
	return {
		model: json,
		blend,
		data: { texts: texts.length, groups: names.length, positives, generated: generated.length },
		metrics: {
			n: report.n,
			precision: report.precision,
			recall: report.recall,
			roc_auc: report.roc_auc,
			log_loss: report.log_loss
		}
	};
}

/** Logistic regression by Newton's method with a small ridge (a handful of columns). */
function fitLogistic(xs: readonly number[][], ys: readonly number[]): number[] {
	const k = xs[0]!.length;
	const w = new Array<number>(k).fill(0);
	for (let iter = 0; iter < 50; iter++) {
		const g = new Array<number>(k).fill(0);
		const h = Array.from({ length: k }, (_, i) =>
			Array.from({ length: k }, (_, j) => (i === j ? 1e-6 : 0))
		);
		xs.forEach((x, r) => {
			const y = ys[r]!;
			const p = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));
			const s = Math.max(p * (1 - p), 1e-12);
			for (let i = 0; i < k; i++) {
				g[i]! += (p - y) * x[i]!;
				for (let j = 0; j < k; j++) h[i]![j]! += s * x[i]! * x[j]!;
			}
		});
		const step = solve(h, g);
		step.forEach((d, i) => (w[i]! -= d));
		if (step.every((d) => Math.abs(d) < 1e-10)) break;
	}
	return w;
}

/** Solves a small symmetric positive-definite system by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i]!]);
	for (let c = 0; c < n; c++) {
		const pivot = m[c]![c]!;
		for (let r = c + 1; r < n; r++) {
			const f = m[r]![c]! / pivot;
			for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = m[r]![n]!;
		for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
		x[r] = s / m[r]![r]!;
	}
	return x;
}
