import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const root = new URL('../../', import.meta.url).pathname;
const vite = `${root}node_modules/.bin/vite`;

/** Builds the app (service worker included) against `apiBase` and serves it with vite preview. */
export async function buildAndPreview(apiBase: string): Promise<{ url: string; stop(): void }> {
	const built = spawnSync(vite, ['build', '--logLevel', 'warn'], {
		cwd: root,
		env: { ...process.env, VITE_API_BASE: apiBase },
		encoding: 'utf8'
	});
	if (built.status !== 0) throw new Error(`vite build failed:\n${built.stderr}`);
	const port = await freePort();
	const server: ChildProcess = spawn(
		vite,
		['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ cwd: root, stdio: 'ignore' }
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	server.kill();
	throw new Error(`vite preview did not answer on ${url}`);
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}
