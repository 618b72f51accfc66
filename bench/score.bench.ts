// Scoring speed in-process: full ScoreResult (features + text models + both models + TreeSHAP
// reasons) and probabilities alone, with and without the text models, per lead (p50/p99) and in batch, with the committed baseline model;
// plus the packed traversal the scorer uses against the per-tree typed-array walk (leafIndex)
// and a naive recursive walk over node objects, measured in the same run. Run: npm run bench:score
import { readFileSync } from 'node:fs';
import os from 'node:os';
import * as v from 'valibot';
import { extractFeatures, FEATURE_COUNT } from '../src/lib/core/features';
import { Lead } from '../src/lib/core/schema';
import { loadArtifact, Scorer } from '../src/lib/core/scoring';
import { generateCalls } from '../src/lib/core/synth';
import { inSet, leafIndex, PackedEnsemble, type Ensemble, type Tree } from '../src/lib/core/trees';
import { writeSection } from './results';

const LEADS = 2_000;
const REPEATS = 5;
const models = new URL('../models/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', models), 'utf8'));
const model = await loadArtifact(
	JSON.parse(readFileSync(new URL(`${manifest.current}.json`, models), 'utf8'))
);
const scorer = new Scorer(model);
const leads = generateCalls({ rows: LEADS, seed: 99 }).calls.map((c) => v.parse(Lead, c));

const quantile = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]) => quantile(xs, 0.5);

/**
 * Per-call latencies (µs) of each function over every lead, after a warm-up pass. The functions
 * take turns on each lead, so a busy moment on this shared machine hits all of them alike and
 * their ratios hold even when the absolute figures move between runs; in reverse order on every
 * other lead, since a function called right after another on the same lead finds its text and
 * tables in cache (first or second on each lead moved the same code's p50 by 5–10%).
 */
function latencies(fns: readonly ((i: number) => unknown)[]): number[][] {
	for (let i = 0; i < LEADS; i++) for (const fn of fns) fn(i);
	const out = fns.map((): number[] => []);
	const order = fns.map((_, k) => k);
	const reversed = [...order].reverse();
	for (let r = 0; r < REPEATS; r++)
		for (let i = 0; i < LEADS; i++)
			for (const k of i % 2 ? reversed : order) {
				const t = performance.now();
				fns[k]!(i);
				out[k]!.push((performance.now() - t) * 1000);
			}
	return out;
}
/** Items per second over whole passes, median of repeats, the functions' passes interleaved. */
function throughput(fns: readonly ((i: number) => unknown)[]): number[] {
	const rates = fns.map((): number[] => []);
	for (let r = 0; r < REPEATS; r++)
		fns.forEach((fn, k) => {
			const t = performance.now();
			for (let i = 0; i < LEADS; i++) fn(i);
			rates[k]!.push((LEADS / (performance.now() - t)) * 1000);
		});
	return rates.map(median);
}

// The text models' share: the same trees with neither text model (text_progression missing, the
// forest's Voice AI probability unblended).
const textless = new Scorer({ ...model, text: null, voiceText: null, progressionText: null });
const [full, fullTextless, probs, probsTextless] = latencies([
	(i) => scorer.score(leads[i]!),
	(i) => textless.score(leads[i]!),
	(i) => scorer.probabilities(leads[i]!),
	(i) => textless.probabilities(leads[i]!)
]) as [number[], number[], number[], number[]];
const [fullRate] = throughput([(i) => scorer.score(leads[i]!)]) as [number];

// Model evaluation alone, on precomputed features: packed arrays, per-tree arrays, node objects.
const features = leads.map((l) => extractFeatures(l, new Float32Array(FEATURE_COUNT)));
const naive = toNodes(model.progression);
const packed = new PackedEnsemble(model.progression);
const values = new Float64Array(model.progression.trees.length);
const packedMargin = (x: Float32Array) =>
	packed.values(x, 0, values).reduce((a, b) => a + b, model.progression.baseScore);
