// Tree learners vs XGBoost, scikit-learn and YDF, side by side in one run: bank-marketing's
// fixed split ("Tree learners"), untuned defaults on public tables ("Learner defaults") and fit
// time against rows on a generated table ("Learner scaling").
// Run: npm run bench:trees [-- --repeats N] [-- --quick] [-- --only bank,defaults,scaling]
//      [-- --rows 10000,150000,1000000]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { writeSection } from './results';
import { compareDefaults, publicTables, type DefaultsRow } from './trees-defaults';
import { scaleAt, type ScalingRow } from './trees-scaling';
import { loadYdf, ydfCsv, ydfFit } from './ydf';
import { binaryReport, type HeadlineMetrics } from '../src/lib/core/eval/metrics';
import { readCsv, readSplitFile, selectRows, toTabular } from '../src/lib/core/io';
import {
	predictMatrix,
	predictRow,
	trainForest,
	trainGbdt,
	trainGbdtAuto,
	type Ensemble
} from '../src/lib/core/trees';

const DATA = new URL('../../shared/data/bank-marketing/', import.meta.url);
const CSV = new URL('bank-additional-full.csv', DATA);
const SPLIT = new URL('split.csv', DATA);
const PYTHON = '/usr/bin/python3';

const { values: flags } = parseArgs({
	options: {
		repeats: { type: 'string' },
		quick: { type: 'boolean' },
		only: { type: 'string' },
		rows: { type: 'string' }
	}
});
const parts = new Set((flags.only ?? 'bank,defaults,scaling').split(','));
const scalingRows = (flags.rows ?? (flags.quick ? '10000' : '10000,150000,1000000'))
	.split(',')
	.map(Number);
const repeats = flags.quick ? 1 : Number(flags.repeats ?? 3);
const variants = flags.quick ? ['without_duration'] : ['without_duration', 'with_duration'];
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Row {
	model: string;
	metrics: HeadlineMetrics;
	seconds: number;
	note?: string;
}

