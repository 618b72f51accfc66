import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODELS, readManifest } from './model-store';
import { describeFailure, main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'qualify-cli-'));
const file = (name: string, text: string) => {
	writeFileSync(join(dir, name), text);
	return join(dir, name);
};

/** Runs `qualify …` in-process; what it wrote to stderr and its exit code. */
async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
	const lines: string[] = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
	const code = await main(argv);
	return { code, stderr: lines.join('\n') };
}

afterEach(() => {
	vi.restoreAllMocks();
});

/** The failure ends in one line naming the command, and no stack frame anywhere. */
function expectOneLine(stderr: string, pattern: RegExp) {
	expect(stderr).not.toMatch(/^\s+at /m);
	const last = stderr.trim().split('\n').at(-1)!;
	expect(last).toMatch(/^qualify \w+: /);
	expect(last).toMatch(pattern);
}

describe('every CLI failure is one clear line with exit code 1 or 2', () => {
	it('usage errors (exit 2)', async () => {
		const { code, stderr } = await run('fit', '--data', 'x.csv');
		expect(code).toBe(2);
		expect(stderr).toMatch(/^qualify fit: --label is required/);
	});

	it('--quiet and -q are accepted by every command, anywhere in its flags', async () => {
		const out = join(dir, 'quiet.csv');
		expect((await run('generate', '--rows', '5', '-q', '--out', out)).code).toBe(0);
		const { code, stderr } = await run('fit', '--quiet', '--data', 'x.csv');
		expect(code).toBe(2);
		expect(stderr).toMatch(/^qualify fit: --label is required/);
	});

	it('an --out folder that is missing, before any of the work (a 12-week simulation, a fit)', async () => {
		const out = join(dir, 'missing', 'history.json');
		for (const argv of [
			['simulate', '--out', out],
			['fit', '--data', 'x.csv', '--label', 'y', '--out', out]
		]) {
			const { code, stderr } = await run(...argv);
			expect(code).toBe(2);
			expect(stderr).toMatch(
				/^qualify \w+: --out .*history\.json: its folder .*missing is missing/
			);
		}
	});

	it('a missing file', async () => {
		const { code, stderr } = await run('score', join(dir, 'nope.csv'));
		expect(code).toBe(1);
		expectOneLine(stderr, /ENOENT.*nope\.csv/);
	});

	it('a malformed CSV (DataFormatError)', async () => {
		const data = file('bad.csv', 'a,b\n1,"2\n');
		const { code, stderr } = await run('fit', '--data', data, '--label', 'a');
		expect(code).toBe(1);
		expectOneLine(stderr, /line 2: a quoted field is never closed/);
	});

	it('an unknown --label lists the columns as written', async () => {
		const data = file('t.csv', 'Customer ID,Age,Converted,\r\nA,31,Yes,\r\nB,40,No,\r\n');
		const { code, stderr } = await run('fit', '--data', data, '--label', 'Churn');
		expect(code).toBe(1);
		expectOneLine(stderr, /--label names "Churn", .* columns are Customer ID, Age, Converted$/);
	});

	it('too few rows to train (RangeError)', async () => {
		const data = file(
			'few.csv',
			'company_name,progressed,voice_ai\n' + 'Acme,1,0\nBeta,0,1\n'.repeat(5)
		);
		const { code, stderr } = await run('train', '--data', data, '--out', join(dir, 'm'));
		expect(code).toBe(1);
		expectOneLine(stderr, /need at least 50 labelled calls to train, got 10/);
	});

	it('a model file that is not JSON, and one that is not a model (ModelFormatError)', async () => {
		const lead = file('lead.json', '{"company_name":"Acme"}');
		const notJson = await run('score', '--model', file('m1.json', 'garbage'), lead);
		expect(notJson.code).toBe(1);
		expectOneLine(notJson.stderr, /m1\.json is not valid JSON/);
		const stale = await run('score', '--model', file('m2.json', '{"format":"other"}'), lead);
		expect(stale.code).toBe(1);
		expectOneLine(stale.stderr, /qualify score: .*format/i);
	});

	it('a models folder without a manifest (StoreError)', async () => {
		const lead = file('lead2.json', '{"company_name":"Acme"}');
		const { code, stderr } = await run('score', '--models', join(dir, 'empty'), lead);
		expect(code).toBe(1);
		expectOneLine(stderr, /no model: .*manifest\.json is missing — run qualify train first/);
	});

	it('a rollback with nothing to roll back to (RollbackError)', async () => {
		const store = join(dir, 'store');
		mkdirSync(join(store, 'models'), { recursive: true });
		const manifest = (await readManifest(DEFAULT_MODELS))!;
		const current = manifest.versions.find((v) => v.version === manifest.current)!;
		copyFileSync(join(DEFAULT_MODELS, current.file), join(store, 'models', current.file));
		writeFileSync(
			join(store, 'models', 'manifest.json'),
			JSON.stringify({ current: current.version, versions: [current] })
		);
		const { code, stderr } = await run('models', 'rollback', '--store', store);
		expect(code).toBe(1);
		expectOneLine(stderr, /qualify models: /);
	});

	it('anything else is named an internal error, with the stack one variable away', () => {
		expect(
			describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))
		).toBe(
			"internal error: Cannot read properties of undefined (reading 'x') (run with QUALIFY_DEBUG=1 for the stack trace)"
		);
		expect(describeFailure('thrown string')).toBe('failed: thrown string');
	});
});
