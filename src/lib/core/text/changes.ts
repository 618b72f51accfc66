import type { Lead } from '../schema/lead';
import { forEachLeadTerm } from './document';
import type { TextModel } from './model';

/** A term whose learned weight moved between two text models. */
export interface WordingChange {
	phrase: string;
	before: number;
	after: number;
}

/**
 * The terms of `leads` whose weight changed most from one text model to the next (largest
 * |after − before| first): what the new outcomes taught the model about words, e.g. a new
 * competitor's name turning negative. Terms are read from the leads because the models keep
 * hashed buckets, not words; a missing model counts as all weights 0.
 */
export function wordingChanges(
	before: TextModel | null,
	after: TextModel | null,
	leads: readonly Lead[],
	k = 10
): WordingChange[] {
	const found = new Map<number, WordingChange>();
	for (const lead of leads)
		forEachLeadTerm(lead, (_field, hash, start, end, text) => {
			if (found.has(hash)) return;
			found.set(hash, {
				phrase: text.slice(start, end),
				before: round(before?.termWeight(hash) ?? 0),
				after: round(after?.termWeight(hash) ?? 0)
			});
		});
	const seen = new Set<string>();
	return [...found.values()]
		.filter((c) => c.before !== c.after && !seen.has(c.phrase) && seen.add(c.phrase))
		.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))
		.slice(0, k);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
