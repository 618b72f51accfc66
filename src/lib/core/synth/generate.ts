import { binaryReport, rocAuc } from '../eval/metrics';
import { createRandom } from '../random';
import type { FELLOW_CALLS_COLUMNS } from '../schema/labeled-call';
import { describe, drawCompany, type Company } from './companies';
import { Draw } from './draw';
import { writeNotes } from './notes';
import { asWritten, planNote } from './plan';
import { drawProducts } from './products';
import {
	companyOnlyProbabilities,
	drawTraits,
	progressionProbability,
	voiceAiProbability,
	type Traits
} from './traits';

export const GENERATOR_VERSION = '3';

/** Share of leads with no intro call yet: company fields and description only. */
const NO_CALL_SHARE = 0.12;

export interface GenerateOptions {
	rows: number;
	seed: number;
	/** First call date, YYYY-MM-DD (default 2025-01-06). */
	start?: string;
	/** Days the calls spread over (default 660). */
	days?: number;
	/** A drifted world (for simulating continuous learning); absent = the standard world. */
	world?: WorldShift;
}

/**
 * How a world differs from the standard one. Every knob defaults to "no change", and with no
 * `world` the generator draws exactly the same random stream (same bytes for the same seed).
 */
export interface WorldShift {
	/** Added to the latent Voice AI intent: more leads exploring or committed to Voice AI. @default 0 */
	voiceDemand?: number;
	/** Extra progression log-odds for leads exploring or committed to Voice AI (the product matured). @default 0 */
	voiceValue?: number;
	/** Added to every lead's progression log-odds: the market tightens (< 0) or loosens (> 0). @default 0 */
	progressionShift?: number;
	/**
	 * A new competitor that the feature phrase lists do not know: among leads with an incumbent,
	 * `share` use it (the notes name it instead of a known vendor) and their progression log-odds
	 * move by `effect`.
	 */
	competitor?: { name: string; share: number; effect: number };
}

/** One row of fellow_calls.csv; optional fields are left out the way CRM exports leave them empty. */
export type GeneratedCall = {
	[K in (typeof FELLOW_CALLS_COLUMNS)[number]]?: string | number;
} & {
	lead_id: string;
	call_date: string;
	company_name: string;
	call_notes: string;
	progressed: 0 | 1;
	voice_ai: 0 | 1;
};

export interface Truth {
	/** The probabilities each row's labels were drawn from. */
	progressed: Float64Array;
	voice_ai: Float64Array;
}

const DAY = 86_400_000;

/** Deterministic for given options: the same seed gives the same rows, in every JavaScript engine. */
export function generateCalls(opts: GenerateOptions): { calls: GeneratedCall[]; truth: Truth } {
	const { rows, seed, world } = opts;
	if (!Number.isInteger(rows) || rows < 1)
		throw new RangeError(`rows must be a whole number ≥ 1, got ${rows}`);
	const start = Date.parse(`${opts.start ?? '2025-01-06'}T00:00:00Z`);
	if (Number.isNaN(start))
		throw new RangeError(`start must be a date like 2025-01-06, got ${opts.start}`);
	const days = opts.days ?? 660;
	const d = new Draw(createRandom(seed));

	const offsets = Array.from({ length: rows }, () => d.int(0, days - 1)).sort((a, b) => a - b);
	const calls: GeneratedCall[] = [];
	const truth: Truth = { progressed: new Float64Array(rows), voice_ai: new Float64Array(rows) };
	for (let i = 0; i < rows; i++) {
		const c = drawCompany(d);
		const t = offsets[i]! / Math.max(days - 1, 1);
		const date = new Date(start + offsets[i]! * DAY);
		const tr = drawTraits(d, c, t, world?.voiceDemand);
		const call: GeneratedCall = {
			lead_id: `L${String(i + 1).padStart(6, '0')}`,
			call_date: date.toISOString().slice(0, 10),
			company_name: c.name,
			call_notes: '',
			progressed: 0,
			voice_ai: 0
		};
		const lead = d.chance(NO_CALL_SHARE) ? undefined : drawCall(d, c, tr, date, world);
		const p = lead?.p ?? companyOnlyProbabilities(c, t, world?.progressionShift);
		if (lead) call.call_notes = lead.notes;
		call.progressed = d.chance(p.progressed) ? 1 : 0;
		call.voice_ai = d.chance(p.voiceAi) ? 1 : 0;
		// Fields real CRM exports sometimes lack; a lead with no call still has its description.
		if (!d.chance(0.03)) call.industry = c.industry.name;
		if (!d.chance(0.05)) call.employee_count = c.employees;
		if (!d.chance(0.04)) call.website = c.website;
		if (!d.chance(0.03)) call.country = c.country;
		if (!lead || !d.chance(0.03)) call.description = describe(d, c);
		// Half the CRM exports have no products field: the notes tell what was discussed.
		if (lead && d.chance(0.5)) call.products_discussed = lead.products.join(';');
		if (lead && !d.chance(0.1)) call.sentiment = lead.sentiment;
		calls.push(call);
		truth.progressed[i] = p.progressed;
		truth.voice_ai[i] = p.voiceAi;
	}
	return { calls, truth };
}

