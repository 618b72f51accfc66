// The product on text nobody on the team generated: the committed model (or --models DIR)
// scores data/real/ — public company descriptions and hand-written intro calls in six styles —
// and ../shared/data/intro-calls-dev (hand-written outside the team; development only).
// `dev` is for tuning; `held` is reported, never tuned on. Run: npm run bench:real
//   --split dev|held|all (default all; all writes bench/RESULTS.md) --models DIR --misses
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { accuracy, precision, recall, rocAuc } from '../src/lib/core/eval/metrics';
import { generateCalls } from '../src/lib/core/synth';
import { Lead } from '../src/lib/core/schema';
import { loadArtifact, Scorer } from '../src/lib/core/scoring';
import type { ScoreResult } from '../src/lib/core/schema';
import { readRealTexts } from '../cli/real-texts';
import { writeSection } from './results';

const { values } = parseArgs({
	options: {
		split: { type: 'string', default: 'all' },
		models: { type: 'string', default: new URL('../models/', import.meta.url).pathname },
		misses: { type: 'boolean', default: false }
	}
});
const splits: string[] = values.split === 'all' ? ['dev', 'held'] : [values.split!];
if (splits.some((s) => s !== 'dev' && s !== 'held'))
	throw new Error(`--split must be dev, held or all, got ${values.split}`);

const manifest = JSON.parse(readFileSync(`${values.models}/manifest.json`, 'utf8'));
const artifact = JSON.parse(readFileSync(`${values.models}/${manifest.current}.json`, 'utf8'));
const scorer = new Scorer(await loadArtifact(artifact));
const voiceCut: number = artifact.thresholds.voice_ai;

const real = new URL('../data/real/', import.meta.url).pathname;
const outside = new URL('../../shared/data/intro-calls-dev/calls.jsonl', import.meta.url).pathname;
const rows = readRealTexts(real);
if (existsSync(outside)) rows.push(...readRealTexts(outside, 'dev'));

const scored = rows
	.filter((r) => splits.includes(r.split))
	.map((r) => ({ ...r, result: scorer.score(r.lead) }));

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const pct1 = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
const f2 = (x: number) => x.toFixed(2);

function voiceLine(group: typeof scored): string {
	const labels = group.map((r) => r.voice_ai);
	const p = group.map((r) => r.result.voice_ai_fit / 100);
	const positives = labels.filter((l) => l === 1).length;
	return `${f2(precision(labels, p, voiceCut))} | ${f2(recall(labels, p, voiceCut))} | ${f2(rocAuc(labels, p))} | ${positives}/${group.length}`;
}

function callLine(group: typeof scored): string {
	const progressed = group.filter((r) => r.progressed === 1);
	const stalled = group.filter((r) => r.progressed === 0);
	const share = (g: typeof scored, rec: ScoreResult['recommendation']) =>
		g.filter((r) => r.result.recommendation === rec).length / Math.max(g.length, 1);
	const auc = rocAuc(
		group.map((r) => r.progressed!),
		group.map((r) => r.result.progression_probability)
	);
	return `${f2(auc)} | ${pct(share(progressed, 'AE_HANDOFF'))} | ${pct(share(stalled, 'AE_HANDOFF'))} | ${pct(share(progressed, 'DISQUALIFY'))} | ${(['AE_HANDOFF', 'NURTURE', 'DISQUALIFY'] as const).map((rec) => pct(share(group, rec))).join(' / ')}`;
}

