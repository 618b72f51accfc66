import { describe, expect, it } from 'vitest';
import { extractFeatures } from './extract';

// Reading text must cost work linear in its length (issue 14: per-mention scans to the end of
// the sentence made 180k characters take minutes). Measured with a counter, not a clock: every
// regular-expression search and string copy or search of the reader is metered by the
// characters it covers, so the bound holds on any machine.

/** Characters covered by regex searches, slices and index searches while `fn` runs. */
function meter(fn: () => void): number {
	const exec = RegExp.prototype.exec;
	const slice = String.prototype.slice;
	const indexOf = String.prototype.indexOf;
	let work = 0;
	RegExp.prototype.exec = function (this: RegExp, text: string) {
		const from = this.global || this.sticky ? this.lastIndex : 0;
		const match = exec.call(this, text);
		// A failed global search covered the rest of the text; a sticky one tried one position.
		const to = match ? match.index + match[0].length : this.sticky ? from + 1 : String(text).length;
		work += Math.max(0, to - from);
		return match;
	};
	String.prototype.slice = function (this: string, ...args: [number?, number?]) {
		const out = slice.apply(this, args);
		work += out.length;
		return out;
	};
	String.prototype.indexOf = function (this: string, search: string, position?: number) {
		const at = indexOf.call(this, search, position);
		work += (at < 0 ? this.length : at) - Math.max(0, position ?? 0);
		return at;
	};
	try {
		fn();
	} finally {
		RegExp.prototype.exec = exec;
		String.prototype.slice = slice;
		String.prototype.indexOf = indexOf;
	}
	return work;
}

const repeat = (unit: string, chars: number) =>
	unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const workFor = (lead: (chars: number) => object, chars: number) =>
	meter(() => void extractFeatures({ company_name: 'Adversary Inc', ...lead(chars) }));

// One phrase repeated without a sentence break, in the shapes that stress each reader.
const NOTES = [
	'voice ai ',
	'not interested in voice agents ',
	'budget approved, maybe next quarter, ',
	'Rep: do you want a voice agent?\nDana (COO): no\n',
	'[00:01:02] Dana Reyes (VP Ops): yes, voice agents, ',
	'- next: demo thu 2pm\n',
	'we sell voice bots and want to automate calls '
];

describe('reading text is linear in its length (work counted, not timed)', () => {
	for (const unit of NOTES)
		it(`notes of ${JSON.stringify(unit)} repeated`, () => {
			const notes = (chars: number) => ({
				call_notes: repeat(unit, chars),
				call_date: '2026-11-30'
			});
			const small = workFor(notes, 20_000);
			const large = workFor(notes, 80_000);
			// 4× the text → about 4× the work (a quadratic reader would do 16×), and a few dozen
			// characters of work per character of text.
			expect(large / small).toBeLessThan(5);
			expect(large / 80_000).toBeLessThan(40);
		});

	it('transcripts with a new speaker on every segment', () => {
		const transcript = (chars: number) => ({
			call_transcript: {
				speech_segments: Array.from({ length: chars / 10 }, (_, i) => ({
					speaker: `s${i}`,
					text: 'no budget'
				}))
			}
		});
		const small = workFor(transcript, 20_000);
		const large = workFor(transcript, 80_000);
		expect(large / small).toBeLessThan(5);
	});

	it('the meter sees quadratic work when there is some', () => {
		// Each position scanned to the end, as the old negation helpers did.
		const quadratic = (text: string) => {
			for (let i = 0; i < text.length; i += 10) /\./.exec(text.slice(i));
		};
		const small = meter(() => quadratic(repeat('voice ai ', 2_000)));
		const large = meter(() => quadratic(repeat('voice ai ', 8_000)));
		expect(large / small).toBeGreaterThan(12);
	});
});
