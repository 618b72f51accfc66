import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A test-only stand-in for the edge API (workers/api) with its contracts: GET /models/current
 * (artifact JSON, ETag / If-None-Match → 304) and POST /outcomes (idempotent by lead_id).
 * CORS is open because the app is served from another origin.
 */
export interface ApiStub {
	url: string;
	modelRequests: { ifNoneMatch: string | null; status: number }[];
	outcomes: Map<string, unknown>;
	close(): Promise<void>;
}

export async function startApiStub(artifact: { sha256?: string }): Promise<ApiStub> {
	const etag = `"${artifact.sha256}"`;
	const body = JSON.stringify(artifact);
	const modelRequests: ApiStub['modelRequests'] = [];
	const outcomes = new Map<string, unknown>();
	const server: Server = createServer(async (req, res) => {
		res.setHeader('Access-Control-Allow-Origin', '*');
		res.setHeader('Access-Control-Allow-Headers', 'Content-Type, If-None-Match');
		res.setHeader('Access-Control-Expose-Headers', 'ETag');
		if (req.method === 'OPTIONS') return res.writeHead(204).end();
		if (req.method === 'GET' && req.url === '/models/current') {
			const ifNoneMatch = req.headers['if-none-match'] ?? null;
			const status = ifNoneMatch === etag ? 304 : 200;
			modelRequests.push({ ifNoneMatch, status });
			if (status === 304) return res.writeHead(304, { ETag: etag }).end();
			return res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
		}
		if (req.method === 'POST' && req.url === '/outcomes') {
			const outcome = JSON.parse(await readBody(req)) as { lead_id: string };
			const duplicate = outcomes.has(outcome.lead_id);
			outcomes.set(outcome.lead_id, outcome);
			return res
				.writeHead(duplicate ? 200 : 201, { 'Content-Type': 'application/json' })
				.end(JSON.stringify({ lead_id: outcome.lead_id, duplicate }));
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		modelRequests,
		outcomes,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

async function readBody(req: IncomingMessage): Promise<string> {
	let text = '';
	for await (const chunk of req) text += chunk;
	return text;
}
