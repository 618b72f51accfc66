import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArtifact, type LoadedModel, type ModelArtifact } from '../src/lib/core/scoring';

/** `models/manifest.json`: the serving version and every version written here. */
export interface Manifest {
	current: string;
	versions: { version: string; file: string; created_at: string; sha256: string }[];
}

/** A models folder or model file that cannot be used: printed as one line by the CLI. */
export class StoreError extends Error {
	override readonly name = 'StoreError';
}

export const DEFAULT_MODELS = new URL('../models/', import.meta.url).pathname;

/** Writes the artifact as `<version>.json` and makes it current in the manifest (atomically). */
export async function saveArtifact(dir: string, artifact: ModelArtifact): Promise<string> {
	await mkdir(dir, { recursive: true });
	const file = `${artifact.version}.json`;
	await atomicWrite(join(dir, file), JSON.stringify(artifact) + '\n');
	const manifest = (await readManifest(dir)) ?? { current: artifact.version, versions: [] };
	manifest.versions = manifest.versions.filter((v) => v.version !== artifact.version);
	manifest.versions.push({
		version: artifact.version,
		file,
		created_at: artifact.created_at,
		sha256: artifact.sha256!
	});
	manifest.current = artifact.version;
	await atomicWrite(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return join(dir, file);
}

/** Makes a version already in the manifest the current (serving) one, atomically. */
export async function setCurrent(dir: string, version: string): Promise<void> {
	const manifest = await readManifest(dir);
	if (!manifest?.versions.some((v) => v.version === version))
		throw new StoreError(`${version} is not in ${join(dir, 'manifest.json')}`);
	manifest.current = version;
	await atomicWrite(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
}

/** Removes versions (never the current one) from the manifest, then their files. */
export async function removeVersions(dir: string, versions: readonly string[]): Promise<void> {
	const manifest = await readManifest(dir);
	if (!manifest || !versions.length) return;
	const gone = manifest.versions.filter(
		(v) => versions.includes(v.version) && v.version !== manifest.current
	);
	manifest.versions = manifest.versions.filter((v) => !gone.includes(v));
	await atomicWrite(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	await Promise.all(gone.map((v) => rm(join(dir, v.file), { force: true })));
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
	try {
		return (await readJsonFile(join(dir, 'manifest.json'))) as Manifest;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw e;
	}
}

/** A model file, or the current version of a models folder; verified before use. */
export async function loadModel(file?: string, dir = DEFAULT_MODELS): Promise<LoadedModel> {
	let path = file;
	if (!path) {
		const manifest = await readManifest(dir);
		if (!manifest)
			throw new StoreError(
				`no model: ${join(dir, 'manifest.json')} is missing — run qualify train first`
			);
		const entry = manifest.versions.find((v) => v.version === manifest.current);
		if (!entry)
			throw new StoreError(`manifest names ${manifest.current} as current but does not list it`);
		path = join(dir, entry.file);
	}
	return loadArtifact(await readJsonFile(path));
}

/** A JSON file of the store; one that does not parse is named in the error. */
export async function readJsonFile(path: string): Promise<unknown> {
	const text = await readFile(path, 'utf8');
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new StoreError(`${path} is not valid JSON (${(e as Error).message})`);
	}
}

async function atomicWrite(path: string, text: string): Promise<void> {
	await writeFile(`${path}.partial`, text);
	await rename(`${path}.partial`, path);
}
