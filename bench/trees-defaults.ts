// Untuned defaults against YDF GBT's on public tables: `qualify fit --model gbdt` as a user
// runs it (trainGbdtAuto) and YDF's GradientBoostedTreesLearner with its defaults, on the same
// stratified 80/20 splits (seeds 0…repeats−1), medians of the test ROC AUC.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rocAuc } from '../src/lib/core/eval/metrics';
import { stratifiedSplit } from '../src/lib/core/eval/splits';
import { readCsv, selectRows, toTabular } from '../src/lib/core/io';
import { createRandom } from '../src/lib/core/random';
import { predictMatrix, trainGbdtAuto } from '../src/lib/core/trees';
import { ydfCsv, ydfFit, type YdfModule } from './ydf';

const PYTHON = '/usr/bin/python3';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * The public tables as CSV files (bench/peers/public_tables.py): from Debian's statsmodels and
 * scikit-learn packages, and Weka's examples unpacked from its .deb (apt-get download, no
 * install) — nothing from elsewhere. Tables whose package is missing are left out, and said so.
 */
export function publicTables(log: (line: string) => void): { name: string; csv: string }[] {
	const dir = mkdtempSync(join(tmpdir(), 'qualify-tables-'));
	const weka = join(dir, 'weka');
	try {
		mkdirSync(weka);
		execFileSync('apt-get', ['download', 'weka'], { cwd: weka, stdio: 'ignore' });
		const deb = readdirSync(weka).find((f) => f.endsWith('.deb'))!;
		execFileSync('dpkg', ['-x', deb, '.'], { cwd: weka });
	} catch {
		log('public tables: Weka examples unavailable (apt-get download weka failed)');
	}
	const examples = join(weka, 'usr/share/doc/weka/examples');
	const written = execFileSync(
		PYTHON,
		[
			new URL('peers/public_tables.py', import.meta.url).pathname,
			dir,
			...(existsSync(examples) ? [examples] : [])
		],
		{ encoding: 'utf8' }
	)
		.split('\n')
		.filter(Boolean);
	return written.map((name) => ({ name, csv: readFileSync(join(dir, `${name}.csv`), 'utf8') }));
}

export interface DefaultsRow {
	table: string;
	rows: number;
	ours: number;
	ydf: number;
	oursSeconds: number;
	ydfSeconds: number;
	trees: number;
}

/** Ours (untuned) vs YDF GBT (defaults) on one table over `repeats` stratified splits. */
export function compareDefaults(
	name: string,
	csvText: string,
	ydf: YdfModule,
	repeats: number,
	log: (line: string) => void
): DefaultsRow {
	const table = toTabular(readCsv(csvText), { label: 'label' });
	const ours: number[] = [];
	const peer: number[] = [];
	const oursTimes: number[] = [];
	const peerTimes: number[] = [];
	const trees: number[] = [];
	for (let seed = 0; seed < repeats; seed++) {
		log(`defaults: ${name}, split ${seed + 1}/${repeats}`);
		const split = stratifiedSplit(table.y, 0.2, createRandom(seed).next);
		const tr = selectRows(table, split.train);
		const te = selectRows(table, split.test);
		const t = performance.now();
		const { model } = trainGbdtAuto(
			{
				x: { data: tr.data, rows: tr.rows, cols: tr.cols },
				y: tr.y,
				categorical: table.categorical
			},
			{ seed }
		);
		oursTimes.push((performance.now() - t) / 1000);
		trees.push(model.trees.length);
		ours.push(rocAuc(te.y, predictMatrix(model, te.data, te.rows))!);
		const fit = ydfFit(
			ydf.GradientBoostedTreesLearner,
			ydfCsv(table, split.train),
			ydfCsv(table, split.test),
			te.y
		);
		peerTimes.push(fit.seconds);
		peer.push(rocAuc(te.y, fit.probs)!);
	}
	return {
		table: name,
		rows: table.rows,
		ours: median(ours),
		ydf: median(peer),
		oursSeconds: median(oursTimes),
		ydfSeconds: median(peerTimes),
		trees: median(trees)
	};
}
