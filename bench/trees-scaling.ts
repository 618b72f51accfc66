// How fit time grows with rows, ours against the peers in the same run, on the generated
// table of bench/scaling-table.ts: GBDT (300 trees, depth 6, lr 0.1) against XGBoost hist
// with native categoricals, one thread; the random forest (300 trees) against scikit-learn's,
// one thread, categories as codes. A fifth more rows than the training size is the test set.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rocAuc } from '../src/lib/core/eval/metrics';
import { predictMatrix, trainForest, trainGbdt, type Ensemble } from '../src/lib/core/trees';
import { generateTable, tableCsv } from './scaling-table';

const PYTHON = '/usr/bin/python3';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export interface ScalingRow {
	rows: number;
	learner: string;
	auc: number;
	seconds: number;
	/** Process time around the fit: predicting the test rows, out-of-bag bookkeeping. */
	totalSeconds?: number;
	peakRssMib?: number;
}

/** Ours and the peers at one training size; `peers` false when Python's are not installed. */
export function scaleAt(
	rows: number,
	options: { repeats: number; forest: boolean; peers: boolean; log: (line: string) => void }
): ScalingRow[] {
	const { repeats, log } = options;
	const table = generateTable(Math.round(rows * 1.25), 1);
	const cols = table.cols;
	const x = { data: table.data.subarray(0, rows * cols), rows, cols };
	const y = table.y.subarray(0, rows);
	const test = { data: table.data.subarray(rows * cols), rows: table.rows - rows };
	const testY = table.y.subarray(rows);
	const out: ScalingRow[] = [];
	const ours = (learner: string, train: () => Ensemble) => {
		const fits: number[] = [];
		const totals: number[] = [];
		let auc = 0;
		for (let r = 0; r < repeats; r++) {
			log(`scaling ${rows}: ${learner}, repeat ${r + 1}/${repeats}`);
			const t = performance.now();
			const model = train();
			fits.push((performance.now() - t) / 1000);
			auc = rocAuc(testY, predictMatrix(model, test.data, test.rows));
			totals.push((performance.now() - t) / 1000);
		}
		out.push({ rows, learner, auc, seconds: median(fits), totalSeconds: median(totals) });
	};
	const input = { x, y, categorical: table.categorical };
	// XGBoost's settings, its max_cat_to_onehot default (4) included.
	ours(
		'ours GBDT',
		() => trainGbdt(input, { nTrees: 300, maxDepth: 6, learningRate: 0.1, maxCatToOnehot: 4 }).model
	);
	if (options.forest) ours('ours random forest', () => trainForest(input, { nTrees: 300 }).model);
	if (!options.peers) return out;

	const dir = mkdtempSync(join(tmpdir(), 'qualify-scaling-'));
	try {
		const csv = join(dir, 'table.csv');
		writeFileSync(csv, tableCsv(table));
		for (const [peer, learner] of [
			['xgboost', 'XGBoost hist 1.7'],
			...(options.forest ? [['sklearn_rf', 'scikit-learn RandomForest']] : [])
		] as const) {
			log(`scaling ${rows}: ${learner} (${repeats} repeats)`);
			const result = JSON.parse(
				execFileSync(
					PYTHON,
					[
						new URL('peers/table_peers.py', import.meta.url).pathname,
						csv,
						String(rows),
						peer,
						String(repeats)
					],
					{ encoding: 'utf8', maxBuffer: 1 << 20 }
				)
			) as { roc_auc: number; train_seconds: number; peak_rss_mib: number };
			out.push({
				rows,
				learner,
				auc: result.roc_auc,
				seconds: result.train_seconds,
				peakRssMib: result.peak_rss_mib
			});
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return out;
}
