#!/usr/bin/env node
// The `qualify` CLI: TypeScript sources run through tsx's loader, so the CLI and the app share
// one core without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
