import type { Lead } from '../schema/lead';

/**
 * Notes and transcript as one lower-cased text; the transcript's segments become
 * "speaker: text" lines from `transcriptFrom` on (the notes end one character before it).
 * Undefined when the call left neither. The phrase features and the text model read this same text.
 */
export function callText(lead: Lead): { lower: string; transcriptFrom: number } | undefined {
	const segments = lead.call_transcript?.speech_segments;
	const notes = lead.call_notes;
	if (notes === undefined && !segments?.length) return undefined;
	const head = notes === undefined ? '' : `${notes}\n`;
	const transcript = (segments ?? [])
		.map((s) => {
			const speaker = (s.speaker ?? '').trim().replace(/[:\n]/g, ' ');
			return speaker ? `${speaker}: ${s.text}` : s.text;
		})
		.join('\n');
	return { lower: `${head}${transcript}`.toLowerCase(), transcriptFrom: head.length };
}
