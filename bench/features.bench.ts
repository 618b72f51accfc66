// Feature extraction throughput on leads with ~2 KB of call notes, one core.
// Run: npm run bench:features. Reports medians over repeats and a same-run reference.
import os from 'node:os';
import * as v from 'valibot';
import { extractFeatures, FEATURE_COUNT } from '../src/lib/core/features';
import { Lead } from '../src/lib/core/schema';
import { generateCalls } from '../src/lib/core/synth';
import { writeSection } from './results';

const LEADS = 5_000;
const REPEATS = 7;
const NOTES_BYTES = 2_048;
const GOAL = 20_000;

// Generated leads, each note extended with another call's note to ~2 KB (cut at a line end).
const { calls } = generateCalls({ rows: LEADS * 2, seed: 42 });
const leads = Array.from({ length: LEADS }, (_, i) => {
	const lead = v.parse(Lead, calls[i]);
	const long = `${lead.call_notes}\n\n${calls[i + LEADS]!.call_notes}`;
	lead.call_notes = long.slice(0, long.lastIndexOf('\n', NOTES_BYTES));
	return lead;
});
const meanNotes = leads.reduce((s, l) => s + l.call_notes!.length, 0) / LEADS;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function time(fn: () => void): number[] {
	fn(); // warm-up
	return Array.from({ length: REPEATS }, () => {
		const t = performance.now();
		fn();
		return performance.now() - t;
	});
}

const out = new Float32Array(FEATURE_COUNT);
const extract = time(() => {
	for (const lead of leads) extractFeatures(lead, out);
});
// Reference floor measured in the same run: lower-casing the notes and one word scan.
let sink = 0;
const floor = time(() => {
	for (const lead of leads) sink += lead.call_notes!.toLowerCase().match(/\b\w+\b/g)!.length;
});

const ms = median(extract);
const rate = (LEADS / ms) * 1000;
const lines = [
	`Feature extraction — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), one thread`,
	`${LEADS} generated leads, call notes ${Math.round(meanNotes)} chars on average, ${FEATURE_COUNT} features, median of ${REPEATS} repeats`,
	'',
	'| measure | median | min | max |',
	'|---|---|---|---|',
	`| extraction, leads/s | ${fmt(rate)} | ${fmt((LEADS / Math.max(...extract)) * 1000)} | ${fmt((LEADS / Math.min(...extract)) * 1000)} |`,
	`| extraction, µs/lead | ${((ms * 1000) / LEADS).toFixed(1)} | | |`,
	`| reference (lower-case + one word scan), µs/lead | ${((median(floor) * 1000) / LEADS).toFixed(1)} | | |`,
	'',
	`Extraction costs ${(ms / median(floor)).toFixed(1)}× the reference scan. Goal ≥ ${fmt(GOAL)} leads/s: ${rate >= GOAL ? 'met' : 'NOT met'}.`
];
console.log(lines.join('\n'));
await writeSection('Feature extraction', ['`npm run bench:features`', '', ...lines].join('\n'));
if (sink < 0) console.log(sink);

function fmt(x: number): string {
	return Math.round(x).toLocaleString('en-US');
}
