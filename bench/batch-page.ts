// The Batch page end to end on a generated CSV: the production build behind the local stack
// (as `npm start` serves it), Debian's Chromium picking the file, the scoring worker streaming
// it. Measures the time to count the rows, the scoring time and the worker's split of it,
// the peak JS heap of the page and its workers, and the tab's peak resident memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../scripts/local';
import { launchChromium } from '../tests/browser/chromium';
import { sampleHeaps, type HeapPeaks } from './heap-sampler';

const PORT = 8797;
const DEBUG_PORT = 9337;

export interface BatchPageRun {
	rows: number;
	fileBytes: number;
	/** Opening the file: its columns and the row count. */
	inspectS: number;
	/** Click to summary, as the rep waits. */
	totalS: number;
	summary: string;
	timings: string;
	heap: HeapPeaks;
}

/** Generates `rows` leads (seed 1) in a temporary folder, scores them on the Batch page. */
export async function benchBatchPage(rows: number): Promise<BatchPageRun> {
	const dir = mkdtempSync(join(tmpdir(), 'qualify-batch-bench-'));
	const csv = join(dir, `${rows}.csv`);
	const stack = await startStack(PORT);
	const browser = await launchChromium([`--remote-debugging-port=${DEBUG_PORT}`]);
	try {
		execFileSync(process.execPath, [
			'cli/qualify.js',
			'generate',
			'--rows',
			String(rows),
			'--seed',
			'1',
			'--out',
			csv
		]);
		const page = await browser.newPage();
		await page.goto(`${stack.base}/batch`);
		await page.getByTestId('current-model').waitFor();
		const heaps = await sampleHeaps(DEBUG_PORT, '/batch');
		let start = performance.now();
		await page.getByTestId('csv-input').setInputFiles(csv);
		const button = page.getByRole('button', { name: /^Score \d+ leads$/ });
		await button.waitFor({ timeout: 600_000 });
		const inspectS = (performance.now() - start) / 1000;
		start = performance.now();
		await button.click();
		const summary = page.getByTestId('batch-summary');
		await summary.waitFor({ timeout: 3_600_000 });
		const totalS = (performance.now() - start) / 1000;
		return {
			rows,
			fileBytes: statSync(csv).size,
			inspectS,
			totalS,
			summary: (await summary.textContent())!.replace(/\s+/g, ' ').trim(),
			timings: (await page.getByTestId('batch-timings').textContent())!.replace(/\s+/g, ' ').trim(),
			heap: await heaps.stop()
		};
	} finally {
		await browser.close();
		stack.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
