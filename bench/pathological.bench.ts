// Adversarial notes: for every phrase of the language layer's vocabulary (one example string
// per alternative, drawn by randexp from the pattern itself) and for the shapes that stress
// the line and clause readers (speaker lines, commas, yes/no answers), a 200,000-character note
// of that phrase repeated without a sentence break is scored end to end (features, both models,
// TreeSHAP reasons) with the committed baseline. Goal: ≤ 50 ms each, i.e. cost linear in the
// text. Reference measured in the same run: lower-casing the note and one word scan.
// Run: npm run bench:pathological
import { readFileSync } from 'node:fs';
import os from 'node:os';
import RandExp from 'randexp';
import {
	PROGRESSION,
	VOICE_ADJACENT,
	VOICE_AI,
	VOICE_WEAK
} from '../src/lib/core/features/language/lexicon';
import * as LEXICON from '../src/lib/core/features/language/lexicon';
import { alternatives } from '../src/lib/core/features/language/first-char';
import { loadArtifact, Scorer } from '../src/lib/core/scoring';
import { writeSection } from './results';

const CHARS = 200_000;
const REPEATS = 5;
const GOAL_MS = 50;

const models = new URL('../models/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
const scorer = new Scorer(
	await loadArtifact(JSON.parse(readFileSync(new URL(`${manifest.current}.json`, models), 'utf8')))
);

// Every top-level alternative of every family, as a regular expression to draw an example from.
const families: readonly (readonly string[])[] = [
	...Object.values(VOICE_AI),
	VOICE_WEAK,
	...Object.values(VOICE_ADJACENT),
	...Object.values(PROGRESSION),
	LEXICON.NEGATION_BEFORE,
	LEXICON.NEGATION_AFTER,
	LEXICON.HEDGE,
	LEXICON.HEDGE_AFTER,
	LEXICON.REP_PITCH,
	LEXICON.SELLER_VOICE,
	LEXICON.OWN_PRODUCT,
	LEXICON.NOT_CUES
];
/** FNV-1a of the alternative's source: its draw's seed. */
function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h % 2 ** 31;
}
const phrases = new Set<string>();
for (const pattern of families.flat())
	for (const alternative of alternatives(pattern)) {
		const example = new RandExp(alternative);
		example.max = 2;
		// An LCG seeded by the alternative itself, so every run, and every version of the
		// vocabulary that keeps this alternative, scores the same note for it.
		let seed = seedOf(alternative);
		example.randInt = (a: number, b: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return a + (seed % (b - a + 1));
		};
		phrases.add(example.gen());
	}
// Shapes for the line, speaker and clause readers.
const shapes = [
	'[00:01:02] Dana Reyes (VP Ops): yes, voice agents, ',
	'Rep: do you want a voice agent?\nDana (COO): no\n',
	'AE: ',
	'voice ai, not now, maybe, ',
	'- next: demo thu 2pm\n',
	'## next steps\n',
	'if ',
	'not ',
	'a, we '
];

/** Fellow transcripts at the limits: many short segments, and a new speaker on every one. */
const transcripts = [
	{
		name: '6,600 transcript segments, two speakers (200,000 characters, the limit)',
		segments: Array.from({ length: 6_600 }, (_, i) => ({
			speaker: i % 2 ? 'Dana Reyes' : 'Alex (AE)',
			text: 'yes, voice agent Q1?'
		}))
	},
	{
		name: '20,000 transcript segments (the limit), each a new speaker',
		segments: Array.from({ length: 20_000 }, (_, i) => ({ speaker: `s${i}`, text: 'no budget' }))
	}
];

interface Timing {
	phrase: string;
	ms: number;
	reference: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const timings: Timing[] = [];
const transcriptTimings: { phrase: string; ms: number }[] = [];
let sink = 0;
for (const phrase of [...phrases, ...shapes]) {
	const unit = /[\s\n]$/.test(phrase) ? phrase : `${phrase} `;
	const notes = unit.repeat(Math.ceil(CHARS / unit.length)).slice(0, CHARS);
	const lead = { company_name: 'Adversary Inc', call_notes: notes, call_date: '2026-11-30' };
	scorer.score(lead); // warm-up
	const ms = median(
		Array.from({ length: REPEATS }, () => {
			const t = performance.now();
			scorer.score(lead);
			return performance.now() - t;
		})
	);
	const t = performance.now();
	sink += notes.toLowerCase().match(/\b\w+\b/g)?.length ?? 0;
	timings.push({ phrase, ms, reference: performance.now() - t });
}
for (const { name, segments } of transcripts) {
	const lead = { company_name: 'Adversary Inc', call_transcript: { speech_segments: segments } };
	scorer.score(lead);
	const ms = median(
		Array.from({ length: REPEATS }, () => {
			const t = performance.now();
			scorer.score(lead);
			return performance.now() - t;
		})
	);
	transcriptTimings.push({ phrase: name, ms });
}
timings.sort((a, b) => b.ms - a.ms);
const over = timings.filter((t) => t.ms > GOAL_MS);
const lines = [
	`Pathological notes — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), baseline \`${manifest.current}\``,
	`${timings.length} notes of ${CHARS.toLocaleString('en-US')} characters (${phrases.size} vocabulary phrases, ${shapes.length} reader shapes), each one phrase repeated with no sentence break, and ${transcripts.length} transcripts (${transcripts.map((t) => t.name).join('; ')}); full ScoreResult, median of ${REPEATS} after a warm-up.`,
	'',
	'| measure | ms |',
	'|---|---|',
	`| slowest note | ${timings[0]!.ms.toFixed(1)} (${JSON.stringify(timings[0]!.phrase.slice(0, 40))}) |`,
	`| median note | ${median(timings.map((t) => t.ms)).toFixed(1)} |`,
	`| reference: lower-case + one word scan of the slowest note | ${timings[0]!.reference.toFixed(1)} |`,
	...transcriptTimings.map((t) => `| ${t.phrase} | ${t.ms.toFixed(1)} |`),
	'',
	`Goal ≤ ${GOAL_MS} ms for every note (transcripts at the input limits are reported, not yet held to it): ${
		over.length === 0
			? 'met'
			: `NOT met (${over.length} over: ${over
					.slice(0, 5)
					.map((t) => `${JSON.stringify(t.phrase.slice(0, 30))} ${t.ms.toFixed(0)} ms`)
					.join(', ')})`
	}.`
];
console.log(lines.join('\n'), sink > 0 ? '' : '(no words?)');
await writeSection('Pathological notes', ['`npm run bench:pathological`', '', ...lines].join('\n'));
