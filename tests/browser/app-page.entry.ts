// Page side of the worker harness: the wrapped worker, and a timer that records the longest
// gap between its ticks (the page-responsiveness probe).
import { wrap } from 'comlink';

const worker = wrap(new Worker('/worker.js', { type: 'module' }));
const probe = { ticks: 0, maxGap: 0, last: 0, timer: 0 };

Object.assign(globalThis, {
	worker,
	startProbe() {
		probe.ticks = 0;
		probe.maxGap = 0;
		probe.last = performance.now();
		probe.timer = setInterval(() => {
			const now = performance.now();
			probe.maxGap = Math.max(probe.maxGap, now - probe.last);
			probe.last = now;
			probe.ticks++;
		}, 10) as unknown as number;
	},
	stopProbe() {
		clearInterval(probe.timer);
		return { ticks: probe.ticks, maxGap: probe.maxGap };
	}
});
