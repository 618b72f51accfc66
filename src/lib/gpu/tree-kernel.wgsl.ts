import { CATEGORICAL, COUNTED, DEFAULT_LEFT, FEATURE_MASK, LEAF, NODE_WORDS } from './tree-buffer';

/** Rows per workgroup: one invocation walks one row through every tree. */
export const WORKGROUP_SIZE = 64;

/**
 * Tree traversal over packed trees (tree-buffer.ts) and raw float32 rows read as u32 bits.
 * Two entry points over the same walk: `leaves` writes every tree's leaf (node index within
 * its tree, as the flat walk returns), `sums` writes Σ leaf values (f32) and the count of
 * COUNTED leaves, bitcast to u32, so one readback carries both.
 *
 * Everything is integer arithmetic, mirroring `leafIndex` and `inSet` in core/trees/tree.ts:
 * - NaN (missing) is recognised from its bits (WGSL implementations may assume no NaN exists);
 * - `x < threshold` is an unsigned comparison of order keys (no float compare, so no
 *   flush-to-zero of denormals);
 * - a category code is decoded from the bits exactly as JavaScript's `v >>> 5` / `v & 31`
 *   convert a number: non-integers and negatives are in no set, +∞ is code 0 and codes of
 *   2^32 and above wrap modulo 2^32.
 */
export const TREE_KERNEL_WGSL = /* wgsl */ `
struct Params {
	rows: u32,
	cols: u32,
	trees: u32,
	_pad: u32,
}

@group(0) @binding(0) var<storage, read> model: array<u32>;
@group(0) @binding(1) var<storage, read> x: array<u32>;
@group(0) @binding(2) var<storage, read_write> out: array<u32>;
@group(0) @binding(3) var<uniform> params: Params;

const NODE_WORDS = ${NODE_WORDS}u;
const FEATURE_MASK = ${FEATURE_MASK}u;
const LEAF = ${LEAF}u;
const DEFAULT_LEFT = ${DEFAULT_LEFT}u;
const CATEGORICAL = ${CATEGORICAL}u;
const COUNTED = ${COUNTED}u;
const SIGN = 0x80000000u;

fn order_key(bits: u32) -> u32 {
	if (bits == SIGN) { return SIGN; }
	return select(bits | SIGN, ~bits, (bits & SIGN) != 0u);
}

// Whether the category code of non-NaN float bits is in the length-prefixed set at \`at\`.
fn in_set(at: u32, bits: u32) -> bool {
	var code = 0u;
	if ((bits & 0x7fffffffu) != 0u) {
		if ((bits & SIGN) != 0u) { return false; }
		let exponent = (bits >> 23u) & 0xffu;
		if (exponent < 127u) { return false; }
		if (exponent < 255u) {
			let mantissa = (bits & 0x7fffffu) | 0x800000u;
			if (exponent < 150u) {
				let shift = 150u - exponent;
				if ((mantissa & ((1u << shift) - 1u)) != 0u) { return false; }
				code = mantissa >> shift;
			} else if (exponent < 182u) {
				code = mantissa << (exponent - 150u);
			}
		}
	}
	let word = code >> 5u;
	if (word >= model[at]) { return false; }
	return ((model[at + 1u + word] >> (code & 31u)) & 1u) == 1u;
}

fn leaf_of(root: u32, base: u32) -> u32 {
	var node = root;
	loop {
		let word = model[node];
		if ((word & LEAF) != 0u) { return node; }
		let bits = x[base + (word & FEATURE_MASK)];
		var go_left: bool;
		if ((bits & 0x7fffffffu) > 0x7f800000u) {
			go_left = (word & DEFAULT_LEFT) != 0u;
		} else if ((word & CATEGORICAL) != 0u) {
			go_left = in_set(model[node + 1u], bits);
		} else {
			go_left = order_key(bits) < model[node + 1u];
		}
		node = select(model[node + 3u], model[node + 2u], go_left);
	}
}

@compute @workgroup_size(${WORKGROUP_SIZE})
fn leaves(@builtin(global_invocation_id) id: vec3<u32>) {
	let row = id.x;
	if (row >= params.rows) { return; }
	let base = row * params.cols;
	for (var t = 0u; t < params.trees; t++) {
		let root = model[t];
		out[row * params.trees + t] = (leaf_of(root, base) - root) / NODE_WORDS;
	}
}

@compute @workgroup_size(${WORKGROUP_SIZE})
fn sums(@builtin(global_invocation_id) id: vec3<u32>) {
	let row = id.x;
	if (row >= params.rows) { return; }
	let base = row * params.cols;
	var sum = 0.0;
	var counted = 0u;
	for (var t = 0u; t < params.trees; t++) {
		let leaf = leaf_of(model[t], base);
		sum += bitcast<f32>(model[leaf + 1u]);
		counted += select(0u, 1u, (model[leaf] & COUNTED) != 0u);
	}
	out[row] = bitcast<u32>(sum);
	out[params.rows + row] = counted;
}
`;
