// YDF (Yggdrasil Decision Forests' own WebAssembly build, npm ydf-training) as a peer in the
// same process: its learners with their defaults, on CSV text.
import YDFTraining from 'ydf-training';
import type { toTabular } from '../src/lib/core/io';

interface YdfModel {
	predict(csv: string): number[];
	unload(): void;
}
type YdfLearner = new (label: string, task: string) => { train(csv: string): YdfModel };
export interface YdfModule {
	GradientBoostedTreesLearner: YdfLearner;
	RandomForestLearner: YdfLearner;
}

export const loadYdf = async () =>
	(await YDFTraining({ print: () => {}, printErr: () => {} })) as YdfModule;

/**
 * Trains with the learner's defaults on `train` and predicts `test` (CSV with label column
 * `y` = yes/no); returns P(yes) and the training seconds. YDF answers the probability of the
 * last label of its dictionary, so the side is told by the labels of the training rows.
 */
export function ydfFit(Learner: YdfLearner, train: string, test: string, testY: ArrayLike<number>) {
	const t = performance.now();
	const model = quietly(() => new Learner('y', 'CLASSIFICATION').train(train));
	const seconds = (performance.now() - t) / 1000;
	const probs = Float64Array.from(model.predict(test));
	model.unload();
	return { probs: orient(probs, testY), seconds };
}

/** P(positive) whichever label YDF put last: flips when the scores rank against the labels. */
function orient(probs: Float64Array, y: ArrayLike<number>): Float64Array {
	let pos = 0;
	let neg = 0;
	let sumPos = 0;
	let sumNeg = 0;
	for (let i = 0; i < probs.length; i++) {
		if (y[i]) {
			pos++;
			sumPos += probs[i]!;
		} else {
			neg++;
			sumNeg += probs[i]!;
		}
	}
	return sumPos / Math.max(pos, 1) >= sumNeg / Math.max(neg, 1) ? probs : probs.map((p) => 1 - p);
}

/** Rows of a table as CSV text for YDF: original values, label as yes/no, no CR. */
export function ydfCsv(table: ReturnType<typeof toTabular>, rows: ArrayLike<number>): string {
	const header = [...table.featureNames, 'y'].join(',');
	const lines = Array.from(rows, (r) => {
		const cells = table.featureNames.map((name, j) => {
			const x = table.data[r * table.cols + j]!;
			return table.categorical.includes(j)
				? (table.categories[name]![x] ?? '')
				: Number.isNaN(x)
					? ''
					: String(x);
		});
		return [...cells, table.y[r] ? 'yes' : 'no'].join(',');
	});
	return `${header}\n${lines.join('\n')}\n`;
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
