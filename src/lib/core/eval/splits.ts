/** Row indices of a train/test division, ascending. */
export interface Split {
	train: Uint32Array;
	test: Uint32Array;
}

/** Shuffles in place with the caller's seeded `random` (uniform in [0, 1)). */
function shuffle(items: number[], random: () => number): number[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

function byClass(labels: ArrayLike<number>): [number[], number[]] {
	const classes: [number[], number[]] = [[], []];
	for (let i = 0; i < labels.length; i++) classes[labels[i] === 1 ? 1 : 0].push(i);
	return classes;
}

const sorted = (xs: number[]) => Uint32Array.from(xs).sort();

/** Test rows drawn per class, so both sides keep the class proportions. */
export function stratifiedSplit(
	labels: ArrayLike<number>,
	testFraction: number,
	random: () => number
): Split {
	if (!(testFraction > 0 && testFraction < 1))
		throw new RangeError(`test fraction must be in (0, 1), got ${testFraction}`);
	const train: number[] = [];
	const test: number[] = [];
	for (const members of byClass(labels)) {
		shuffle(members, random);
		const k = Math.round(members.length * testFraction);
		test.push(...members.slice(0, k));
		train.push(...members.slice(k));
	}
	return { train: sorted(train), test: sorted(test) };
}

/**
 * The most recent `testFraction` of rows is the test set, everything strictly older trains —
 * the honest holdout for a model that will score future calls. Rows at the cutoff time all go
 * to test, so no moment is split across the two. NaN times count as oldest.
 */
export function timeSplit(
	times: ArrayLike<number>,
	testFraction: number
): Split & { cutoff: number } {
	if (!(testFraction > 0 && testFraction < 1))
		throw new RangeError(`test fraction must be in (0, 1), got ${testFraction}`);
	const t = (i: number) => (Number.isNaN(times[i]) ? -Infinity : times[i]!);
	const order = Array.from({ length: times.length }, (_, i) => i).sort(
		(a, b) => t(a) - t(b) || a - b
	);
	const k = Math.max(1, Math.round(times.length * testFraction));
	const cutoff = t(order[order.length - k]!);
	const train: number[] = [];
	const test: number[] = [];
	for (let i = 0; i < times.length; i++) (t(i) >= cutoff ? test : train).push(i);
	if (train.length === 0)
		throw new RangeError('time split left no training rows: too many rows share the latest time');
	return { train: sorted(train), test: sorted(test), cutoff };
}

/** k folds; every row is in exactly one fold's test set. Stratified by default. */
export function kFold(
	labels: ArrayLike<number>,
	k: number,
	random: () => number,
	stratified = true
): Split[] {
	if (!Number.isInteger(k) || k < 2 || k > labels.length)
		throw new RangeError(`k must be 2…${labels.length}, got ${k}`);
	const folds: number[][] = Array.from({ length: k }, () => []);
	const groups = stratified
		? byClass(labels)
		: [Array.from({ length: labels.length }, (_, i) => i)];
	let next = 0;
	for (const members of groups)
		for (const i of shuffle(members, random)) folds[next++ % k]!.push(i);
	return folds.map((test, f) => ({
		test: sorted(test),
		train: sorted(folds.flatMap((other, g) => (g === f ? [] : other)))
	}));
}
