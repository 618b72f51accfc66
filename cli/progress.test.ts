import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progress, setQuiet } from './files';

// Progress lines (issue 19): on a terminal only, for work past 2 s, never with --quiet.
let written: string[];
const tty = process.stderr.isTTY;
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['performance'] });
	written = [];
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
		written.push(String(chunk));
		return true;
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	process.stderr.isTTY = tty;
	setQuiet(false);
});

/** Ten steps of work, 500 ms each. */
function run(): void {
	const tick = progress('gbdt', 10);
	for (let done = 1; done <= 10; done++) {
		vi.advanceTimersByTime(500);
		tick(done);
	}
}

describe('CLI progress', () => {
	it('on a terminal: nothing for the first 2 s, then a line redrawn in place, ended at 100%', () => {
		process.stderr.isTTY = true;
		run();
		expect(written).toEqual([
			'\rgbdt 40% (4/10)',
			'\rgbdt 50% (5/10)',
			'\rgbdt 60% (6/10)',
			'\rgbdt 70% (7/10)',
			'\rgbdt 80% (8/10)',
			'\rgbdt 90% (9/10)',
			'\rgbdt 100% (10/10)\n'
		]);
	});

	it('work done within 2 s prints nothing', () => {
		process.stderr.isTTY = true;
		const tick = progress('writing', 3);
		for (let done = 1; done <= 3; done++) {
			vi.advanceTimersByTime(300);
			tick(done);
		}
		expect(written).toEqual([]);
	});

	it('silent when standard error is not a terminal, and with --quiet', () => {
		process.stderr.isTTY = false;
		run();
		process.stderr.isTTY = true;
		setQuiet(true);
		run();
		expect(written).toEqual([]);
	});
});
