// Peak JS heap of a page and of its workers, sampled over raw CDP. Playwright's CDPSession
// cannot address a worker's flattened session (it sends no sessionId), so this talks to
// Chromium's --remote-debugging-port directly with Node's WebSocket.
import { readFileSync } from 'node:fs';

interface Message {
	id?: number;
	method?: string;
	params?: { sessionId: string; targetInfo: { type: string } };
	result?: unknown;
	error?: unknown;
}

export interface HeapPeaks {
	/** Largest used JS heap seen, in bytes, per target type ('page', 'worker'). */
	byType: Record<string, number>;
	/** Largest sum over all targets at one sample. */
	total: number;
	/** Peak resident memory (VmHWM) of the renderer processes, bytes: the whole tab. */
	rendererRss: number;
	samples: number;
}

/**
 * Starts sampling `Runtime.getHeapUsage` every `everyMs` on the page whose URL contains
 * `urlPart` and on every worker it starts; `stop()` returns the peaks.
 */
export async function sampleHeaps(
	port: number,
	urlPart: string,
	everyMs = 250
): Promise<{ stop(): Promise<HeapPeaks> }> {
	const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
		webSocketDebuggerUrl: string;
	};
	const ws = new WebSocket(version.webSocketDebuggerUrl);
	await new Promise((resolve, reject) => {
		ws.onopen = resolve;
		ws.onerror = reject;
	});
	let nextId = 0;
	const pending = new Map<number, (m: Message) => void>();
	const sessions = new Map<string, string>();
	const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
		new Promise((resolve, reject) => {
			const id = ++nextId;
			pending.set(id, (m) =>
				m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)
			);
			ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
		});
	ws.onmessage = (event) => {
		const m = JSON.parse(String(event.data)) as Message;
		if (m.id !== undefined) {
			pending.get(m.id)?.(m);
			pending.delete(m.id);
		} else if (m.method === 'Target.attachedToTarget')
			sessions.set(m.params!.sessionId, m.params!.targetInfo.type);
		else if (m.method === 'Target.detachedFromTarget') sessions.delete(m.params!.sessionId);
	};

	const { targetInfos } = await send<{
		targetInfos: { type: string; url: string; targetId: string }[];
	}>('Target.getTargets');
	const page = targetInfos.find((t) => t.type === 'page' && t.url.includes(urlPart));
	if (!page) throw new Error(`no page at ${urlPart}`);
	const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
		targetId: page.targetId,
		flatten: true
	});
	sessions.set(sessionId, 'page');
	await send(
		'Target.setAutoAttach',
		{ autoAttach: true, waitForDebuggerOnStart: false, flatten: true },
		sessionId
	);

	const peaks: HeapPeaks = { byType: {}, total: 0, rendererRss: 0, samples: 0 };
	const sample = async () => {
		let sum = 0;
		for (const [id, type] of [...sessions]) {
			const usage = await send<{ usedSize: number }>('Runtime.getHeapUsage', {}, id).catch(
				() => undefined
			);
			if (!usage) continue;
			sum += usage.usedSize;
			peaks.byType[type] = Math.max(peaks.byType[type] ?? 0, usage.usedSize);
		}
		peaks.total = Math.max(peaks.total, sum);
		peaks.samples++;
	};
	let busy = false;
	const timer = setInterval(() => {
		if (busy) return;
		busy = true;
		void sample().finally(() => (busy = false));
	}, everyMs);

	return {
		async stop() {
			clearInterval(timer);
			await sample();
			const { processInfo } = await send<{ processInfo: { type: string; id: number }[] }>(
				'SystemInfo.getProcessInfo'
			);
			for (const p of processInfo)
				if (p.type === 'renderer') peaks.rendererRss = Math.max(peaks.rendererRss, peakRss(p.id));
			ws.close();
			return peaks;
		}
	};
}

/** A process's peak resident set (VmHWM), bytes; 0 where /proc does not say (not Linux). */
function peakRss(pid: number): number {
	try {
		const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Number(kb) * 1024 : 0;
	} catch {
		return 0;
	}
}