/** One intro call: its notes, the rep's fields, and the probabilities its labels are drawn from. */
function drawCall(d: Draw, c: Company, tr: Traits, date: Date, world?: WorldShift) {
	const rival =
		world?.competitor && tr.incumbent > 0 && d.chance(world.competitor.share)
			? world.competitor
			: undefined;
	const products = drawProducts(d, c, tr);
	const sentiment = Math.min(
		5,
		Math.max(
			1,
			Math.round(3 + 0.45 * (tr.budget - 1.5) + 0.4 * (tr.authority - 1) + d.normal(0, 0.8))
		)
	);
	const plan = planNote(d, c, tr, date, products, sentiment, rival?.name);
	const notes = writeNotes(d, plan);
	const seen = asWritten(tr, plan.told);
	const shift = world
		? (world.progressionShift ?? 0) +
			(seen.voice >= 2 ? (world.voiceValue ?? 0) : 0) +
			(rival && seen.incumbent > 0 ? rival.effect : 0)
		: 0;
	return {
		notes,
		products,
		sentiment,
		p: {
			progressed: progressionProbability(seen, c, shift, plan.next),
			voiceAi: voiceAiProbability(tr, c)
		}
	};
}

/** How well the generating probabilities themselves predict the drawn labels. */
export interface TargetReport {
	base_rate: number;
	/** Accuracy of predicting p > 0.5 on these labels: what no model can beat in expectation. */
	bayes_accuracy: number;
	/** Its expectation, mean(max(p, 1 − p)). */
	bayes_accuracy_expected: number;
	bayes_auc: number;
	bayes_log_loss: number;
	bayes_precision: number;
	bayes_recall: number;
}

export function bayesReport(
	truth: Truth,
	calls: readonly GeneratedCall[]
): { progressed: TargetReport; voice_ai: TargetReport } {
	const report = (p: Float64Array, labels: number[]): TargetReport => {
		const r = binaryReport(labels, p);
		let expected = 0;
		for (const x of p) expected += Math.max(x, 1 - x);
		return {
			base_rate: r.positives / r.n,
			bayes_accuracy: r.accuracy,
			bayes_accuracy_expected: expected / p.length,
			bayes_auc: rocAuc(labels, p),
			bayes_log_loss: r.log_loss,
			bayes_precision: r.precision,
			bayes_recall: r.recall
		};
	};
	return {
		progressed: report(
			truth.progressed,
			calls.map((c) => c.progressed)
		),
		voice_ai: report(
			truth.voice_ai,
			calls.map((c) => c.voice_ai)
		)
	};
}

/** The JSON written next to a generated data set. */
export function sidecar(opts: GenerateOptions, report: ReturnType<typeof bayesReport>) {
	return {
		generator: 'fellow-calls',
		version: GENERATOR_VERSION,
		seed: opts.seed,
		rows: opts.rows,
		start: opts.start ?? '2025-01-06',
		days: opts.days ?? 660,
		progressed: report.progressed,
		voice_ai: report.voice_ai,
		note: 'Bayes-optimal = predicting with the true generating probabilities; no model can beat it in expectation.'
	};
}
