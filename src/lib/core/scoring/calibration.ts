/**
 * Platt scaling: p = σ(a·m + b) on the model's margin m, fitted by Newton's method on held-out
 * rows with Platt's smoothed targets ((N₊+1)/(N₊+2) and 1/(N₋+2)), which keeps a small
 * holdout from pushing probabilities to exactly 0 or 1. Two parameters make it stable on the
 * few hundred held-out calls a sales team has; isotonic regression needs thousands.
 */
export interface PlattCalibration {
	method: 'platt';
	a: number;
	b: number;
}

export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): PlattCalibration {
	const n = margins.length;
	if (n !== labels.length) throw new RangeError(`${n} margins for ${labels.length} labels`);
	let positives = 0;
	for (let i = 0; i < n; i++) positives += labels[i]!;
	if (positives === 0 || positives === n)
		throw new RangeError('calibration needs both classes in the held-out rows');
	const hi = (positives + 1) / (positives + 2);
	const lo = 1 / (n - positives + 2);

	let a = 1;
	let b = 0;
	for (let iter = 0; iter < 100; iter++) {
		// Gradient and Hessian of the log loss in (a, b), with a small ridge for stability.
		let ga = 0;
		let gb = 0;
		let haa = 1e-9;
		let hab = 0;
		let hbb = 1e-9;
		for (let i = 0; i < n; i++) {
			const m = margins[i]!;
			const p = 1 / (1 + Math.exp(-(a * m + b)));
			const t = labels[i] === 1 ? hi : lo;
			const d = p - t;
			const w = Math.max(p * (1 - p), 1e-12);
			ga += d * m;
			gb += d;
			haa += w * m * m;
			hab += w * m;
			hbb += w;
		}
		const det = haa * hbb - hab * hab;
		if (!(det > 0)) break;
		const da = (hbb * ga - hab * gb) / det;
		const db = (haa * gb - hab * ga) / det;
		// Backtracking (as in Platt's method): halve the Newton step until the loss falls.
		const before = loss(a, b);
		let step = 1;
		while (step > 1e-8 && loss(a - step * da, b - step * db) > before) step /= 2;
		a -= step * da;
		b -= step * db;
		if (Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10) break;
	}
	return { method: 'platt', a, b };

	function loss(a: number, b: number): number {
		let sum = 0;
		for (let i = 0; i < n; i++) {
			const z = a * margins[i]! + b;
			const t = labels[i] === 1 ? hi : lo;
			// −[t·log σ(z) + (1−t)·log(1−σ(z))], overflow-safe.
			sum += (z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z))) + (1 - t) * z;
		}
		return sum;
	}
}

export function calibrate(c: PlattCalibration, margin: number): number {
	return 1 / (1 + Math.exp(-(c.a * margin + c.b)));
}
