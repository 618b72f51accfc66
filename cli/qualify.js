#!/usr/bin/env node
// The `qualify` CLI: TypeScript sources run through tsx's loader, so the CLI and the app share
// one core without a separate build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`qualify … | head`) ends output, not the process with a stack trace.
process.stdout.on('error', (e) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
