import { sampleInto, type Random } from '../random';
import type { BinnedData } from './binning';
import {
	buildHistogram,
	buildNodeHistogram,
	subtractHistogram,
	type RowGradients
} from './histogram';
import type { TreeParams } from './params';
import { findBestSplit, type Split } from './split';
import { TreeBuilder, type Tree } from './tree';

/** A node that may still be split: its rows are `rows[begin, end)`. */
interface Open {
	node: number;
	begin: number;
	end: number;
	depth: number;
	g: number;
	h: number;
	/** Histogram over the tree's features (full mode only; null until built). */
	hist: Float64Array | null;
	split: Split | null;
}

/** A grown tree and where its rows ended up: leaf `node` holds rows[begin[node], end[node]). */
export interface Grown {
	tree: Tree;
	begin: Uint32Array;
	end: Uint32Array;
}

/** What the booster / forest hands the grower for one tree. */
export interface GrowInput extends RowGradients {
	/** Rows of this tree (after subsampling); reordered in place into leaf order. */
	rows: Uint32Array;
	/** Features this tree may use (after column sampling), ascending. */
	features: Int32Array;
	params: TreeParams;
	random: Random;
}

/**
 * Grows one tree on gradient histograms, best gain first (leaf-wise) when `maxLeaves` is
 * finite, depth-first otherwise — the same tree either way when the leaf budget is not hit.
 *
 * Without `featuresPerNode` (boosting) each split builds the histogram of the smaller child
 * only and gets the sibling by subtraction from the parent. With it (forests) every node
 * builds histograms of its own random feature subset directly, which is cheaper than full
 * histograms when only √features are looked at.
 */
export function growTree(input: GrowInput): Grown {
	const { data, grad, hess, rows, params } = input;
	const sampled =
		params.featuresPerNode !== undefined && params.featuresPerNode < input.features.length;
	const scratch = new Uint32Array(rows.length);
	const pool: Float64Array[] = [];
	const takeHist = () => pool.pop() ?? new Float64Array(data.totalBins * 2);
	const builder = new TreeBuilder();
	const featurePool = Int32Array.from(input.features);
	const picked = new Int32Array(input.features.length);
	const nodeHist = sampled ? new Float64Array(data.totalBins * 2) : new Float64Array(0);
	const ranges = new Int32Array(input.features.length * 2);

	let g = 0;
	let h = 0;
	for (let i = 0; i < rows.length; i++) {
		g += grad[rows[i]!]!;
		h += hess[rows[i]!]!;
	}
	const root: Open = {
		node: builder.add(leafWeight(g, h, params.lambda), h),
		begin: 0,
		end: rows.length,
		depth: 0,
		g,
		h,
		hist: null,
		split: null
	};
	if (!sampled && canSplit(root, params)) {
		root.hist = takeHist();
		buildHistogram(input, 0, rows.length, input.features, root.hist);
	}
	evaluate(root);
	const spans: Open[] = [root];

	const open: Open[] = root.split ? [root] : [];
	const bestFirst = Number.isFinite(params.maxLeaves);
	let leaves = 1;
	while (open.length > 0 && leaves < params.maxLeaves) {
		const parent = bestFirst ? popBest(open) : open.pop()!;
		const split = parent.split!;
		const mid = partition(data, rows, scratch, parent.begin, parent.end, split);
		const left = child(parent, parent.begin, mid, split.leftG, split.leftH);
		const right = child(parent, mid, parent.end, parent.g - split.leftG, parent.h - split.leftH);
		builder.split(parent.node, split, left.node, right.node);
		leaves++;

		if (!sampled) histogramsOfChildren(parent, left, right);
		else if (parent.hist) pool.push(parent.hist);
		parent.hist = null;
		for (const c of [left, right]) {
			evaluate(c);
			if (c.split) open.push(c);
			else if (c.hist) pool.push(c.hist);
		}
	}
	const tree = builder.build();
	const begin = new Uint32Array(tree.feature.length);
	const end = new Uint32Array(tree.feature.length);
	for (const o of spans) {
		begin[o.node] = o.begin;
		end[o.node] = o.end;
	}
	return { tree, begin, end };

	function child(parent: Open, begin: number, end: number, cg: number, ch: number): Open {
		const node = builder.add(leafWeight(cg, ch, params.lambda), ch);
		const o: Open = {
			node,
			begin,
			end,
			depth: parent.depth + 1,
			g: cg,
			h: ch,
			hist: null,
			split: null
		};
		spans.push(o);
		return o;
	}

	// Only children that may split need a histogram; the smaller is built, the larger derived.
	function histogramsOfChildren(parent: Open, left: Open, right: Open): void {
		const [small, large] =
			left.end - left.begin <= right.end - right.begin ? [left, right] : [right, left];
		const needSmall = canSplit(small, params);
		const needLarge = canSplit(large, params);
		if (!needSmall && !needLarge) {
			pool.push(parent.hist!);
			return;
		}
		const smallHist = takeHist();
		buildHistogram(input, small.begin, small.end, input.features, smallHist);
		if (needLarge) {
			subtractHistogram(parent.hist!, smallHist, data, input.features);
			large.hist = parent.hist;
		} else pool.push(parent.hist!);
		if (needSmall) small.hist = smallHist;
		else pool.push(smallHist);
	}

	function evaluate(o: Open): void {
		if (!canSplit(o, params)) return;
		if (sampled) {
			const feats = sampleInto(featurePool, params.featuresPerNode!, input.random, picked);
			buildNodeHistogram(input, o.begin, o.end, feats, nodeHist, ranges);
			o.split = findBestSplit(nodeHist, data, feats, o.g, o.h, params, ranges);
		} else o.split = findBestSplit(o.hist!, data, input.features, o.g, o.h, params);
	}
}

function canSplit(o: Open, params: TreeParams): boolean {
	return o.depth < params.maxDepth && o.end - o.begin >= 2 && o.h >= 2 * params.minChildWeight;
}

/** XGBoost's optimal leaf weight −G/(H+λ). */
export function leafWeight(g: number, h: number, lambda: number): number {
	return h + lambda > 0 ? -g / (h + lambda) : 0;
}

function popBest(open: Open[]): Open {
	let best = 0;
	for (let i = 1; i < open.length; i++)
		if (open[i]!.split!.gain > open[best]!.split!.gain) best = i;
	const [o] = open.splice(best, 1);
	return o!;
}

/** Reorders rows[begin, end) so the left child's rows come first; returns the boundary. */
function partition(
	data: BinnedData,
	rows: Uint32Array,
	scratch: Uint32Array,
	begin: number,
	end: number,
	split: Split
): number {
	const { bins, cols } = data;
	const f = split.feature;
	const goesLeft = split.leftBins;
	let l = begin;
	let r = 0;
	for (let i = begin; i < end; i++) {
		const row = rows[i]!;
		if (goesLeft[bins[row * cols + f]!] === 1) rows[l++] = row;
		else scratch[r++] = row;
	}
	rows.set(scratch.subarray(0, r), l);
	return l;
}
