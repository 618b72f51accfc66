// Content script on Fellow: reads the meeting page, has the service worker score it and shows
// the result in a panel; re-reads when the page changes (notes typed, AI notes arriving).
import type { Reply, Request, Scored, Sent } from '../shared/messages';
import { summarize } from '../shared/summary';
import { extractPage } from './extract-page';
import { Panel } from './panel';

/** Typing fires mutations per keystroke; re-score once the page has been quiet this long. */
const DEBOUNCE_MS = 500;

// Matched on every *.fellow.app page because Fellow is a single-page app: a meeting opened
// from the home page arrives by history navigation, which does not inject content scripts.
const isMeetingPage = () => /^\/meetings\//.test(location.pathname);

let current: Scored | undefined;
let lastRead = '';
let sequence = 0;

const send = <T>(request: Request) => chrome.runtime.sendMessage<Request, Reply<T>>(request);

const panel = new Panel({
	async onSend() {
		if (!current) return;
		panel.setStatus('Sending…');
		const reply = await send<Sent>({ type: 'send', lead: current.lead });
		panel.setStatus(
			reply.ok
				? `Sent: the API scored it ${reply.result.qualification_score}`
				: `Not sent: ${reply.error}`
		);
	},
	async onCopy() {
		if (!current) return;
		try {
			await navigator.clipboard.writeText(summarize(current.lead, current.result));
			panel.setStatus('Summary copied');
		} catch (error) {
			panel.setStatus(`Could not copy: ${(error as Error).message}`);
		}
	}
});

async function refresh(): Promise<void> {
	if (!isMeetingPage()) {
		panel.hide();
		lastRead = '';
		return;
	}
	const call = extractPage(document, location.href);
	const read = JSON.stringify(call);
	if (read === lastRead && panel.host.isConnected) return;
	lastRead = read;
	const mine = ++sequence;
	panel.show();
	if (!current) panel.render({ kind: 'loading' });
	let reply: Reply<Scored>;
	try {
		reply = await send<Scored>({ type: 'score', call });
	} catch (error) {
		reply = { ok: false, error: (error as Error).message };
	}
	if (mine !== sequence) return; // a newer reading is on its way
	if (reply.ok) {
		current = reply;
		panel.render({
			kind: 'scored',
			scored: reply,
			notesRead: call.notes !== undefined || reply.notesSource === 'Fellow API'
		});
	} else panel.render({ kind: 'error', message: reply.error });
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleRefresh(): void {
	clearTimeout(timer);
	timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
}

// The panel lives outside <body>, so its own updates never trigger a re-read.
new MutationObserver(scheduleRefresh).observe(document.body, {
	subtree: true,
	childList: true,
	characterData: true
});
void refresh();
