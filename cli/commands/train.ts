import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { binaryReport, type HeadlineMetrics } from '../../src/lib/core/eval/metrics';
import { LabeledCall } from '../../src/lib/core/schema';
import {
	trainQualifier,
	VOICE_AI_MIN_PRECISION,
	type TrainReport
} from '../../src/lib/core/scoring';
import { sidecarPath, truthPath } from './generate';
import { intFlag, parseFlags, UsageError, type Command } from '../command';
import { progress } from '../files';
import { readRecords } from '../records';
import { readRealTexts } from '../real-texts';
import { DEFAULT_MODELS, saveArtifact } from '../model-store';

const ACCURACY_TARGET = 0.85;

export const train: Command = {
	name: 'train',
	summary: 'train both models on labelled intro calls and write a versioned artifact',
	usage: `Usage: qualify train --data FILE [--out DIR] [--seed S] [--holdout time|random] [--no-text]
                     [--real-text DIR]

Trains the progression model (gradient boosted trees on "progressed") and the Voice AI model
(random forest on "voice_ai") from a fellow_calls CSV, JSON or JSON Lines file. The holdout is
the latest 20% of calls by call_date (time, the default when every call has a date) or a
stratified random 20%; early stopping, calibration (Platt) and the decision cut-offs use a
further 20% of the training rows. Prints holdout metrics — next to the generator's
Bayes-optimal figures when FILE has a <name>.bayes.json sidecar — and writes
DIR/retrain_YYYYMMDD_HHMMSS.json, making it current in DIR/manifest.json (default models/).
Both models also read the notes' own words through two text models (hashed words and word
pairs, logistic, stacked out-of-fold); --no-text leaves the progression one out, to measure
what it adds. --real-text DIR fits two more text models on the \`dev\` texts of a real-text
directory (data/real: companies*.jsonl and calls-*.jsonl, one writer or source batch per file),
Voice AI on every text and progression on the calls, and blends each with its trees, each file's
texts scored out-of-file for the blend.`,

	async run(args) {
		const { values } = parseFlags(args, {
			strings: ['data', 'out', 'seed', 'holdout', 'real-text'],
			booleans: ['no-text']
		});
		if (!values.data) throw new UsageError('--data is required');
		const holdout = values.holdout ?? 'auto';
		if (!['time', 'random', 'auto'].includes(holdout))
			throw new UsageError(`--holdout must be time or random, got "${holdout}"`);
		const { valid, errors } = await readRecords(LabeledCall, values.data);
		if (errors.length)
			console.error(
				`${new Set(errors.map((e) => e.index)).size} invalid rows left out (first problems above)`
			);

		const realTexts = values['real-text']
			? readRealTexts(values['real-text'])
					.filter((t) => t.split === 'dev')
					.map((t) => ({
						lead: t.lead,
						group: t.file,
						voiceAi: t.voice_ai === 1,
						...(t.progressed !== undefined ? { progressed: t.progressed === 1 } : {})
					}))
			: undefined;
		const bars = new Map<string, (done: number) => void>();
		const { artifact, report } = await trainQualifier(
			valid.map((r) => r.value),
			{
				now: new Date(),
				seed: intFlag(values.seed, 'seed', 0),
				holdout: holdout as 'time' | 'random' | 'auto',
				...(values['no-text'] ? { text: false as const } : {}),
				...(realTexts ? { realText: { texts: realTexts } } : {}),
				onProgress: (step, done, total) => {
					if (!bars.has(step)) bars.set(step, progress(step, total));
					bars.get(step)!(done);
				}
			}
		);
		const path = await saveArtifact(values.out ?? DEFAULT_MODELS, artifact);
		console.log(
			describe(
				report,
				await bayes(
					values.data,
					valid.map((r) => r.value),
					report.holdout_lead_ids
				)
			)
		);
		const f = (x: number | null | undefined) =>
			x === null || x === undefined ? '—' : x.toFixed(3);
		for (const [name, blend, what] of [
			['Voice AI', artifact.voice_ai.text, 'the forest'],
			['Progression', artifact.progression.text, 'the calibrated trees']
		] as const)
			if (blend)
				console.log(
					`\n${name} figures above are ${what} blended with a text model learned from real text (${blend.data.texts} texts, ${blend.data.positives} positive, from ${blend.data.groups} files). On those texts, each file scored by a model fitted without it: precision ${f(blend.metrics.precision)}, recall ${f(blend.metrics.recall)}, ROC AUC ${f(blend.metrics.roc_auc)}.`
				);
		console.log(
			`\nmodel ${artifact.version} → ${path}, now current in ${join(values.out ?? DEFAULT_MODELS, 'manifest.json')}`
		);
	}
};