const lines: string[] = [
	`Model \`${manifest.current}\` (${values.models === new URL('../models/', import.meta.url).pathname ? 'committed baseline' : values.models}); Voice AI cut-off ${f2(voiceCut)} (the artifact's). Data: \`data/real/\` (sources and licences in \`data/real/README.md\`) and, in \`dev\` only, the 40 hand-written calls of \`shared/data/intro-calls-dev\`.`,
	...[
		['Voice AI', 'Its Voice AI probability blends the forest', artifact.voice_ai.text],
		[
			'progression',
			'Its progression probability blends the calibrated trees',
			artifact.progression.text
		]
	].flatMap(([name, what, blend]) =>
		blend
			? [
					'',
					`${what} with a text model fitted on the \`dev\` ${name === 'Voice AI' ? 'texts' : 'calls'} of \`data/real\` (${blend.data.texts} texts from ${blend.data.groups} files), so the \`dev\` ${name} figures below are in-sample for it. Out-of-file (each file scored by a model fitted without it, the blend's own figures in the artifact): precision ${f2(blend.metrics.precision)}, recall ${f2(blend.metrics.recall)}, ROC AUC ${f3(blend.metrics.roc_auc)}. \`held\` and \`shared/data/intro-calls-dev\` were not fitted on.`
				]
			: []
	),
	'',
	'Voice AI (precision and recall at the cut-off):',
	'',
	'| set | split | precision | recall | ROC AUC | positives/n |',
	'| --- | --- | --- | --- | --- | --- |'
];
for (const set of ['descriptions', 'calls'])
	for (const split of splits) {
		const group = scored.filter((r) => r.set === set && r.split === split);
		if (group.length) lines.push(`| ${set} | ${split} | ${voiceLine(group)} |`);
	}
lines.push(
	'',
	'Progression on calls (recommendations by label; goal on `held`: ROC AUC ≥ .85, ≥ 60% of progressed calls AE_HANDOFF, ≤ 20% of the others):',
	'',
	'| split | style | ROC AUC | progressed → AE_HANDOFF | not progressed → AE_HANDOFF | progressed → DISQUALIFY | mix handoff / nurture / disqualify |',
	'| --- | --- | --- | --- | --- | --- | --- |'
);
for (const split of splits) {
	const calls = scored.filter((r) => r.set === 'calls' && r.split === split);
	if (!calls.length) continue;
	lines.push(`| ${split} | all (${calls.length}) | ${callLine(calls)} |`);
	for (const style of [...new Set(calls.map((r) => r.style!))].sort())
		lines.push(
			`| ${split} | ${style} (${calls.filter((r) => r.style === style).length}) | ${callLine(calls.filter((r) => r.style === style))} |`
		);
}
// Generated calls the baseline never saw, next to the generator's Bayes-optimal predictions.
const GENERATED = 10_000;
const fresh = generateCalls({ rows: GENERATED, seed: 101, start: '2026-11-01', days: 60 });
const freshScores = fresh.calls.map((c) => scorer.probabilities(v.parse(Lead, c)));
const progressed = fresh.calls.map((c) => c.progressed);
const voice = fresh.calls.map((c) => c.voice_ai);
const ours = freshScores.map((p) => p.progression);
const oursVoice = freshScores.map((p) => p.voiceAi);
lines.push(
	'',
	`Generated calls (${GENERATED.toLocaleString('en-US')} fresh calls, seed 101, dated after the baseline's training data) next to the generator's Bayes-optimal predictions on the same calls:`,
	'',
	'| target | model | Bayes-optimal |',
	'| --- | --- | --- |',
	`| progression accuracy (p ≥ 0.5) | ${pct1(accuracy(progressed, ours))} | ${pct1(accuracy(progressed, fresh.truth.progressed))} |`,
	`| progression ROC AUC | ${f3(rocAuc(progressed, ours))} | ${f3(rocAuc(progressed, fresh.truth.progressed))} |`,
	`| Voice AI precision / recall (model at its cut-off, Bayes at 0.5) | ${f2(precision(voice, oursVoice, voiceCut))} / ${f2(recall(voice, oursVoice, voiceCut))} | ${f2(precision(voice, fresh.truth.voice_ai))} / ${f2(recall(voice, fresh.truth.voice_ai))} |`
);
console.log(lines.join('\n'));

if (values.misses)
	for (const r of scored) {
		const voiceMiss = (r.result.voice_ai_fit / 100 >= voiceCut ? 1 : 0) !== r.voice_ai;
		const handoff = r.result.recommendation === 'AE_HANDOFF' ? 1 : 0;
		const progressMiss = r.progressed !== undefined && handoff !== r.progressed;
		if (voiceMiss || progressMiss)
			console.log(
				`${r.id} ${r.style ?? ''} voice ${r.voice_ai}→${r.result.voice_ai_fit} progressed ${r.progressed ?? '-'}→${r.result.recommendation} ${r.result.progression_probability}`
			);
	}

if (values.split === 'all') await writeSection('Real text (bench:real)', lines.join('\n'));
