import * as v from 'valibot';
import { toFieldIssues } from '../schema/validate';
import type { Ensemble } from './ensemble';
import { ModelFormatError } from './model-format';
import { categoricalMask, type Tree } from './tree';

const ints = v.array(v.pipe(v.number(), v.integer()));
const XgbTree = v.object({
	left_children: ints,
	right_children: ints,
	split_indices: ints,
	split_conditions: v.array(v.nullable(v.number())),
	default_left: v.array(v.union([v.boolean(), v.picklist([0, 1])])),
	sum_hessian: v.array(v.number()),
	loss_changes: v.array(v.number()),
	split_type: v.optional(ints, []),
	categories: v.optional(ints, []),
	categories_nodes: v.optional(ints, []),
	categories_segments: v.optional(ints, []),
	categories_sizes: v.optional(ints, [])
});

const XgbModel = v.object({
	learner: v.object({
		learner_model_param: v.object({
			base_score: v.string(),
			num_feature: v.string(),
			num_class: v.optional(v.string(), '0')
		}),
		objective: v.object({ name: v.string() }),
		feature_names: v.optional(v.array(v.string())),
		gradient_booster: v.object({
			name: v.string(),
			model: v.optional(v.object({ trees: v.array(XgbTree) }))
		})
	})
});

/**
 * Parses the text of an XGBoost JSON model. XGBoost writes `NaN` (not valid JSON) as the
 * split condition of categorical nodes; those array entries are read as null.
 */
export function parseXgboostJson(text: string): unknown {
	try {
		return JSON.parse(text.replace(/(?<=[[,]\s*)NaN(?=\s*[,\]])/g, 'null'));
	} catch (e) {
		throw new ModelFormatError(`not an XGBoost JSON model: ${e instanceof Error ? e.message : e}`);
	}
}

/**
 * Imports a binary XGBoost model saved with `save_model('m.json')` (gbtree booster,
 * `binary:logistic` or `binary:logitraw`), numeric and categorical splits included.
 * XGBoost sends `x < split_condition` left, as this format does; leaves keep their
 * (learning-rate-scaled) weights in `split_conditions`; the categories XGBoost lists for a
 * node go right, so such nodes are stored with their children swapped.
 */
export function fromXgboostJson(input: unknown): Ensemble {
	const parsed = v.safeParse(XgbModel, input);
	if (!parsed.success) {
		const issue = toFieldIssues(parsed.issues)[0]!;
		throw new ModelFormatError(`not an XGBoost JSON model: ${issue.field}: ${issue.message}`);
	}
	const { learner } = parsed.output;
	const objective = learner.objective.name;
	if (objective !== 'binary:logistic' && objective !== 'binary:logitraw')
		throw new ModelFormatError(
			`XGBoost objective ${objective} is not supported; expected binary:logistic`
		);
	if (learner.gradient_booster.name !== 'gbtree' || !learner.gradient_booster.model)
		throw new ModelFormatError(
			`XGBoost booster ${learner.gradient_booster.name} is not supported; expected gbtree`
		);
	if (Number(learner.learner_model_param.num_class) > 1)
		throw new ModelFormatError('multi-class XGBoost models are not supported');

	const nFeatures = Number(learner.learner_model_param.num_feature);
	const base = Number(learner.learner_model_param.base_score);
	// binary:logistic stores base_score as a probability; the margin starts at its logit.
	const baseScore = objective === 'binary:logistic' ? Math.log(base / (1 - base)) : base;
	const categorical = new Set<number>();
	const trees = learner.gradient_booster.model.trees.map((t, i) => convertTree(t, i, categorical));
	return {
		kind: 'gbdt',
		trees,
		baseScore,
		nFeatures,
		categorical: [...categorical].sort((a, b) => a - b)
	};
}

function convertTree(
	t: v.InferOutput<typeof XgbTree>,
	index: number,
	categorical: Set<number>
): Tree {
	const n = t.left_children.length;
	const feature = new Int32Array(n);
	const threshold = new Float32Array(n);
	const value = new Float64Array(n);
	const left = Int32Array.from(t.left_children);
	const right = Int32Array.from(t.right_children);
	const defaultLeft = Uint8Array.from(t.default_left, (d) => (d === true || d === 1 ? 1 : 0));
	const gain = new Float64Array(n);
	for (let node = 0; node < n; node++) {
		const leaf = left[node] === -1;
		feature[node] = leaf ? -1 : t.split_indices[node]!;
		if (leaf) value[node] = t.split_conditions[node] ?? NaN;
		else {
			threshold[node] = t.split_conditions[node] ?? NaN;
			gain[node] = t.loss_changes[node]!;
		}
	}
	const categories = new Map<number, Uint32Array>();
	t.categories_nodes.forEach((node, i) => {
		const start = t.categories_segments[i]!;
		const codes = t.categories.slice(start, start + t.categories_sizes[i]!);
		if (feature[node]! < 0)
			throw new ModelFormatError(`XGBoost tree ${index}: categorical node ${node} is a leaf`);
		const bits = new Uint32Array(Math.ceil((Math.max(...codes, 0) + 1) / 32));
		for (const c of codes) bits[c >>> 5]! |= 1 << (c & 31);
		categories.set(node, bits);
		threshold[node] = 0; // unused by categorical nodes; XGBoost writes NaN
		categorical.add(feature[node]!);
		[left[node], right[node]] = [right[node]!, left[node]!];
		defaultLeft[node] = defaultLeft[node] ? 0 : 1;
	});
	return {
		categorical: categoricalMask(n, categories),
		feature,
		threshold,
		left,
		right,
		defaultLeft,
		value,
		cover: Float64Array.from(t.sum_hessian),
		gain,
		categories
	};
}