interface BayesFigures {
	bayes_accuracy: number;
	bayes_auc: number | null;
	bayes_precision: number;
	bayes_recall: number;
}
interface Bayes {
	/** Where the figures were computed: the holdout rows, or the whole generated set. */
	scope: string;
	progressed: BayesFigures;
	voice_ai: BayesFigures;
}

/**
 * The generator's Bayes-optimal figures for this data: on exactly the holdout calls when the
 * <name>.truth.csv file is there, else the whole-set figures of <name>.bayes.json.
 */
async function bayes(
	data: string,
	calls: LabeledCall[],
	holdout: (string | undefined)[]
): Promise<Bayes | undefined> {
	if (data === '-') return undefined;
	const truth = await readFile(truthPath(data), 'utf8').catch(() => undefined);
	if (truth !== undefined) {
		const p = new Map(
			truth
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => {
					const [id, progressed, voice] = line.split(',');
					return [id!, [Number(progressed), Number(voice)]] as const;
				})
		);
		const byId = new Map(calls.map((c) => [c.lead_id, c]));
		const rows = holdout.flatMap((id) =>
			id !== undefined && p.has(id) && byId.has(id) ? [[p.get(id)!, byId.get(id)!] as const] : []
		);
		if (rows.length === holdout.length) {
			const figures = (k: 0 | 1, label: (c: LabeledCall) => boolean): BayesFigures => {
				const r = binaryReport(
					rows.map(([, c]) => (label(c) ? 1 : 0)),
					rows.map(([q]) => q[k])
				);
				return {
					bayes_accuracy: r.accuracy,
					bayes_auc: r.roc_auc,
					bayes_precision: r.precision,
					bayes_recall: r.recall
				};
			};
			return {
				scope: 'on this holdout',
				progressed: figures(0, (c) => c.progressed),
				voice_ai: figures(1, (c) => c.voice_ai)
			};
		}
	}
	const whole = await readFile(sidecarPath(data), 'utf8').catch(() => undefined);
	return whole === undefined
		? undefined
		: { scope: 'whole data set', ...(JSON.parse(whole) as Omit<Bayes, 'scope'>) };
}

function describe(r: TrainReport, b: Bayes | undefined): string {
	const pct = (x: number | null | undefined) =>
		x === null || x === undefined ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)}%`;
	const auc = (x: number | null | undefined) =>
		x === null || x === undefined ? '  —  ' : x.toFixed(3);
	const row = (name: string, m: HeadlineMetrics) =>
		`  ${name.padEnd(34)} ${pct(m.accuracy)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}  ${auc(m.roc_auc)}  ${auc(m.pr_auc)}`;
	const bayesRow = (x: Bayes['progressed']) =>
		`  ${`Bayes-optimal, ${b!.scope}`.padEnd(34)} ${pct(x.bayes_accuracy)} ${pct(x.bayes_precision)} ${pct(x.bayes_recall)}    —     ${auc(x.bayes_auc)}    —`;
	const head = `  ${''.padEnd(34)} accuracy precision recall    F1     ROC AUC PR AUC`;
	const p = r.progression;
	const v = r.voice_ai;
	const accuracyMet = p.accuracy >= ACCURACY_TARGET;
	const precisionMet = v.precision >= VOICE_AI_MIN_PRECISION;
	return [
		`data: ${r.rows} calls${r.date_range ? `, ${r.date_range[0]} … ${r.date_range[1]}` : ''}; ${r.features} features; holdout ${r.holdout} (${r.holdout_rows} calls), trained on ${r.train_rows}`,
		'',
		`Progression (gradient boosted trees, ${p.trees} trees, Platt-calibrated) on the holdout:`,
		head,
		row('at p ≥ 0.5', p),
		row(`at AE handoff cut-off ${r.thresholds.ae_handoff.toFixed(3)}`, p.at_handoff),
		...(b ? [bayesRow(b.progressed)] : []),
		`  Brier ${p.brier.toFixed(4)}, log loss ${p.log_loss.toFixed(4)}; nurture between ${r.thresholds.disqualify.toFixed(3)} and ${r.thresholds.ae_handoff.toFixed(3)}`,
		'',
		`Voice AI (random forest, ${v.trees} trees) on the holdout:`,
		head,
		row(`at Voice AI cut-off ${r.thresholds.voice_ai.toFixed(3)}`, v),
		...(b ? [bayesRow(b.voice_ai)] : []),
		'',
		`Targets: progression accuracy ≥ ${ACCURACY_TARGET * 100}% — ${accuracyMet ? 'met' : 'NOT met'} (${pct(p.accuracy).trim()}${b ? `; Bayes-optimal ${pct(b.progressed.bayes_accuracy).trim()}` : ''}); Voice AI precision ≥ ${VOICE_AI_MIN_PRECISION * 100}% — ${precisionMet ? 'met' : 'NOT met'} (${pct(v.precision).trim()})`
	].join('\n');
}
