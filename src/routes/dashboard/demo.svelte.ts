import { invalidate } from '$app/navigation';
import { removeDemo } from '$lib/dashboard/client';
import type { SeedProgress } from '$lib/demo/seed-history';
import { DASHBOARD_DATA } from './refresh';

/**
 * The demo history's load or removal in progress, shared by every view (a load keeps running,
 * and its progress stays on screen, while the user moves between views). The admin token is kept
 * in memory for this page's life only.
 */
export const demo = $state<{
	token: string;
	busy: 'loading' | 'removing' | null;
	progress: SeedProgress | null;
	error: string;
	done: string;
}>({ token: '', busy: null, progress: null, error: '', done: '' });

async function act(kind: 'loading' | 'removing', work: () => Promise<string>) {
	demo.busy = kind;
	demo.error = '';
	demo.done = '';
	try {
		demo.done = await work();
	} catch (e) {
		demo.error = (e as Error).message;
	} finally {
		demo.busy = null;
		demo.progress = null;
		await invalidate(DASHBOARD_DATA);
	}
}

/** Replays the demo weeks from this browser through the API (the seeder is loaded on demand). */
export const loadDemo = () =>
	act('loading', async () => {
		const { seedHistory } = await import('$lib/demo/seed-history');
		const summary = await seedHistory({
			api: '',
			adminToken: demo.token,
			onProgress: (p) => (demo.progress = p)
		});
		return `Loaded ${summary.leads} demo leads, ${summary.outcomes} outcomes and ${summary.cycles} learning cycles from ${summary.from}.`;
	});

export const unloadDemo = () =>
	act('removing', async () => {
		const removed = await removeDemo(demo.token);
		return `Removed the demo history: ${removed.leads} leads, ${removed.outcomes} outcomes, ${removed.cycles} cycles, ${removed.models.length} models; ${removed.serving} serves.`;
	});
