// The generated table of the learners' scaling bench: 30 mixed columns — 20 numeric (skewed,
// heavy-tailed, 10–30% missing in half of them) and 10 categorical (5–200 levels, 5% missing)
// — with a label drawn from a known logistic model of main effects, thresholds and two
// interactions, so every learner faces the same non-linear signal at every size.
import { createRandom } from '../src/lib/core/random';

export interface GeneratedTable {
	rows: number;
	cols: number;
	/** rows × cols, row-major; NaN for missing; categorical columns hold codes. */
	data: Float32Array;
	y: Uint8Array;
	categorical: number[];
	names: string[];
}

const NUMERIC = 20;
const CATEGORICAL = 10;
const LEVELS = [5, 8, 12, 20, 30, 50, 80, 120, 160, 200];

export function generateTable(rows: number, seed: number): GeneratedTable {
	const random = createRandom(seed);
	const cols = NUMERIC + CATEGORICAL;
	const data = new Float32Array(rows * cols);
	const y = new Uint8Array(rows);
	// Fixed effects per category level, the same for every size of the table.
	const effects = createRandom(seed ^ 0x5eed);
	const levelEffect = LEVELS.map((n) =>
		Float64Array.from({ length: n }, () => effects.next() - 0.5)
	);
	const gauss = () => {
		const u = Math.max(random.next(), 1e-12);
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
	};
	for (let r = 0; r < rows; r++) {
		const x = data.subarray(r * cols, (r + 1) * cols);
		for (let j = 0; j < NUMERIC; j++) {
			const missingShare = j % 2 === 0 ? 0 : 0.1 + 0.02 * j;
			const z = gauss();
			// Some columns log-normal (skewed), some uniform, some integer counts.
			x[j] =
				random.next() < missingShare
					? NaN
					: j % 3 === 0
						? Math.exp(z)
						: j % 3 === 1
							? z
							: Math.floor(Math.exp(1 + z / 2));
		}
		for (let k = 0; k < CATEGORICAL; k++)
			x[NUMERIC + k] = random.next() < 0.05 ? NaN : random.int(LEVELS[k]!);
		let margin = -0.4;
		margin += 0.8 * Math.tanh(fill(x[0]!) - 1);
		margin += x[1] === x[1] ? 0.6 * x[1]! : -0.3; // missing is informative here
		margin += fill(x[4]!) > 0.5 ? 0.7 : -0.2;
		margin += 0.5 * Math.sin(fill(x[7]!));
		margin += 0.4 * Math.log1p(fill(x[2]!));
		margin += fill(x[10]!) > 0 && fill(x[13]!) > 0 ? 0.6 : 0; // interaction
		margin += 0.3 * fill(x[16]!) * fill(x[19]!); // interaction
		for (let k = 0; k < CATEGORICAL; k += 2) {
			const code = x[NUMERIC + k]!;
			margin += code === code ? 1.2 * levelEffect[k]![code]! : 0.2;
		}
		y[r] = random.next() < 1 / (1 + Math.exp(-margin)) ? 1 : 0;
	}
	const names = [
		...Array.from({ length: NUMERIC }, (_, j) => `n${j}`),
		...Array.from({ length: CATEGORICAL }, (_, k) => `c${k}`)
	];
	return {
		rows,
		cols,
		data,
		y,
		categorical: Array.from({ length: CATEGORICAL }, (_, k) => NUMERIC + k),
		names
	};
}

const fill = (v: number) => (v === v ? v : 0);

/** The table as CSV for the Python peers: header, blank cells for missing, label `y` last. */
export function tableCsv(t: GeneratedTable): string {
	const lines = [[...t.names, 'y'].join(',')];
	for (let r = 0; r < t.rows; r++) {
		const cells: string[] = [];
		for (let j = 0; j < t.cols; j++) {
			const v = t.data[r * t.cols + j]!;
			cells.push(v === v ? String(v) : '');
		}
		cells.push(String(t.y[r]));
		lines.push(cells.join(','));
	}
	return lines.join('\n') + '\n';
}
