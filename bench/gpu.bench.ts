// Tree inference on WebGPU vs the flat traversal, in Node through Dawn (npm `webgpu`): the
// committed baseline model, generated leads (10,000 distinct feature rows, repeated for bigger
// batches), both ensembles to calibrated progression and Voice AI probabilities. Flat: the
// core's per-row walk summing in float64 (Scorer.outputs). Kernel: rows uploaded once, leaf
// values summed on the device (float32), one readback per chunk. Median of 5 after a warm-up.
// Run: npm run bench:gpu   (one size as one JSON line: npm run bench:gpu -- --rows N --json)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { FEATURE_COUNT } from '../src/lib/core/features';
import { Lead } from '../src/lib/core/schema';
import { calibrate, loadArtifact, Scorer } from '../src/lib/core/scoring';
import { generateCalls } from '../src/lib/core/synth';
import { TreeKernel } from '../src/lib/gpu/tree-kernel';
import { requestDawnDevice } from '../tests/gpu/dawn';
import { writeSection } from './results';

const { values: flags } = parseArgs({
	options: { rows: { type: 'string' }, json: { type: 'boolean', default: false } }
});
const SIZES = flags.rows ? [Number(flags.rows)] : [10_000, 100_000, 1_000_000];
const UNIQUE = 10_000;
const REPEATS = 5;

const models = new URL('../models/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, models), 'utf8'));
const model = await loadArtifact(read(`${read('manifest.json').current}.json`));
const scorer = new Scorer(model);
const { calibration } = model.artifact.progression;
const { progression, voiceAi } = model;
const unique = scorer.featureMatrix(
	generateCalls({ rows: UNIQUE, seed: 17 }).calls.map((c) => v.parse(Lead, c))
);

const { device, adapter } = await requestDawnDevice();
const kernel = await TreeKernel.create(
	device,
	[{ trees: progression.trees }, { trees: voiceAi.trees }],
	FEATURE_COUNT
);

/** Calibrated progression and Voice AI probabilities, rows after rows. */
type Probabilities = Float64Array;

function flat(x: Float32Array, rows: number): Probabilities {
	const out = new Float64Array(2 * rows);
	for (let r = 0; r < rows; r++) {
		// The trees alone (the kernel's work), before any text blend.
		const o = scorer.outputs(x.subarray(r * FEATURE_COUNT, (r + 1) * FEATURE_COUNT), {
			progression: NaN,
			voiceAi: NaN
		});
		out[r] = calibrate(calibration, o.progressionMargin);
		out[rows + r] = o.voiceForest;
	}
	return out;
}

async function gpu(x: Float32Array, rows: number): Promise<Probabilities> {
	const [gbdt, forest] = await kernel.sums(x, rows);
	const out = new Float64Array(2 * rows);
	for (let r = 0; r < rows; r++) {
		out[r] = calibrate(calibration, progression.baseScore + gbdt!.sum[r]!);
		out[rows + r] = forest!.sum[r]! / voiceAi.trees.length;
	}
	return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Run = () => Probabilities | Promise<Probabilities>;

/**
 * Leads per second of each engine, median of REPEATS timed runs after one warm-up each; the
 * runs alternate, so load from other work on the shared cores falls on both alike.
 */
async function measure(engines: Run[], rows: number) {
	const outs = [];
	for (const run of engines) outs.push(await run());
	const rates: number[][] = engines.map(() => []);
	for (let i = 0; i < REPEATS; i++)
		for (const [e, run] of engines.entries()) {
			const start = performance.now();
			outs[e] = await run();
			rates[e]!.push((1000 * rows) / (performance.now() - start));
		}
	return { rates: rates.map(median), outs };
}

interface Result {
	rows: number;
	adapter: string;
	flat_leads_per_s: number;
	gpu_leads_per_s: number;
	max_abs_diff: number;
}

const results: Result[] = [];
for (const rows of SIZES) {
	const x = new Float32Array(rows * FEATURE_COUNT);
	for (let from = 0; from < rows; from += UNIQUE)
		x.set(unique.subarray(0, Math.min(UNIQUE, rows - from) * FEATURE_COUNT), from * FEATURE_COUNT);
	const {
		rates: [flatRate, gpuRate],
		outs: [f, g]
	} = await measure([() => flat(x, rows), () => gpu(x, rows)], rows);
	let diff = 0;
	for (let i = 0; i < f!.length; i++) diff = Math.max(diff, Math.abs(f![i]! - g![i]!));
	results.push({
		rows,
		adapter,
		flat_leads_per_s: Math.round(flatRate!),
		gpu_leads_per_s: Math.round(gpuRate!),
		max_abs_diff: diff
	});
	if (!flags.json) console.log(JSON.stringify(results.at(-1)));
}
kernel.dispose();
device.destroy();

if (flags.json) {
	console.log(JSON.stringify(results[0]));
} else {
	const fmt = (n: number) => n.toLocaleString('en-US');
	const table = results.map(
		(r) =>
			`| ${fmt(r.rows)} | ${fmt(r.flat_leads_per_s)} | ${fmt(r.gpu_leads_per_s)} | ${(r.gpu_leads_per_s / r.flat_leads_per_s).toFixed(2)}× | ${r.max_abs_diff.toExponential(1)} |`
	);
	const report = `\`npm run bench:gpu\`

${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores, shared). WebGPU adapter (Dawn, npm \`webgpu\`): **${adapter}**${/llvmpipe|swiftshader|lavapipe/i.test(adapter) ? ' — Mesa renders on the CPU, so the kernel competes with the flat walk for the same cores; its figures say nothing about a real GPU' : ''}. Model ${model.artifact.version} (progression ${progression.trees.length} trees, Voice AI ${voiceAi.trees.length} trees), ${fmt(UNIQUE)} distinct generated leads' features repeated; both models to calibrated probabilities. Leads/s: median of ${REPEATS} after a warm-up, the two engines' runs alternating in the same process.

| leads | flat traversal (leads/s) | WGSL kernel, sums on the device (leads/s) | kernel / flat | max \\|Δp\\| |
| ----- | ------------------------ | ----------------------------------------- | ------------- | ------------ |
${table.join('\n')}

The kernel sums leaf values in float32 on the device (the flat walk sums in float64), hence the small |Δp|; its leaves are identical to the flat walk's (\`npm run test:gpu\`).`;
	console.log(report);
	await writeSection('WebGPU kernel', report);
}
