import * as v from 'valibot';
import { canonicalJson, sha256Hex } from '../hash';
import { toFieldIssues } from '../schema/validate';
import type { Ensemble } from './ensemble';
import { categoricalMask, type Tree } from './tree';

export const TREES_FORMAT = 'fellow-qualify.trees';
export const TREES_FORMAT_VERSION = 1;

/** An artifact that is not a valid ensemble of this format, or whose hash does not match. */
export class ModelFormatError extends Error {
	override readonly name = 'ModelFormatError';
}

const int = v.pipe(v.number(), v.integer());
const TreeJson = v.object({
	feature: v.array(int),
	threshold: v.array(v.number()),
	left: v.array(int),
	right: v.array(int),
	default_left: v.array(v.picklist([0, 1])),
	value: v.array(v.number()),
	cover: v.array(v.number()),
	gain: v.array(v.number()),
	/** Node index → category codes sent left. */
	categories: v.record(v.string(), v.array(v.pipe(int, v.minValue(0))))
});

export const EnsembleJson = v.object({
	format: v.literal(TREES_FORMAT),
	format_version: v.literal(TREES_FORMAT_VERSION),
	kind: v.picklist(['gbdt', 'forest']),
	objective: v.literal('binary:logistic'),
	base_score: v.number(),
	n_features: v.pipe(int, v.minValue(1)),
	feature_names: v.optional(v.array(v.string())),
	categorical: v.array(v.pipe(int, v.minValue(0))),
	trees: v.pipe(v.array(TreeJson), v.minLength(1, 'must hold at least one tree')),
	sha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits')))
});
export type EnsembleJson = v.InferOutput<typeof EnsembleJson>;

/** The artifact document, SHA-256 included (computed over the canonical JSON without it). */
export async function ensembleToJson(
	model: Ensemble,
	featureNames?: string[]
): Promise<EnsembleJson> {
	const doc: EnsembleJson = {
		format: TREES_FORMAT,
		format_version: TREES_FORMAT_VERSION,
		kind: model.kind,
		objective: 'binary:logistic',
		base_score: model.baseScore,
		n_features: model.nFeatures,
		...(featureNames ? { feature_names: featureNames } : {}),
		categorical: model.categorical,
		trees: model.trees.map(treeToJson)
	};
	return { ...doc, sha256: await sha256Hex(canonicalJson(doc)) };
}

function treeToJson(tree: Tree): EnsembleJson['trees'][number] {
	const categories: Record<string, number[]> = {};
	for (const [node, bits] of tree.categories) {
		const codes: number[] = [];
		bits.forEach((word, i) => {
			for (let b = 0; b < 32; b++) if ((word >>> b) & 1) codes.push(i * 32 + b);
		});
		categories[String(node)] = codes;
	}
	return {
		feature: Array.from(tree.feature),
		threshold: Array.from(tree.threshold),
		left: Array.from(tree.left),
		right: Array.from(tree.right),
		default_left: Array.from(tree.defaultLeft, (d) => (d ? 1 : 0)),
		value: Array.from(tree.value),
		cover: Array.from(tree.cover),
		gain: Array.from(tree.gain),
		categories
	};
}

/**
 * Checks an artifact (parsed JSON) and builds the ensemble. Rejects, with a message naming
 * the problem, anything malformed: wrong format or version, a hash that does not match the
 * content, arrays of unequal length, child links that do not form a tree, features out of range.
 */
export async function ensembleFromJson(
	input: unknown,
	options: { requireHash?: boolean; nFeatures?: number } = {}
): Promise<Ensemble> {
	const parsed = v.safeParse(EnsembleJson, input);
	if (!parsed.success) {
		const issue = toFieldIssues(parsed.issues)[0]!;
		throw new ModelFormatError(`invalid model artifact: ${issue.field}: ${issue.message}`);
	}
	const doc = parsed.output;
	if (doc.sha256 === undefined) {
		if (options.requireHash ?? true)
			throw new ModelFormatError('invalid model artifact: sha256 is missing');
	} else {
		const { sha256, ...content } = doc;
		const actual = await sha256Hex(canonicalJson(content));
		if (actual !== sha256)
			throw new ModelFormatError(
				`model artifact is corrupt: sha256 is ${actual}, the artifact says ${sha256}`
			);
	}
	if (options.nFeatures !== undefined && doc.n_features !== options.nFeatures)
		throw new ModelFormatError(
			`model expects ${doc.n_features} features, the feature pipeline gives ${options.nFeatures}`
		);
	if (doc.feature_names && doc.feature_names.length !== doc.n_features)
		throw new ModelFormatError(
			`feature_names has ${doc.feature_names.length} names for ${doc.n_features} features`
		);
	return {
		kind: doc.kind,
		baseScore: doc.base_score,
		nFeatures: doc.n_features,
		categorical: doc.categorical,
		trees: doc.trees.map((t, i) => treeFromJson(t, i, doc.n_features))
	};
}

function treeFromJson(t: EnsembleJson['trees'][number], index: number, nFeatures: number): Tree {
	const fail = (message: string) =>
		new ModelFormatError(`invalid model artifact: trees.${index}: ${message}`);
	const n = t.feature.length;
	if (n === 0) throw fail('has no nodes');
	for (const key of [
		'threshold',
		'left',
		'right',
		'default_left',
		'value',
		'cover',
		'gain'
	] as const)
		if (t[key].length !== n) throw fail(`${key} has ${t[key].length} entries, feature has ${n}`);
	const parents = new Int32Array(n).fill(-1);
	for (let node = 0; node < n; node++) {
		const f = t.feature[node]!;
		if (f < 0) continue;
		if (f >= nFeatures)
			throw fail(`node ${node} splits on feature ${f}, but the model has ${nFeatures}`);
		for (const c of [t.left[node]!, t.right[node]!]) {
			if (c <= node || c >= n)
				throw fail(`node ${node} has child ${c}: children must come after their parent`);
			if (parents[c] !== -1) throw fail(`node ${c} has two parents`);
			parents[c] = node;
		}
	}
	const orphan = parents.findIndex((p, node) => node > 0 && p === -1);
	if (orphan > 0) throw fail(`node ${orphan} is not reachable from the root`);
	const categories = new Map<number, Uint32Array>();
	for (const [key, codes] of Object.entries(t.categories)) {
		const node = Number(key);
		if (!Number.isInteger(node) || node < 0 || node >= n || t.feature[node]! < 0)
			throw fail(`categories names node ${key}, which is not a split`);
		const bits = new Uint32Array(Math.ceil((Math.max(...codes, 0) + 1) / 32));
		for (const c of codes) bits[c >>> 5]! |= 1 << (c & 31);
		categories.set(node, bits);
	}
	return {
		feature: Int32Array.from(t.feature),
		threshold: Float32Array.from(t.threshold),
		left: Int32Array.from(t.left),
		right: Int32Array.from(t.right),
		defaultLeft: Uint8Array.from(t.default_left),
		value: Float64Array.from(t.value),
		cover: Float64Array.from(t.cover),
		gain: Float64Array.from(t.gain),
		categories,
		categorical: categoricalMask(n, categories)
	};
}
