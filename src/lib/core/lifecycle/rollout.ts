import { rowLogLoss, welchLogLossTest, type Comparison } from '../stats/compare';

/**
 * direct: a challenger that wins on the holdout serves at once. shadow: it scores every request
 * in the background (logged, never returned) until live outcomes decide. ab: it serves a
 * sticky share of leads until live outcomes decide.
 */
export const ROLLOUT_MODES = ['direct', 'shadow', 'ab'] as const;
export type RolloutMode = (typeof ROLLOUT_MODES)[number];
export type Variant = 'champion' | 'challenger';

const encoder = new TextEncoder();

/**
 * 32-bit FNV-1a over the UTF-8 bytes (Fowler, Noll, Vo; IETF draft-eastlake-fnv): tiny,
 * dependency-free, the same in every host and language, and well mixed enough to bucket ids.
 */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (const byte of encoder.encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser (Appleby): FNV-1a's top bits mix poorly for ids that differ
 * only in their last characters (lead-1, lead-2, …), and the bucket reads the top bits.
 */
function fmix32(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Sticky A/B assignment: the lead's bucket is its mixed FNV-1a hash (salted with the challenger's version,
 * so each new trial draws a fresh split) scaled to [0, 1); below `share` → challenger. The same
 * lead always gets the same variant for one challenger, on every host.
 */
export function assignVariant(leadId: string, share: number, salt: string): Variant {
	if (!(share >= 0 && share <= 1))
		throw new RangeError(`A/B share must be in [0, 1], got ${share}`);
	return fmix32(fnv1a32(`${salt}:${leadId}`)) / 4294967296 < share ? 'challenger' : 'champion';
}

/** Which model answers a request and which, if any, scores it in the background. */
export interface ServingPlan {
	serve: Variant;
	/** shadow mode: the challenger also scores the lead, logged but never returned. */
	shadow: boolean;
}

export function servingPlan(input: {
	leadId: string | undefined;
	mode: RolloutMode;
	share: number;
	/** The challenger's version; undefined when there is none. */
	challenger: string | undefined;
}): ServingPlan {
	const { leadId, mode, share, challenger } = input;
	if (challenger === undefined || mode === 'direct') return { serve: 'champion', shadow: false };
	if (mode === 'shadow') return { serve: 'champion', shadow: true };
	// Without a lead id nothing can be sticky: such requests stay on the champion.
	return {
		serve:
			leadId !== undefined && assignVariant(leadId, share, challenger) === 'challenger'
				? 'challenger'
				: 'champion',
		shadow: false
	};
}

/** One live outcome with the probability its variant served. */
export interface ServedOutcome {
	variant: Variant;
	label: 0 | 1;
	probability: number;
}

export interface VariantSummary {
	n: number;
	accuracy: number;
	log_loss: number;
}

/**
 * The two variants on the outcomes each served (A/B): accuracy and log loss per variant, and
 * Welch's test on log loss; `test` is null until both have at least 2 outcomes.
 */
export function compareVariants(
	rows: readonly ServedOutcome[],
	alpha: number
): { champion: VariantSummary | null; challenger: VariantSummary | null; test: Comparison | null } {
	const split = (v: Variant) => {
		const mine = rows.filter((r) => r.variant === v);
		return { labels: mine.map((r) => r.label), probs: mine.map((r) => r.probability) };
	};
	const a = split('champion');
	const b = split('challenger');
	const summary = (g: { labels: number[]; probs: number[] }): VariantSummary | null => {
		if (!g.labels.length) return null;
		const loss = rowLogLoss(g.labels, g.probs);
		let correct = 0;
		g.labels.forEach((y, i) => {
			if ((g.probs[i]! >= 0.5 ? 1 : 0) === y) correct++;
		});
		return {
			n: g.labels.length,
			accuracy: correct / g.labels.length,
			log_loss: loss.reduce((x, l) => x + l, 0) / loss.length
		};
	};
	return {
		champion: summary(a),
		challenger: summary(b),
		test: a.labels.length >= 2 && b.labels.length >= 2 ? welchLogLossTest(a, b, alpha) : null
	};
}