const csvText = readFileSync(CSV, 'utf8');
const splitText = readFileSync(SPLIT, 'utf8');
const csv = readCsv(csvText, { delimiter: ';' });
const pythonPeers = peersAvailable();
const ydf = await loadYdf();
const machine = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores, shared)`;

const sections: string[] = [];
const goals: string[] = [];
for (const variant of parts.has('bank') ? variants : []) {
	const table = toTabular(csv, {
		label: 'y',
		positive: 'yes',
		drop: variant === 'without_duration' ? ['duration'] : []
	});
	const split = readSplitFile(splitText, table.rows);
	const tr = selectRows(table, split.train);
	const te = selectRows(table, split.test);
	const x = { data: tr.data, rows: tr.rows, cols: tr.cols };
	const rows: Row[] = [];
	const ours = (name: string, train: () => Ensemble) => {
		const times: number[] = [];
		let model!: Ensemble;
		for (let r = 0; r < repeats; r++) {
			log(`${variant}: ${name}, repeat ${r + 1}/${repeats}`);
			const t = performance.now();
			model = train();
			times.push((performance.now() - t) / 1000);
		}
		rows.push({
			model: name,
			metrics: binaryReport(te.y, predictMatrix(model, te.data, te.rows)),
			seconds: median(times)
		});
		return model;
	};
	const gbdt = ours(
		'ours GBDT (300, depth 6, lr 0.1)',
		() =>
			trainGbdt(
				{ x, y: tr.y, categorical: table.categorical },
				{ nTrees: 300, maxDepth: 6, learningRate: 0.1 }
			).model
	);
	const forest = ours(
		'ours random forest (300)',
		() => trainForest({ x, y: tr.y, categorical: table.categorical }, { nTrees: 300 }).model
	);
	const peakOurs = process.resourceUsage().maxRSS / 1024;

	for (const peer of ['xgboost', 'sklearn_rf', 'sklearn_hgb'] as const) {
		if (!pythonPeers) break;
		log(`${variant}: ${peer} (${repeats} repeats)`);
		const out = JSON.parse(
			execFileSync(
				PYTHON,
				[
					new URL('peers/sklearn_xgboost.py', import.meta.url).pathname,
					CSV.pathname,
					SPLIT.pathname,
					peer,
					variant,
					String(repeats)
				],
				{ encoding: 'utf8' }
			)
		);
		const name = {
			xgboost: 'XGBoost hist 1.7 (300, depth 6, eta 0.1), 1 thread',
			sklearn_rf: 'scikit-learn RandomForest (300), 1 thread',
			sklearn_hgb: 'scikit-learn HistGradientBoosting (300, lr 0.1)'
		}[peer];
		rows.push({
			model: name,
			metrics: out,
			seconds: out.train_seconds,
			note: `${out.features} one-hot columns, peak RSS ${Math.round(out.peak_rss_mib)} MiB`
		});
	}
	for (const [name, Learner] of [
		['YDF GBT (wasm, defaults)', ydf.GradientBoostedTreesLearner],
		['YDF random forest (wasm, defaults)', ydf.RandomForestLearner]
	] as const) {
		const [text, testText] = [ydfCsv(table, split.train), ydfCsv(table, split.test)];
		const times: number[] = [];
		let probs!: Float64Array;
		for (let r = 0; r < repeats; r++) {
			log(`${variant}: ${name}, repeat ${r + 1}/${repeats}`);
			const fit = ydfFit(Learner, text, testText, te.y);
			times.push(fit.seconds);
			probs = fit.probs;
		}
		rows.push({ model: name, metrics: binaryReport(te.y, probs), seconds: median(times) });
	}
	if (variant === 'without_duration') {
		// `qualify fit --model gbdt` as a user runs it: no settings given.
		ours(
			'ours GBDT, untuned (qualify fit defaults)',
			() => trainGbdtAuto({ x, y: tr.y, categorical: table.categorical }).model
		);
	}

	const xgb = rows.find((r) => r.model.startsWith('XGBoost'));
	const rf = rows.find((r) => r.model.startsWith('scikit-learn RandomForest'));
	const ydfGbt = rows.find((r) => r.model.startsWith('YDF GBT'))!;
	const [g, f] = [rows[0]!, rows[1]!];
	const latency = predictLatency(gbdt, forest, te.data, te.cols);
	sections.push(
		[
			`### ${variant === 'without_duration' ? 'Without duration (realistic)' : 'With duration (leaky, for reference)'}`,
			'',
			'| model | acc | prec | rec | F1 | ROC AUC | PR AUC | train s (median) | × XGBoost time | notes |',
			'|---|---|---|---|---|---|---|---|---|---|',
			...rows.map(
				(r) =>
					`| ${r.model} | ${n(r.metrics.accuracy)} | ${n(r.metrics.precision)} | ${n(r.metrics.recall)} | ${n(r.metrics.f1)} | ${n(r.metrics.roc_auc)} | ${n(r.metrics.pr_auc)} | ${r.seconds.toFixed(2)} | ${xgb ? (r.seconds / xgb.seconds).toFixed(2) : '—'} | ${r.note ?? ''} |`
			),
			'',
			`Ours: ${tr.cols} native columns (${table.categorical.length} categorical). Prediction (flat traversal, test set): GBDT ${latency.gbdt.us.toFixed(1)} µs/row single, ${fmt(latency.gbdt.rate)} rows/s batch; forest ${latency.forest.us.toFixed(1)} µs/row single, ${fmt(latency.forest.rate)} rows/s batch. Peak RSS of this process after our training: ${Math.round(peakOurs)} MiB.`
		].join('\n')
	);
	if (variant === 'without_duration') {
		if (xgb) goals.push(...peerGoals('GBDT', g, xgb, 'XGBoost', 1.5, ' (1 thread)'));
		goals.push(
			check(
				'GBDT training faster than YDF GBT (wasm)',
				g.seconds < ydfGbt.seconds,
				`${g.seconds.toFixed(2)}s vs ${ydfGbt.seconds.toFixed(2)}s`
			)
		);
		if (rf) goals.push(...peerGoals('forest', f, rf, 'scikit-learn RF', 0.5));
	}
}

