import { existsSync } from 'node:fs';
import { readFile, writeFile, rename } from 'node:fs/promises';
import { readJsonl } from '../src/lib/core/io';
import { join } from 'node:path';
import {
	MemoryStore,
	type CycleLog,
	type LabelledExample,
	type PointerChange,
	type Pointers
} from '../src/lib/core/lifecycle';
import type { ModelArtifact } from '../src/lib/core/scoring';
import {
	readJsonFile,
	readManifest,
	removeVersions,
	saveArtifact,
	setCurrent,
	StoreError
} from './model-store';

/** `lifecycle.json`: what the manifest does not hold. */
interface LifecycleState {
	pointers: Pointers;
	history: PointerChange[];
	log: CycleLog;
}

/**
 * The local store of `qualify learn`: DIR/models/ (artifacts + manifest.json, whose `current`
 * is the champion), DIR/outcomes.jsonl (one LabelledExample per line: lead, progressed,
 * voice_ai, occurred_at, served) and DIR/lifecycle.json (challenger pointer, pointer history,
 * cycle log). Loaded into a MemoryStore; `save` writes back what changed.
 */
export async function openDirStore(
	dir: string
): Promise<{ store: MemoryStore; save(): Promise<void> }> {
	const models = join(dir, 'models');
	const manifest = await readManifest(models);
	if (!manifest)
		throw new StoreError(
			`no ${join(models, 'manifest.json')}: copy models/ there or run qualify train --out ${models}`
		);
	const read = async (file: string) => (await readJsonFile(join(models, file))) as ModelArtifact;
	const current = manifest.versions.find((v) => v.version === manifest.current)!;
	const store = new MemoryStore(await read(current.file));
	for (const v of manifest.versions)
		if (v.version !== current.version) store.artifacts.set(v.version, await read(v.file));
	const outcomes = await readFile(join(dir, 'outcomes.jsonl'), 'utf8').catch(() => '');
	store.add(
		// One object per line, checked by readJsonl; written only by this store.
		(outcomes.trim() ? readJsonl(outcomes) : []).map((r) => r.value as unknown as LabelledExample)
	);
	const state = existsSync(join(dir, 'lifecycle.json'))
		? ((await readJsonFile(join(dir, 'lifecycle.json'))) as LifecycleState)
		: undefined;
	if (state) {
		store.current = { ...state.pointers, champion: manifest.current };
		store.history = state.history;
		store.log = state.log;
	}
	const known = new Set(manifest.versions.map((v) => v.version));
	return {
		store,
		async save() {
			for (const [version, artifact] of store.artifacts)
				if (!known.has(version)) await saveArtifact(models, artifact as ModelArtifact);
			await setCurrent(models, store.current.champion);
			// Challengers a cycle pruned (never served) leave the folder too.
			await removeVersions(
				models,
				[...known].filter((v) => !store.artifacts.has(v) && v !== store.current.champion)
			);
			const next: LifecycleState = {
				pointers: store.current,
				history: store.history,
				log: store.log
			};
			await writeFile(join(dir, 'lifecycle.json.partial'), JSON.stringify(next, null, '\t') + '\n');
			await rename(join(dir, 'lifecycle.json.partial'), join(dir, 'lifecycle.json'));
		}
	};
}
