import { constants, createWriteStream } from 'node:fs';
import { access, readFile, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { text } from 'node:stream/consumers';
import { UsageError } from './command';

/** Reads a file, or standard input for `-`. */
export async function readInput(path: string): Promise<string> {
	return path === '-' ? text(process.stdin) : readFile(path, 'utf8');
}

/**
 * Fails at once when `--out`'s folder is missing or read-only: a command checks this before its
 * long work (a simulation, a fit), not after it, when the work would be lost.
 */
export async function checkOutput(path: string | undefined): Promise<void> {
	if (path === undefined) return;
	try {
		await access(dirname(path), constants.W_OK);
	} catch {
		throw new UsageError(`--out ${path}: its folder ${dirname(path)} is missing or not writable`);
	}
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

let quiet = false;
/** `--quiet`: no progress lines at all. */
export function setQuiet(on: boolean): void {
	quiet = on;
}

/** Work shorter than this shows no progress. */
const PROGRESS_AFTER_MS = 2_000;

/**
 * Progress of long work on standard error, a line redrawn in place — only on a terminal, not
 * with --quiet, and only once the work has run for 2 s, so logs, pipes and short runs stay clean.
 */
export function progress(label: string, total: number): (done: number) => void {
	const began = performance.now();
	let last = -1;
	let drawn = false;
	return (done) => {
		if (quiet || !process.stderr.isTTY) return;
		const pct = Math.floor((100 * done) / Math.max(total, 1));
		const finished = done >= total;
		if (pct === last && !finished) return;
		if (!drawn && (finished || performance.now() - began < PROGRESS_AFTER_MS)) return;
		last = pct;
		drawn = true;
		process.stderr.write(`\r${label} ${pct}% (${done}/${total})${finished ? '\n' : ''}`);
		if (finished) drawn = false;
	};
}
