import { writeFile } from 'node:fs/promises';
import { DEFAULT_NA, readCsv, readSplitFile, selectRows, toTabular } from '../../src/lib/core/io';
import { binaryReport } from '../../src/lib/core/eval/metrics';
import { stratifiedSplit } from '../../src/lib/core/eval/splits';
import { createRandom } from '../../src/lib/core/random';
import { trainGbdt, type Matrix } from '../../src/lib/core/trees/gbdt';
import { trainForest } from '../../src/lib/core/trees/forest';
import { AUTO_GBDT, trainGbdtAuto } from '../../src/lib/core/trees/auto';
import { predictMatrix, type Ensemble } from '../../src/lib/core/trees/ensemble';
import { ensembleToJson } from '../../src/lib/core/trees/model-format';
import { intFlag, listFlag, parseFlags, UsageError, type Command } from '../command';
import { checkOutput, progress, readInput } from '../files';

export const fit: Command = {
	name: 'fit',
	summary: 'train and evaluate the tree learners on any CSV (benchmarking)',
	usage: `Usage: qualify fit --data FILE --label COLUMN [options]

Trains gradient boosted trees and/or a random forest on any CSV with a binary label and
prints test-set metrics. Numeric columns are used as numbers, other columns as native
categorical features (listed on stderr), missing cells as missing. Columns are named as the
header writes them or in snake_case ("Converted" or "converted").

  --sep CHAR            field separator (default: detected from the header)
  --positive VALUE      label value that counts as positive, any case (default 1/true/yes)
  --drop A,B            columns to leave out
  --na A,B              cells that mean missing besides blank ones
                        (default ${DEFAULT_NA.join(',')}, any case; --na '' for blanks only)
  --split FILE          fixed split: CSV with columns row,split (train|test), row = 0-based
                        data row; default: stratified 80/20 with --seed
  --model gbdt|forest|both   (default both)
  --trees N --depth D --lr X   boosting settings (default 6, 0.1); without --trees the
                        GBDT sets aside a stratified 10% of the training rows and stops
                        adding trees (at most 1,000) when their log loss stops improving
                        for 30 trees (YDF's way); with --trees it boosts exactly N. The
                        forest grows --trees trees (default 300) of unlimited depth
  --seed S              (default 0)
  --out FILE            write the trained model artifact (gbdt, or forest with --model forest)
  --json                print the results as JSON`,

	async run(args) {
		const { values } = parseFlags(args, {
			strings: [
				'data',
				'label',
				'sep',
				'positive',
				'drop',
				'na',
				'split',
				'model',
				'trees',
				'depth',
				'lr',
				'seed',
				'out'
			],
			booleans: ['json']
		});
		if (!values.data) throw new UsageError('--data is required');
		if (!values.label) throw new UsageError('--label is required');
		const which = values.model ?? 'both';
		if (!['gbdt', 'forest', 'both'].includes(which))
			throw new UsageError(`--model must be gbdt, forest or both, got "${which}"`);
		const nTrees = intFlag(values.trees, 'trees', 300, 1);
		const fixedTrees = values.trees !== undefined;
		const maxDepth = intFlag(values.depth, 'depth', 6, 1);
		const learningRate = values.lr === undefined ? 0.1 : Number(values.lr);
		if (!(learningRate > 0 && learningRate <= 1))
			throw new UsageError(`--lr must be in (0, 1], got "${values.lr}"`);
		const seed = intFlag(values.seed, 'seed', 0);
		await checkOutput(values.out);
		const log = (line: string) => values.json || console.error(line);

		const csv = readCsv(await readInput(values.data), {
			delimiter: values.sep,
			na: listFlag(values.na)
		});
		const table = toTabular(csv, {
			label: values.label,
			positive: values.positive,
			drop: listFlag(values.drop)
		});
		for (const note of [...csv.notes, ...table.notes]) log(`note: ${note}`);
		const { train, test } = values.split
			? readSplitFile(await readInput(values.split), table.rows)
			: stratifiedSplit(table.y, 0.2, createRandom(seed).next);
		const tr = selectRows(table, train);
		const te = selectRows(table, test);
		log(
			`${values.data}: ${table.rows} rows, ${table.cols} features (${table.categorical.length} categorical); train ${tr.rows}, test ${te.rows}`
		);

		const results: Record<string, unknown> = {};
		const trained: Ensemble[] = [];
		const evaluate = (
			name: string,
			model: Ensemble,
			seconds: number,
			extra: Record<string, unknown> = {}
		) => {
			const probs = predictMatrix(model, te.data, te.rows);
			results[name] = {
				...binaryReport(te.y, probs),
				train_seconds: round(seconds),
				trees: model.trees.length,
				...extra
			};
			trained.push(model);
		};
		const x: Matrix = { data: tr.data, rows: tr.rows, cols: tr.cols };
		if (which !== 'forest') {
			const began = performance.now();
			const gbdtInput = { x, y: tr.y, categorical: table.categorical };
			const fit = fixedTrees
				? trainGbdt(
						{ ...gbdtInput, onTree: progress('gbdt', nTrees) },
						{ nTrees, maxDepth, learningRate, seed }
					)
				: trainGbdtAuto(
						{ ...gbdtInput, onTree: progress('gbdt', AUTO_GBDT.nTrees) },
						{ maxDepth, learningRate, seed }
					);
			evaluate('gbdt', fit.model, (performance.now() - began) / 1000, {
				max_depth: maxDepth,
				learning_rate: learningRate,
				early_stopping_rows: 'validRows' in fit ? fit.validRows : 0
			});
		}
		if (which !== 'gbdt') {
			const began = performance.now();
			const { model, oob } = trainForest(
				{ x, y: tr.y, categorical: table.categorical, onTree: progress('forest', nTrees) },
				{ nTrees, seed }
			);
			const seen = [...oob.keys()].filter((i) => !Number.isNaN(oob[i]!));
			const oobReport = binaryReport(
				seen.map((i) => tr.y[i]!),
				Float64Array.from(seen, (i) => oob[i]!)
			);
			evaluate('forest', model, (performance.now() - began) / 1000, {
				oob_roc_auc: oobReport.roc_auc,
				oob_accuracy: oobReport.accuracy
			});
		}
		if (values.out) {
			await writeFile(
				values.out,
				JSON.stringify(await ensembleToJson(trained[0]!, table.featureNames)) + '\n'
			);
			log(`model → ${values.out}`);
		}
		const summary = {
			data: values.data,
			rows: table.rows,
			features: table.cols,
			categorical: table.categorical.length,
			train_rows: tr.rows,
			test_rows: te.rows,
			seed,
			notes: [...csv.notes, ...table.notes],
			models: results
		};
		if (values.json) console.log(JSON.stringify(summary, null, 2));
		else
			for (const [name, r] of Object.entries(results) as [string, Record<string, number>][])
				console.log(
					`${name.padEnd(6)} test: accuracy ${f(r.accuracy)} precision ${f(r.precision)} recall ${f(r.recall)} F1 ${f(r.f1)} ROC AUC ${f(r.roc_auc)} PR AUC ${f(r.pr_auc)} log loss ${f(r.log_loss)} — ${r.trees} trees in ${r.train_seconds}s`
				);
	}
};

const round = (x: number) => Math.round(x * 1000) / 1000;
const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(4));