if (sections.length)
	await writeSection(
		'Tree learners',
		[
			'`npm run bench:trees`',
			'',
			`${machine}, bank-marketing fixed split (train 32,950 / test 8,238), threshold 0.5, training time = median of ${repeats} repeat(s).${pythonPeers ? '' : ` Python peers skipped: ${PYTHON} lacks xgboost/scikit-learn (apt-get install python3-xgboost python3-sklearn python3-pandas).`}`,
			'',
			...sections.flatMap((s) => [s, '']),
			'Goals (without duration):',
			'',
			...goals.map((g) => `- ${g}`)
		].join('\n')
	);

if (parts.has('defaults')) {
	const tables = publicTables(log);
	const results: DefaultsRow[] = tables.map((t) =>
		compareDefaults(t.name, t.csv, ydf, Math.max(repeats, 5), log)
	);
	await writeSection(
		'Learner defaults',
		[
			'`npm run bench:trees -- --only defaults`',
			'',
			`${machine}. Untuned: our GBDT as \`qualify fit --model gbdt\` runs it without settings (a stratified 10% set aside for early stopping, at most 1,000 trees) against YDF's GradientBoostedTreesLearner with its defaults (also 10% for early stopping), on the same stratified 80/20 splits (seeds 0–${Math.max(repeats, 5) - 1}); median test ROC AUC and training seconds. Tables from Debian packages: statsmodels (fair), scikit-learn (breast cancer), Weka's examples (German credit, Pima diabetes); bank-marketing's fixed split is in "Tree learners" (row "untuned").`,
			'',
			'| table | rows | ours ROC AUC | YDF GBT ROC AUC | Δ | ours trees | ours s | YDF s |',
			'|---|---|---|---|---|---|---|---|',
			...results.map(
				(r) =>
					`| ${r.table} | ${fmt(r.rows)} | ${n(r.ours)} | ${n(r.ydf)} | ${(r.ours - r.ydf >= 0 ? '+' : '') + (r.ours - r.ydf).toFixed(4)} | ${r.trees} | ${r.oursSeconds.toFixed(2)} | ${r.ydfSeconds.toFixed(2)} |`
			),
			'',
			'Goal: ours ≥ YDF GBT − 0.002 on every table.',
			'',
			...results.map(
				(r) => `- ${check(r.table, r.ours >= r.ydf - 0.002, `${n(r.ours)} vs ${n(r.ydf)}`)}`
			)
		].join('\n')
	);
}

if (parts.has('scaling')) {
	const table: ScalingRow[] = scalingRows.flatMap((rows) =>
		scaleAt(rows, {
			repeats: rows >= 1_000_000 ? 1 : repeats,
			forest: rows <= 150_000,
			peers: pythonPeers,
			log
		})
	);
	const peerOf = (r: ScalingRow) =>
		table.find(
			(p) =>
				p.rows === r.rows &&
				p.learner.startsWith(r.learner === 'ours GBDT' ? 'XGBoost' : 'scikit-learn')
		);
	await writeSection(
		'Learner scaling',
		[
			'`npm run bench:trees -- --only scaling`',
			'',
			`${machine}. The generated table of bench/scaling-table.ts (30 columns: 20 numeric with missing values, 10 categorical with 5–200 levels; label from a known logistic model), trained on N rows, tested on N/4 more. GBDT: 300 trees, depth 6, learning rate 0.1, one-hot below 5 categories for both (XGBoost's default); XGBoost with native categoricals, one thread. Forest: 300 trees; scikit-learn with category codes as numbers, one thread. Medians of ${repeats} fits (one at 1M rows).`,
			'',
			'| rows | learner | ROC AUC | fit s | × peer | process s (fit + test prediction) | peak RSS MiB |',
			'|---|---|---|---|---|---|---|',
			...table.map((r) => {
				const peer = r.learner.startsWith('ours') ? peerOf(r) : undefined;
				return `| ${fmt(r.rows)} | ${r.learner} | ${n(r.auc)} | ${r.seconds.toFixed(2)} | ${peer ? (r.seconds / peer.seconds).toFixed(2) : '—'} | ${r.totalSeconds?.toFixed(2) ?? '—'} | ${r.peakRssMib ? Math.round(r.peakRssMib) : '—'} |`;
			}),
			'',
			`Peak RSS of this process (ours, all sizes): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB.`,
			'',
			'Goals: GBDT fit ≤ 1.2× XGBoost and ROC AUC at least XGBoost’s − 0.002 at 150k and 1M rows; forest fit ≤ 0.5× scikit-learn at 150k rows and process time ≤ 1.2× its fit.',
			'',
			...scalingGoals(table, peerOf)
		].join('\n')
	);
}

