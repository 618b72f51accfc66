import { createWriteStream } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';

/** Reads a file, or standard input for `-`. */
export async function readInput(path: string): Promise<string> {
	return path === '-' ? text(process.stdin) : readFile(path, 'utf8');
}

/**
 * Writes text chunks to a file (atomically: a temporary file renamed into place, so a failed
 * run never leaves half a data set behind) or to standard output when `path` is undefined.
 */
export async function writeOutput(
	path: string | undefined,
	chunks: Iterable<string>
): Promise<void> {
	if (path === undefined) {
		for (const chunk of chunks)
			if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
		return;
	}
	const partial = `${path}.partial`;
	const out = createWriteStream(partial, 'utf8');
	for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
	out.end();
	await once(out, 'finish');
	await rename(partial, path);
}

/**
 * Progress on standard error for long runs: a line redrawn in place on a terminal; elsewhere
 * (logs, CI) a line per 10% step at most every 5 s, so a run of minutes never looks stuck and
 * a short one stays quiet.
 */
export function progress(label: string, total: number): (done: number) => void {
	const tty = process.stderr.isTTY;
	let last = -1;
	let printed = performance.now();
	return (done) => {
		const pct = Math.floor((100 * done) / Math.max(total, 1));
		const step = tty ? pct : pct - (pct % 10);
		if (step === last) return;
		last = step;
		if (tty)
			process.stderr.write(`\r${label} ${pct}% (${done}/${total})${done >= total ? '\n' : ''}`);
		else if (performance.now() - printed >= 5_000) {
			printed = performance.now();
			process.stderr.write(`${label} ${step}% (${done}/${total})\n`);
		}
	};
}
