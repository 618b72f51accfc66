import type { Draw } from './draw';

/** How carelessly a style is typed; each field is a probability per line or per word. */
export interface Roughness {
	/** A line typed all lower-case. */
	lower: number;
	/** A line's final full stop dropped. */
	dropStop: number;
	/** A word written as its usual shorthand (with → w/, meeting → mtg). */
	abbreviate: number;
	/** A commonly misspelt word misspelt (calendar → calender). */
	typo: number;
	/** A spoken filler (um, uh, like) at the start of a spoken line. */
	filler?: number;
}

/** Shorthand reps use; never for the words a topic hinges on (budget, voice, …). */
const SHORTHAND: readonly [RegExp, string][] = [
	[/\bwithout\b/gi, 'w/o'],
	[/\bwith\b/gi, 'w/'],
	[/\bbecause\b/gi, 'b/c'],
	[/\bmanagement\b/gi, 'mgmt'],
	[/\bmeeting\b/gi, 'mtg'],
	[/\bfollow[- ]up\b/gi, 'f/u'],
	[/\bend of (the )?quarter\b/gi, 'EOQ'],
	[/\bfiscal year\b/gi, 'FY'],
	[/\bweeks\b/gi, 'wks'],
	[/\bweek\b/gi, 'wk'],
	[/\bcustomers\b/gi, 'custs'],
	[/\binformation\b/gi, 'info'],
	[/\bengineering\b/gi, 'eng'],
	[/\babout\b/gi, 'abt'],
	[/\bpeople\b/gi, 'ppl'],
	[/\bcalendar invite\b/gi, 'cal invite'],
	[/\bdecision maker\b/gi, 'DM'],
	[/\bquarter\b/gi, 'qtr'],
	[/\band\b/gi, '&'],
	[/\byear\b/gi, 'yr']
];

const TYPOS: readonly [RegExp, string][] = [
	[/\bdefinitely\b/gi, 'definately'],
	[/\breceive\b/gi, 'recieve'],
	[/\bcalendar\b/gi, 'calender'],
	[/\bseparate\b/gi, 'seperate'],
	[/\buntil\b/gi, 'untill'],
	[/\bwhich\b/gi, 'wich'],
	[/\btheir\b/gi, 'thier'],
	[/\bbusiness\b/gi, 'buisness'],
	[/\bbelieve\b/gi, 'beleive'],
	[/\btomorrow\b/gi, 'tommorow'],
	[/\bexisting\b/gi, 'exisiting'],
	[/\bthe\b/gi, 'teh'],
	[/\bpretty\b/gi, 'prety'],
	[/\bwould\b/gi, 'woudl']
];

const FILLERS = ['um, ', 'uh, ', 'so, ', 'yeah, ', 'I mean, ', 'like, '];

/**
 * A seeded pass that makes clean text look typed by a person. `keep` matches the part of a
 * line left alone (a timestamp and speaker, a markdown marker).
 */
export function roughen(d: Draw, text: string, r: Roughness, keep = /^/): string {
	return text
		.split('\n')
		.map((line) => {
			const head = keep.exec(line)?.[0] ?? '';
			let body = line.slice(head.length);
			if (!body.trim()) return line;
			body = swap(d, body, SHORTHAND, r.abbreviate);
			body = swap(d, body, TYPOS, r.typo);
			if (r.filler && d.chance(r.filler))
				body = d.pick(FILLERS) + body[0]!.toLowerCase() + body.slice(1);
			if (d.chance(r.lower)) body = body.toLowerCase();
			if (d.chance(r.dropStop)) body = body.replace(/\.$/, '');
			return head + body;
		})
		.join('\n');
}

function swap(d: Draw, text: string, pairs: readonly [RegExp, string][], p: number): string {
	if (p <= 0) return text;
	for (const [pattern, to] of pairs)
		text = text.replace(pattern, (word) => (d.chance(p) ? matchCase(word, to) : word));
	return text;
}

/** Keeps a capital first letter when the shorthand is a word ("Because" → "B/c"). */
function matchCase(word: string, to: string): string {
	return /^[A-Z][a-z]/.test(word) && /^[a-z]/.test(to) ? to[0]!.toUpperCase() + to.slice(1) : to;
}