/** The scaling goals at 150k rows and more, one line each, in the table's order. */
function scalingGoals(table: ScalingRow[], peerOf: (r: ScalingRow) => ScalingRow | undefined) {
	const lines: string[] = [];
	for (const r of table.filter((r) => r.learner.startsWith('ours') && r.rows >= 150_000)) {
		const peer = peerOf(r);
		const gbdt = r.learner === 'ours GBDT';
		const at = fmt(r.rows);
		if (peer) {
			const ratio = gbdt ? 1.2 : 0.5;
			lines.push(
				check(
					`${r.learner} fit ≤ ${ratio}× peer at ${at}`,
					r.seconds <= ratio * peer.seconds,
					`${(r.seconds / peer.seconds).toFixed(2)}×`
				)
			);
			if (gbdt)
				lines.push(
					check(
						`GBDT ROC AUC ≥ XGBoost − 0.002 at ${at}`,
						r.auc >= peer.auc - 0.002,
						`${n(r.auc)} vs ${n(peer.auc)}`
					)
				);
		}
		if (!gbdt)
			lines.push(
				check(
					`forest process ≤ 1.2× fit at ${at}`,
					r.totalSeconds! <= 1.2 * r.seconds,
					`${r.totalSeconds!.toFixed(2)} s vs ${r.seconds.toFixed(2)} s`
				)
			);
	}
	return lines.map((line) => `- ${line}`);
}

function peersAvailable(): boolean {
	try {
		execFileSync(PYTHON, ['-c', 'import xgboost, sklearn, pandas'], { stdio: 'ignore' });
		return true;
	} catch {
		log(`python peers skipped: ${PYTHON} cannot import xgboost, sklearn and pandas`);
		return false;
	}
}

function predictLatency(gbdt: Ensemble, forest: Ensemble, data: Float32Array, cols: number) {
	const rows = Math.min(2000, data.length / cols);
	const measure = (model: Ensemble) => {
		const single: number[] = [];
		for (let pass = 0; pass < 5; pass++) {
			const t = performance.now();
			for (let r = 0; r < rows; r++) predictRow(model, data, r * cols);
			single.push(((performance.now() - t) * 1000) / rows);
		}
		const batch: number[] = [];
		for (let pass = 0; pass < 3; pass++) {
			const t = performance.now();
			predictMatrix(model, data, data.length / cols);
			batch.push((data.length / cols / (performance.now() - t)) * 1000);
		}
		return { us: median(single), rate: median(batch) };
	};
	return { gbdt: measure(gbdt), forest: measure(forest) };
}

/** Ours within .003 ROC AUC of a peer, training in at most `ratio` × its time. */
function peerGoals(ours: string, row: Row, peer: Row, name: string, ratio: number, note = '') {
	return [
		check(
			`${ours} ROC AUC ≥ ${name} − 0.003`,
			row.metrics.roc_auc! >= peer.metrics.roc_auc! - 0.003,
			`${n(row.metrics.roc_auc)} vs ${n(peer.metrics.roc_auc)}`
		),
		check(
			`${ours} training ≤ ${ratio}× ${name}${note}`,
			row.seconds <= ratio * peer.seconds,
			`${(row.seconds / peer.seconds).toFixed(2)}×`
		)
	];
}

function check(goal: string, met: boolean, detail: string): string {
	return `${goal}: ${met ? 'met' : '**not met**'} (${detail})`;
}
function n(x: number | null | undefined): string {
	return x === null || x === undefined ? '—' : x.toFixed(4);
}
function fmt(x: number): string {
	return Math.round(x).toLocaleString('en-US');
}
