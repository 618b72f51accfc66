// Tree learners vs XGBoost, scikit-learn and YDF on bank-marketing's fixed split, side by side
// in one run. Run: npm run bench:trees [-- --repeats N] [-- --quick]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import YDFTraining from 'ydf-training';
import { writeSection } from './results';
import { binaryReport, type HeadlineMetrics } from '../src/lib/core/eval/metrics';
import { readCsv, readSplitFile, selectRows, toTabular } from '../src/lib/core/io';
import {
	predictMatrix,
	predictRow,
	trainForest,
	trainGbdt,
	type Ensemble
} from '../src/lib/core/trees';

const DATA = new URL('../../shared/data/bank-marketing/', import.meta.url);
const CSV = new URL('bank-additional-full.csv', DATA);
const SPLIT = new URL('split.csv', DATA);
const PYTHON = '/usr/bin/python3';

const { values: flags } = parseArgs({
	options: { repeats: { type: 'string' }, quick: { type: 'boolean' } }
});
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
const ydf = (await YDFTraining({ print: () => {}, printErr: () => {} })) as YdfModule;

const sections: string[] = [];
const goals: string[] = [];
for (const variant of variants) {
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
		const text = ydfCsv(table, split.train);
		const testText = ydfCsv(table, split.test);
		const times: number[] = [];
		let probs!: Float64Array;
		for (let r = 0; r < repeats; r++) {
			log(`${variant}: ${name}, repeat ${r + 1}/${repeats}`);
			const t = performance.now();
			const model = quietly(() => new Learner('y', 'CLASSIFICATION').train(text));
			times.push((performance.now() - t) / 1000);
			probs = Float64Array.from(model.predict(testText));
			model.unload();
		}
		// YDF returns the probability of the last label in its dictionary; orient it to "yes".
		const report = binaryReport(te.y, probs);
		const flipped =
			report.roc_auc !== null && report.roc_auc < 0.5
				? binaryReport(
						te.y,
						probs.map((p) => 1 - p)
					)
				: report;
		rows.push({ model: name, metrics: flipped, seconds: median(times) });
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

const report = [
	'`npm run bench:trees`',
	'',
	`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores, shared), bank-marketing fixed split (train 32,950 / test 8,238), threshold 0.5, training time = median of ${repeats} repeat(s).${pythonPeers ? '' : ` Python peers skipped: ${PYTHON} lacks xgboost/scikit-learn (apt-get install python3-xgboost python3-sklearn python3-pandas).`}`,
	'',
	...sections.flatMap((s) => [s, '']),
	'Goals (without duration):',
	'',
	...goals.map((g) => `- ${g}`),
	''
].join('\n');
console.log(report);
await writeSection('Tree learners', report);

function peersAvailable(): boolean {
	try {
		execFileSync(PYTHON, ['-c', 'import xgboost, sklearn, pandas'], { stdio: 'ignore' });
		return true;
	} catch {
		log(`python peers skipped: ${PYTHON} cannot import xgboost, sklearn and pandas`);
		return false;
	}
}

interface YdfModel {
	predict(csv: string): number[];
	unload(): void;
}
type YdfLearner = new (label: string, task: string) => { train(csv: string): YdfModel };
interface YdfModule {
	GradientBoostedTreesLearner: YdfLearner;
	RandomForestLearner: YdfLearner;
}

/** The split's rows as CSV text for YDF: original values, label as yes/no, no CR. */
function ydfCsv(table: ReturnType<typeof toTabular>, rows: Uint32Array): string {
	const header = [...table.featureNames, 'y'].join(',');
	const lines = Array.from(rows, (r) => {
		const cells = table.featureNames.map((name, j) => {
			const x = table.data[r * table.cols + j]!;
			return table.categorical.includes(j)
				? table.categories[name]![x]!
				: Number.isNaN(x)
					? ''
					: String(x);
		});
		return [...cells, table.y[r] ? 'yes' : 'no'].join(',');
	});
	return `${header}\n${lines.join('\n')}\n`;
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

/** Runs fn with console.log silenced (YDF prints its training log there). */
function quietly<T>(fn: () => T): T {
	const original = console.log;
	console.log = () => {};
	try {
		return fn();
	} finally {
		console.log = original;
	}
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
