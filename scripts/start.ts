// `npm start`: build, migrate local D1, seed R2 with the baseline model if no model serves,
// then serve the API and the app on http://127.0.0.1:8787 and the retraining worker (cron) on
// :8788 (wrangler dev, no account, no network).
import { devVars, prepare, seedBaseline, serve, serveRetrain, waitForHealth } from './local';

const PORT = 8787;
const RETRAIN_PORT = 8788;
const base = `http://127.0.0.1:${PORT}`;
const vars = devVars();
prepare();
const server = serve(PORT);
const retrain = serveRetrain(RETRAIN_PORT);
const stop = () => {
	for (const child of [server, retrain]) if (child.pid) process.kill(-child.pid, 'SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
	stop();
	process.exit(code ?? 0);
});

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
	`\nFellow Qualify API and app on ${base} (docs: ${base}/docs, admin token in .dev.vars)` +
		`\nretraining cron: curl "http://127.0.0.1:${RETRAIN_PORT}/__scheduled?cron=0+3+*+*+*"\n`
);
