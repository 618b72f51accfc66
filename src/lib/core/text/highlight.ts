import type { WordSpan } from '../schema/score-result';

/** A run of text and the summed pull of the spans covering it (0: none). */
export interface Segment {
	text: string;
	weight: number;
}

/**
 * Splits a field's text into runs for highlighting: each character carries the sum of the
 * spans over it (a word pair and its words overlap), and neighbours with the same sum merge.
 * Spans outside the text are ignored, so stale spans cannot break rendering.
 */
export function highlightSegments(
	text: string,
	spans: readonly WordSpan[],
	field: WordSpan['field']
): Segment[] {
	const weight = new Float64Array(text.length);
	for (const s of spans)
		if (s.field === field && s.start >= 0 && s.end <= text.length && s.start < s.end)
			for (let i = s.start; i < s.end; i++) weight[i]! += s.contribution;
	const out: Segment[] = [];
	let from = 0;
	for (let i = 1; i <= text.length; i++)
		if (i === text.length || weight[i] !== weight[from]) {
			out.push({ text: text.slice(from, i), weight: weight[from] ?? 0 });
			from = i;
		}
	return out;
}
