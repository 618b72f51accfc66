// Copies the /docs page's script (Scalar's standalone bundle, from npm) into the API worker's
// static assets, so the interactive docs load from this origin with no CDN.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('@scalar/api-reference/browser/standalone.js');
const target = new URL('../workers/api/public/docs/', import.meta.url);
mkdirSync(target, { recursive: true });
copyFileSync(source, new URL('scalar.js', target));
