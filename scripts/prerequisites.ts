// The first step of `npm test`: what the suites need from the system (Debian's Chromium for the
// browser, extension and dashboard tests; openssl for the extension test's certificate; Mesa's
// software renderers for the WebGPU kernel test through Dawn, see tests/gpu/dawn.ts). When
// something is missing it is installed from Debian's packages if this process may (root, and
// apt-get present); otherwise the run stops at once with the command to run — before minutes
// of other suites.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/browser/chromium';

const onPath = (command: string) =>
	spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/**
 * Dawn tries Vulkan first (lavapipe: mesa-vulkan-drivers, libvulkan1), then OpenGL ES on
 * llvmpipe through EGL (libegl1, libegl-mesa0, libgles2, libgl1-mesa-dri), which is what Debian
 * 12's Mesa 22.3 ends up serving. Checked with dpkg-query where there is one.
 */
const GPU_PACKAGES = [
	'mesa-vulkan-drivers',
	'libvulkan1',
	'libegl1',
	'libegl-mesa0',
	'libgles2',
	'libgl1-mesa-dri'
];
const installed = (pkg: string) =>
	spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes(
		'install ok installed'
	) ?? false;
const gpuMissing = onPath('dpkg-query') ? GPU_PACKAGES.filter((pkg) => !installed(pkg)) : [];

const missing = [
	...(existsSync(CHROMIUM) ? [] : [{ what: `Chromium (${CHROMIUM})`, pkg: 'chromium' }]),
	...(onPath('openssl') ? [] : [{ what: 'openssl', pkg: 'openssl' }]),
	...gpuMissing.map((pkg) => ({ what: `${pkg} (WebGPU on Mesa)`, pkg }))
];
if (missing.length) {
	const packages = missing.map((m) => m.pkg);
	const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
	const canInstall = process.getuid?.() === 0 && onPath('apt-get');
	if (!canInstall) {
		console.error(
			`npm test needs ${missing.map((m) => m.what).join(' and ')} from Debian's packages. Run:\n\n` +
				`  sudo apt-get update && sudo ${command}\n\n` +
				(existsSync(CHROMIUM) ? '' : 'or set CHROMIUM_PATH to a Chromium binary.\n')
		);
		process.exit(1);
	}
	console.error(`installing ${packages.join(', ')} from Debian's packages (${command})`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', '--no-install-recommends', ...packages]
	]) {
		const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
		if (run.status !== 0) {
			console.error(`apt-get ${args.join(' ')} failed (exit ${run.status})`);
			process.exit(1);
		}
	}
	if (!existsSync(CHROMIUM) || !onPath('openssl') || gpuMissing.some((pkg) => !installed(pkg))) {
		console.error(
			`still missing after apt-get: ${CHROMIUM}, openssl or Mesa (is CHROMIUM_PATH right?)`
		);
		process.exit(1);
	}
}