let sink = 0;
const [packedRate, flatRate, naiveRate] = throughput([
	(i) => (sink += packedMargin(features[i]!)),
	(i) => (sink += margin(model.progression, features[i]!)),
	(i) => (sink += naiveMargin(naive, features[i]!))
]) as [number, number, number];
const agree = features.every(
	(x) =>
		packedMargin(x) === margin(model.progression, x) &&
		Math.abs(margin(model.progression, x) - naiveMargin(naive, x)) < 1e-9
);

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const us = (x: number) => `${x.toFixed(1)} µs`;
const check = (ok: boolean) => (ok ? 'met' : '**not met**');
const report = [
	'`npm run bench:score`',
	'',
	`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores, shared), one thread. Model ${model.artifact.version} (progression ${model.progression.trees.length} trees, Voice AI ${model.voiceAi.trees.length} trees); ${LEADS} generated leads × ${REPEATS} repeats; the measures with and without the text models take turns on each lead.`,
	'',
	'| measure | p50 | p99 | throughput |',
	'|---|---|---|---|',
	`| full ScoreResult (features + both models + TreeSHAP reasons) | ${us(median(full))} | ${us(quantile(full, 0.99))} | ${fmt(fullRate)} leads/s |`,
	`| probabilities alone (features + both models) | ${us(median(probs))} | ${us(quantile(probs, 0.99))} | |`,
	`| full ScoreResult, text models skipped (same trees) | ${us(median(fullTextless))} | ${us(quantile(fullTextless, 0.99))} | |`,
	`| probabilities, text models skipped (same trees) | ${us(median(probsTextless))} | ${us(quantile(probsTextless, 0.99))} | |`,
	`| progression margin, packed typed arrays (the scorer's) | | | ${fmt(packedRate)} rows/s |`,
	`| progression margin, per-tree typed arrays (leafIndex) | | | ${fmt(flatRate)} rows/s |`,
	`| progression margin, naive recursive node objects | | | ${fmt(naiveRate)} rows/s |`,
	'',
	`Packed layout: ${(packedRate / flatRate).toFixed(2)}× the per-tree walk, ${(packedRate / naiveRate).toFixed(2)}× the naive walk (same margins: ${agree ? 'yes' : 'NO'}). The text models (their scores, the reasons' words and the highlighted spans) cost ${(median(full) / median(fullTextless)).toFixed(2)}× the full result without it (probabilities ${(median(probs) / median(probsTextless)).toFixed(2)}×), same run.`,
	'',
	`Goals: full result p50 ≤ 1 ms — ${check(median(full) <= 1000)}; ≤ 150 µs (text-model issue) — ${check(median(full) <= 150)}; probabilities ≤ 50 µs — ${check(median(probs) <= 50)}; ≥ 5,000 full results/s — ${check(fullRate >= 5000)}.`,
	''
].join('\n');
console.log(report);
if (sink === 42) console.log('');
await writeSection('Scoring', report);

function margin(m: Ensemble, x: Float32Array): number {
	let sum = m.baseScore;
	for (const tree of m.trees) sum += tree.value[leafIndex(tree, x)]!;
	return sum;
}

interface NodeObject {
	feature: number;
	threshold: number;
	defaultLeft: boolean;
	categories?: Uint32Array;
	value: number;
	left?: NodeObject;
	right?: NodeObject;
}

function toNodes(m: Ensemble): { base: number; roots: NodeObject[] } {
	const build = (t: Tree, n: number): NodeObject => ({
		feature: t.feature[n]!,
		threshold: t.threshold[n]!,
		defaultLeft: t.defaultLeft[n] === 1,
		categories: t.categories.get(n),
		value: t.value[n]!,
		left: t.feature[n]! >= 0 ? build(t, t.left[n]!) : undefined,
		right: t.feature[n]! >= 0 ? build(t, t.right[n]!) : undefined
	});
	return { base: m.baseScore, roots: m.trees.map((t) => build(t, 0)) };
}

function naiveMargin(m: { base: number; roots: NodeObject[] }, x: Float32Array): number {
	const walk = (node: NodeObject): number => {
		if (!node.left || !node.right) return node.value;
		const v = x[node.feature]!;
		const left = Number.isNaN(v)
			? node.defaultLeft
			: node.categories
				? inSet(node.categories, v)
				: v < node.threshold;
		return walk(left ? node.left : node.right);
	};
	return m.roots.reduce((sum, root) => sum + walk(root), m.base);
}
