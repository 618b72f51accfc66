// `npm start`: build, migrate local D1, seed R2 with the baseline model if no model serves,
// then serve the API and the app on http://127.0.0.1:8787 (wrangler dev, no account, no network).
import { devVars, prepare, seedBaseline, serve, waitForHealth } from './local';

const PORT = 8787;
const base = `http://127.0.0.1:${PORT}`;
const vars = devVars();
prepare();
const server = serve(PORT);
const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));

try {
	const health = await waitForHealth(base);
	if (!health.model)
		console.log(`seeded the baseline model ${await seedBaseline(base, vars.ADMIN_TOKEN!)}`);
} catch (e) {
	console.error((e as Error).message);
	stop();
	process.exit(1);
}
console.log(
	`\nFellow Qualify API and app on ${base} (docs: ${base}/docs, admin token in .dev.vars)\n`
);
