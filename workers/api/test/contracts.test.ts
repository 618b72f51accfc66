import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { RESPONSES, type ResponseName } from '../src/openapi/schemas';
import { ADMIN, call, SEED_LEAD, serveBaseline } from './helpers';

// Every documented GET whose answer names a response schema is called and its body parsed with
// that schema — the one the handler types its answer with and the dashboard parses with — and
// no key may appear that the schema does not name, so a renamed or added key fails here.
type Operation = {
	parameters?: { name: string; in: string; required?: boolean; schema?: { default?: unknown } }[];
	responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
/** The document the API serves (generated from its routes), read once. */
let PATHS: Record<string, Record<string, Operation>>;

/** Keys of `value` that its object schema (recursively) does not name. */
function unknownKeys(schema: v.GenericSchema, value: unknown, at = ''): string[] {
	const s = schema as v.GenericSchema & {
		type: string;
		entries?: Record<string, v.GenericSchema>;
		options?: v.GenericSchema[];
		item?: v.GenericSchema;
		wrapped?: v.GenericSchema;
	};
	if (s.wrapped) return value == null ? [] : unknownKeys(s.wrapped, value, at);
	if (s.type === 'array' && Array.isArray(value) && s.item)
		return value.flatMap((x, i) => unknownKeys(s.item!, x, `${at}[${i}]`));
	if (s.type === 'variant' && s.options)
		return s.options.some((o) => v.is(o, value))
			? unknownKeys(
					s.options.find((o) => v.is(o, value))!,
					value,
					at
				)
			: [];
	if (s.type !== 'object' || !s.entries || typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, x]) =>
		k in s.entries! ? unknownKeys(s.entries![k]!, x, `${at}.${k}`) : [`${at}.${k}`]
	);
}

beforeAll(async () => {
	await serveBaseline();
	PATHS = ((await (await call('/openapi.json')).json()) as { paths: typeof PATHS }).paths;
	const scored = await call('/score', {
		method: 'POST',
		headers: ADMIN,
		json: { ...SEED_LEAD, lead_id: 'contract-1', call_date: new Date().toISOString().slice(0, 10) }
	});
	expect(scored.status).toBe(200);
	await call('/outcomes', {
		method: 'POST',
		headers: ADMIN,
		json: { lead_id: 'contract-1', progressed: true }
	});
});

/** The response schema PATHS names for an operation's status, if any. */
function documented(path: string, method: string, status: number) {
	const ref =
		PATHS[path]?.[method]?.responses?.[String(status)]?.content?.['application/json']?.schema?.$ref;
	const name = ref?.split('/').at(-1);
	return name && name in RESPONSES ? RESPONSES[name as ResponseName] : undefined;
}

async function expectDocumented(res: Response, path: string, method: string) {
	const schema = documented(path, method, res.status);
	if (!schema) throw new Error(`${method} ${path} ${res.status}: no response schema documented`);
	const body: unknown = await res.json();
	const parsed = v.safeParse(schema, body);
	expect(parsed.issues?.map((i) => `${path} ${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
	expect(unknownKeys(schema, body)).toEqual([]);
	return body;
}

describe('documented responses are what the API sends', () => {
	it('names a response schema for every answer of every route', () => {
		const missing: string[] = [];
		for (const [path, ops] of Object.entries(PATHS))
			for (const [method, op] of Object.entries(ops))
				for (const [status, reply] of Object.entries(op.responses ?? {})) {
					if (status === '304') continue;
					const [[media, body] = []] = Object.entries(reply.content ?? {});
					const named = body?.schema?.$ref?.split('/').at(-1);
					const ok = media === 'application/json' ? !!named && named in RESPONSES : !!body?.schema;
					if (!ok) missing.push(`${method} ${path} ${status}`);
				}
		expect(missing).toEqual([]);
		expect(Object.keys(PATHS).length).toBeGreaterThan(20);
	});

	it('every GET without path parameters answers with its documented schema', async () => {
		const gets = Object.entries(PATHS).flatMap(([path, ops]) =>
			ops.get?.responses?.['200']?.content?.['application/json'] && !path.includes('{')
				? [{ path, get: ops.get }]
				: []
		);
		expect(gets.map((g) => g.path)).toEqual(
			expect.arrayContaining([
				'/demo',
				'/health',
				'/models',
				'/monitoring/features',
				'/openapi.json'
			])
		);
		for (const { path, get } of gets) {
			const query = new URLSearchParams(
				(get.parameters ?? [])
					.filter((p) => p.in === 'query' && p.schema?.default !== undefined)
					.map((p) => [p.name, String(p.schema!.default)])
			);
			const res = await call(`${path}${query.size ? `?${query}` : ''}`, { headers: ADMIN });
			expect(res.status, path).toBe(200);
			await expectDocumented(res, path, 'get');
		}
	});

	it('writes and path-parameter reads answer with their documented schemas', async () => {
		const lead = { ...SEED_LEAD, lead_id: 'contract-2' };
		const post = (path: string, json?: unknown) =>
			call(path, { method: 'POST', headers: ADMIN, ...(json === undefined ? {} : { json }) });
		await expectDocumented(await post('/score', lead), '/score', 'post');
		const refused = await post('/score', { ...lead, employee_count: 'many' });
		expect(refused.status).toBe(400);
		await expectDocumented(refused, '/score', 'post');
		const badVersion = await call('/models/not-a-version', { headers: ADMIN });
		expect(badVersion.status).toBe(400);
		expect(await expectDocumented(badVersion, '/models/{version}', 'get')).toMatchObject({
			error: 'invalid_version',
			field: 'version'
		});
		await expectDocumented(
			await post('/score/batch', { leads: [lead, { company_name: '' }] }),
			'/score/batch',
			'post'
		);
		await expectDocumented(
			await post('/outcomes', { lead_id: 'contract-2', progressed: false }),
			'/outcomes',
			'post'
		);
		const record = (await expectDocumented(
			await post('/cycles/run', {}),
			'/cycles/run',
			'post'
		)) as { id: string };
		await expectDocumented(await call(`/cycles/${record.id}`), '/cycles/{id}', 'get');
		const { serving } = (await (await call('/models')).json()) as { serving: string };
		await expectDocumented(await call(`/models/${serving}`), '/models/{version}', 'get');
		await expectDocumented(await call('/models/current'), '/models/current', 'get');
		await expectDocumented(
			await call(`/models/${serving}/artifact`),
			'/models/{version}/artifact',
			'get'
		);
		await expectDocumented(
			await post(`/models/${serving}/promote`),
			'/models/{version}/promote',
			'post'
		);
	});
});
