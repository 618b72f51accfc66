// Options page: edits the settings in chrome.storage.local and shows which model scores.
import type { ModelStatus, Reply, Request } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

const form = document.querySelector<HTMLFormElement>('#settings')!;
const saved = document.querySelector<HTMLOutputElement>('#saved')!;
const model = document.querySelector<HTMLElement>('#model')!;

const field = (name: keyof Settings) => form.elements.namedItem(name) as HTMLInputElement;

function showStatus(reply: Reply<ModelStatus>): void {
	model.textContent = reply.ok
		? `${reply.modelVersion} (${reply.modelSource === 'synced' ? 'synced from the API' : 'bundled'})` +
			(reply.lastSync ? ` · last sync ${reply.lastSync.at}: ${reply.lastSync.outcome}` : '')
		: reply.error;
}

const ask = (request: Request) =>
	chrome.runtime.sendMessage<Request, Reply<ModelStatus>>(request).then(showStatus);

async function load(): Promise<void> {
	const settings = parseSettings((await chrome.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
	field('apiUrl').value = settings.apiUrl;
	field('apiKey').value = settings.apiKey;
	field('fellowApiKey').value = settings.fellowApiKey;
	field('ownDomains').value = settings.ownDomains.join(', ');
	await ask({ type: 'status' });
}

form.addEventListener('submit', async (event) => {
	event.preventDefault();
	const settings = parseSettings({
		apiUrl: field('apiUrl').value,
		apiKey: field('apiKey').value,
		fellowApiKey: field('fellowApiKey').value,
		ownDomains: field('ownDomains')
			.value.split(',')
			.map((d) => d.trim().toLowerCase())
			.filter(Boolean)
	});
	await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
	saved.textContent = 'Saved';
	await ask({ type: 'sync' });
});

void load();
