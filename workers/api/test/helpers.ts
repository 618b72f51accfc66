import { env, SELF } from 'cloudflare:test';

export const ADMIN = { authorization: `Bearer ${env.ADMIN_TOKEN}` };
export const JSON_TYPE = { 'content-type': 'application/json' };

/** A request to the worker's real entry point (routing, middleware, bindings, waitUntil). */
export function call(path: string, init: RequestInit & { json?: unknown } = {}) {
	const { json, headers, ...rest } = init;
	return SELF.fetch(`http://api.test${path}`, {
		...rest,
		headers: { ...(json === undefined ? {} : JSON_TYPE), ...headers },
		body: json === undefined ? rest.body : JSON.stringify(json)
	});
}

export type Artifact = {
	version: string;
	sha256: string;
	thresholds: { ae_handoff: number };
} & Record<string, unknown>;
export const baseline = () => JSON.parse(env.BASELINE_MODEL) as Artifact;

/** Registers the committed baseline model and makes it serve. */
export async function serveBaseline(): Promise<string> {
	const artifact = baseline();
	const upload = await call('/models', { method: 'PUT', headers: ADMIN, json: artifact });
	if (upload.status >= 300) throw new Error(`upload: ${upload.status} ${await upload.text()}`);
	const promote = await call(`/models/${artifact.version}/promote`, {
		method: 'POST',
		headers: ADMIN
	});
	if (promote.status !== 200) throw new Error(`promote: ${promote.status} ${await promote.text()}`);
	return artifact.version;
}

export const SEED_LEAD = {
	company_name: 'VoiceFlow AI',
	industry: 'Conversational AI',
	call_notes: 'Discussed Voice AI integration needs…'
};
