import { FEATURE_SPEC } from '../features';

type Distribution = {
	missing: number;
	edges?: number[];
	counts: number[] | Record<string, number>;
};

/** Decile edges of the (present) values and the row count per bin; `missing` is the missing share. */
export function numericDistribution(values: number[], missing: number): Distribution {
	values.sort((a, b) => a - b);
	const edges = [
		...new Set(
			Array.from(
				{ length: 9 },
				(_, k) => values[Math.floor(((k + 1) * values.length) / 10)]
			).filter((e): e is number => e !== undefined)
		)
	];
	const counts = new Array<number>(edges.length + 1).fill(0);
	for (const x of values) {
		let b = 0;
		while (b < edges.length && x >= edges[b]!) b++;
		counts[b]!++;
	}
	return { missing, edges, counts };
}

/**
 * Each feature's training distribution, for drift checks later: the missing share, and for
 * numeric features decile edges with row counts per bin, for the others counts per value.
 */
export function featureDistributions(
	data: Float32Array,
	cols: number,
	rows: ArrayLike<number>
): Record<string, Distribution> {
	const out: Record<string, Distribution> = {};
	FEATURE_SPEC.forEach((spec, f) => {
		const values: number[] = [];
		let missing = 0;
		for (let i = 0; i < rows.length; i++) {
			const x = data[rows[i]! * cols + f]!;
			if (Number.isNaN(x)) missing++;
			else values.push(x);
		}
		const share = rows.length ? missing / rows.length : 0;
		if (spec.type === 'numeric') out[spec.name] = numericDistribution(values, share);
		else {
			const counts: Record<string, number> = {};
			for (const x of values) counts[String(x)] = (counts[String(x)] ?? 0) + 1;
			out[spec.name] = { missing: share, counts };
		}
	});
	return out;
}
