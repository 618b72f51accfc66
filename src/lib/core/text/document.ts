import { callText } from '../features/call-text';
import type { Lead } from '../schema/lead';
import { forEachTerm, type TextField } from './terms';

/** Calls `onTerm` for every term of the lead's call text (notes + transcript) and description. */
export function forEachLeadTerm(
	lead: Lead,
	onTerm: (field: TextField, hash: number, start: number, end: number, text: string) => void
): void {
	const call = callText(lead)?.lower;
	if (call) forEachTerm(call, 'call', (h, s, e) => onTerm('call', h, s, e, call));
	const description = lead.description?.toLowerCase();
	if (description)
		forEachTerm(description, 'description', (h, s, e) =>
			onTerm('description', h, s, e, description)
		);
}

/** Bucket of a term hash in a space of 2^bits, and its sign (signed hashing). */
export const bucketOf = (hash: number, bits: number) => hash >>> (32 - bits);
export const signOf = (hash: number) => (hash & 1 ? -1 : 1);

/**
 * A lead's hashed terms in a space of 2^bits: sorted, distinct, each stored as ±(bucket + 1)
 * with the hash's sign (colliding terms then tend to cancel rather than add up). Empty when
 * the lead has no text.
 */
export function hashLead(lead: Lead, bits: number): Int32Array {
	const terms: number[] = [];
	forEachLeadTerm(lead, (_field, hash) => terms.push(signOf(hash) * (bucketOf(hash, bits) + 1)));
	const sorted = Int32Array.from(terms).sort();
	let k = 0;
	for (let i = 0; i < sorted.length; i++)
		if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
	return sorted.slice(0, k);
}
