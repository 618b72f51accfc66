// Builds the unpacked extension into dist/extension/ and zips it for the Chrome Web Store:
// `npm run build:extension`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'extension');
const OUT = join(root, 'dist/extension');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const models = join(root, 'models');
const current = (
	JSON.parse(readFileSync(join(models, 'manifest.json'), 'utf8')) as { current: string }
).current;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'model'), { recursive: true });

await build({
	entryPoints: {
		content: join(src, 'src/content/content.ts'),
		'service-worker': join(src, 'src/background/service-worker.ts'),
		options: join(src, 'src/options/options.ts')
	},
	outdir: OUT,
	bundle: true,
	// Classic scripts: content scripts cannot be modules, and one format keeps the build simple.
	format: 'iife',
	platform: 'browser',
	target: 'chrome120',
	// Readable output: store reviewers read it, and nothing is loaded from elsewhere at runtime.
	minify: false,
	legalComments: 'none',
	logLevel: 'warning'
});

// MV3 forbids eval-like code in extension pages (CSP script-src 'self'); fail the build rather
// than ship a bundle that breaks at runtime.
for (const file of ['content.js', 'service-worker.js', 'options.js']) {
	const code = readFileSync(join(OUT, file), 'utf8');
	const hit = /\bnew Function\s*\(|\beval\s*\(/.exec(code);
	if (hit) throw new Error(`${file} contains ${hit[0]}: not allowed under the extension CSP`);
}

const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8')) as Record<
	string,
	unknown
>;
writeFileSync(
	join(OUT, 'manifest.json'),
	JSON.stringify({ ...manifest, version: pkg.version }, null, '\t')
);
for (const file of ['options.html', 'options.css'])
	copyFileSync(join(src, 'src/options', file), join(OUT, file));
copyFileSync(join(models, `${current}.json`), join(OUT, 'model/baseline.json'));

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}
const zipPath = join(root, `dist/fellow-qualify-extension-${pkg.version}.zip`);
writeFileSync(
	zipPath,
	zipSync(Object.fromEntries(filesUnder(OUT).map((f) => [relative(OUT, f), readFileSync(f)])), {
		level: 9
	})
);
console.log(`built ${relative(root, OUT)}/ (model ${current}) and ${relative(root, zipPath)}`);
