/**
 * The path workspace and kernels of path-dependent TreeSHAP (Lundberg et al., "Consistent
 * Individualized Feature Attribution for Tree Ensembles", Algorithm 2): a path is a slice
 * starting at `p` of four flat arrays (feature, zero fraction, one fraction, permutation
 * weight), so callers allocate nothing once the workspace exists. Used by the recursive
 * explainer and by the Fast TreeSHAP v2 table precompute.
 */
export class ShapPath {
	readonly feature: Int32Array;
	readonly zero: Float64Array;
	readonly one: Float64Array;
	readonly weight: Float64Array;
	/** inverse[k] = 1 / k for every path length k. */
	private readonly inverse: Float64Array;

	/** Room for every level of a recursion over paths of up to `depth` splits. */
	constructor(depth: number) {
		const size = ((depth + 2) * (depth + 3)) / 2;
		this.feature = new Int32Array(size);
		this.zero = new Float64Array(size);
		this.one = new Float64Array(size);
		this.weight = new Float64Array(size);
		this.inverse = Float64Array.from({ length: depth + 3 }, (_, k) => 1 / k);
	}

	/** Plain loops: paths are a few entries long, where copyWithin's call overhead dominated (7× on deep forests). */
	copy(from: number, to: number, n: number): void {
		const { feature, zero, one, weight } = this;
		for (let i = 0; i < n; i++) {
			feature[to + i] = feature[from + i]!;
			zero[to + i] = zero[from + i]!;
			one[to + i] = one[from + i]!;
			weight[to + i] = weight[from + i]!;
		}
	}

	// The three path kernels below run O(depth) per call and O(depth²) per leaf: divisions are
	// replaced by multiplications with 1/k from `inverse` and the zero/one branch is hoisted, since
	// dependent divisions dominated (≈ 4× slower on the Voice AI forest's deep trees).
	extend(
		p: number,
		depth: number,
		zeroFraction: number,
		oneFraction: number,
		featureIndex: number
	): void {
		const { feature, zero, one, weight } = this;
		const scale = this.inverse[depth + 1]!;
		feature[p + depth] = featureIndex;
		zero[p + depth] = zeroFraction;
		one[p + depth] = oneFraction;
		weight[p + depth] = depth === 0 ? 1 : 0;
		const z = zeroFraction * scale;
		const o = oneFraction * scale;
		for (let i = depth - 1; i >= 0; i--) {
			const w = weight[p + i]!;
			weight[p + i + 1]! += o * w * (i + 1);
			weight[p + i] = z * w * (depth - i);
		}
	}

	unwind(p: number, depth: number, index: number): void {
		const { feature, zero, one, weight, inverse } = this;
		const oneFraction = one[p + index]!;
		const zeroFraction = zero[p + index]!;
		if (oneFraction !== 0) {
			const up = (depth + 1) / oneFraction;
			const down = zeroFraction * inverse[depth + 1]!;
			let nextOne = weight[p + depth]!;
			for (let i = depth - 1; i >= 0; i--) {
				const tmp = weight[p + i]!;
				const w = nextOne * up * inverse[i + 1]!;
				weight[p + i] = w;
				nextOne = tmp - w * down * (depth - i);
			}
		} else {
			const up = (depth + 1) / zeroFraction;
			for (let i = depth - 1; i >= 0; i--)
				weight[p + i] = weight[p + i]! * up * inverse[depth - i]!;
		}
		for (let i = index; i < depth; i++) {
			feature[p + i] = feature[p + i + 1]!;
			zero[p + i] = zero[p + i + 1]!;
			one[p + i] = one[p + i + 1]!;
		}
	}

	unwoundSum(p: number, depth: number, index: number): number {
		const { zero, one, weight, inverse } = this;
		const oneFraction = one[p + index]!;
		const zeroFraction = zero[p + index]!;
		let total = 0;
		if (oneFraction !== 0) {
			const up = (depth + 1) / oneFraction;
			const down = zeroFraction * inverse[depth + 1]!;
			// One multiply-subtract on the loop-carried chain; the sum's terms hang off it.
			let nextOne = weight[p + depth]!;
			for (let i = depth - 1; i >= 0; i--) {
				const a = up * inverse[i + 1]!;
				total += nextOne * a;
				nextOne = weight[p + i]! - nextOne * (a * down * (depth - i));
			}
		} else {
			const up = (depth + 1) / zeroFraction;
			for (let i = depth - 1; i >= 0; i--) total += weight[p + i]! * up * inverse[depth - i]!;
		}
		return total;
	}
}
