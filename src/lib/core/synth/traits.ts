import type { Company } from './companies';
import type { Draw } from './draw';

/**
 * The latent state of one lead. The notes tell each level through varied, sometimes negated
 * wording, and often leave out a level that gives nothing to write down (plan.ts); outcomes
 * are drawn from probabilities that depend on the levels as written (plus a hidden term no
 * text reveals).
 */
export interface Traits {
	/** 0 none, 1 curious (mentions without intent), 2 exploring, 3 committed. */
	voice: number;
	/** 0 none, 1 unclear, 2 planned, 3 approved. */
	budget: number;
	/** 0 none, 1 next half, 2 this quarter, 3 ASAP. */
	timeline: number;
	/** 0 junior only, 1 champion, 2 decision maker on the call. */
	authority: number;
	/** 0 none, 1 evaluating alternatives, 2 locked in. */
	incumbent: number;
	/** 0 shallow, 1 medium, 2 deep. */
	depth: number;
	/** Never written down: what a model cannot see. */
	hidden: number;
	hiddenVoice: number;
}

/**
 * `t` ∈ [0, 1] is the call's position in the date range: Voice AI interest grows over time.
 * `voiceDemand` shifts the latent intent further (a world where Voice AI demand grows).
 */
export function drawTraits(d: Draw, c: Company, t: number, voiceDemand = 0): Traits {
	const v = c.industry.voiceAffinity + 0.9 * t + voiceDemand + d.normal() - 1.1;
	const voice = v < 0.2 ? (d.chance(0.3) ? 1 : 0) : v < 1.2 ? 2 : 3;
	const size = Math.log10(c.employees);
	const b = 0.35 * (size - 2.3) + (c.growing ? 0.5 : 0) + d.normal();
	const budget = b < -1.0 ? 0 : b < 0.4 ? 1 : b < 1.05 ? 2 : 3;
	const u = 0.3 * b + (voice === 3 ? 0.4 : 0) + d.normal();
	const timeline = u < -0.8 ? 0 : u < 0.1 ? 1 : u < 0.9 ? 2 : 3;
	const a = d.normal() + 0.3 * (2.3 - size);
	const authority = a < -0.6 ? 0 : a < 0.5 ? 1 : 2;
	const incumbent = d.weighted([0, 1, 2], [0.35, 0.4, 0.25]);
	const depth = d.weighted([0, 1, 2], voice >= 2 ? [0.15, 0.4, 0.45] : [0.4, 0.4, 0.2]);
	return {
		voice,
		budget,
		timeline,
		authority,
		incumbent,
		depth,
		hidden: d.normal(0, 0.35),
		hiddenVoice: d.normal(0, 0.35)
	};
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The handoff follows the step the rep booked (none, a loose follow-up, an AE meeting) far more
 * than any single topic: on the team's real calls 89% of booked AE meetings progressed, 83% even
 * when the notes said nothing of budget or timeline (data/real/README.md).
 */
const NEXT_STEP_EFFECT = [-2.2, 1.1, 4.4];
/** Notes that leave the step out say nothing of it: about the average of the three. */
const UNTOLD_NEXT_EFFECT = 2.7;
/**
 * By level. "Unclear" (and so a budget or timeline the notes leave out) sits nearer "planned"
 * than "none": no budget stops a deal, an unstated one rarely does.
 */
const BUDGET_EFFECT = [-2.4, -0.3, 0.9, 2.2];
const TIMELINE_EFFECT = [-1.4, -0.2, 0.5, 1.4];

/**
 * P(the AE accepts the handoff), given the traits the notes tell (plan.ts: asWritten); `shift`
 * is added to its log-odds (a changed world, see WorldShift).
 */
export function progressionProbability(
	tr: Traits,
	c: Company,
	shift: number,
	nextStep: number | undefined
): number {
	const logit =
		(nextStep === undefined ? UNTOLD_NEXT_EFFECT : NEXT_STEP_EFFECT[nextStep]!) +
		-3.7 +
		shift +
		BUDGET_EFFECT[tr.budget]! +
		TIMELINE_EFFECT[tr.timeline]! +
		1.0 * (tr.authority - 1) -
		(tr.incumbent === 2 ? 1.7 : tr.incumbent === 1 ? 0.4 : 0) +
		0.45 * (tr.depth - 1) +
		(tr.voice >= 2 ? 1.1 : 0) +
		0.35 * (Math.log10(c.employees) - 2.3) +
		tr.hidden;
	return sigmoid(logit);
}

/**
 * P(a Voice AI use case is confirmed): the company's own product is speech AI, or the
 * prospect's project is to put such AI on their calls.
 */
export function voiceAiProbability(tr: Traits, c: Company): number {
	const logit =
		-7.1 +
		(c.voiceProduct ? 9 : 0) +
		// A stated project counts, explored or committed (the label definition); curiosity does not.
		(tr.voice === 3 ? 11 : tr.voice === 2 ? 9.5 : tr.voice === 1 ? 0.6 : 0) +
		0.45 * c.industry.voiceAffinity +
		0.3 * (tr.depth - 1) +
		tr.hiddenVoice;
	return sigmoid(logit);
}

/**
 * Leads with no call yet are judged from the company alone (size, growth, a speech-AI product,
 * the industry, the date), all of which the lead's fields show, so the Bayes-optimal figures
 * stay within a model's reach. `t` and `shift` as for calls.
 */
export function companyOnlyProbabilities(
	c: Company,
	t: number,
	shift = 0
): { progressed: number; voiceAi: number } {
	const size = Math.log10(c.employees) - 2.3;
	return {
		progressed: sigmoid(
			-0.9 + shift + 2.4 * size + (c.growing ? 1.3 : 0) + (c.voiceProduct ? 0.8 : 0)
		),
		voiceAi: sigmoid(-4.2 + (c.voiceProduct ? 8 : 0) + 1.2 * c.industry.voiceAffinity + 0.9 * t)
	};
}
