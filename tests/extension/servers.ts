import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Recorded {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface Reply {
	status?: number;
	headers?: Record<string, string>;
	body?: string;
}

/** Answers one request; undefined → 404. */
export type Handler = (req: Recorded) => Reply | undefined;

/** A local server that records every request and answers through `handler` (404 otherwise). */
export interface TestServer {
	port: number;
	requests: Recorded[];
	handler: Handler;
	close(): Promise<void>;
}

/** Self-signed certificate for *.fellow.app, made at test time (Node cannot mint X.509 itself). */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
	const dir = mkdtempSync(join(tmpdir(), 'fq-cert-'));
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'2',
			'-keyout',
			join(dir, 'key.pem'),
			'-out',
			join(dir, 'cert.pem'),
			'-subj',
			'/CN=fellow.app',
			'-addext',
			'subjectAltName=DNS:*.fellow.app'
		],
		{ stdio: 'ignore' }
	);
	return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

async function serve(
	make: (listener: Parameters<typeof createHttpServer>[1]) => Server,
	handler: Handler
): Promise<TestServer> {
	const requests: Recorded[] = [];
	const state = { handler };
	const server = make((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			const recorded = { method: req.method!, path: req.url!, headers: req.headers, body };
			requests.push(recorded);
			const reply = state.handler(recorded) ?? { status: 404, body: 'not found' };
			res.writeHead(reply.status ?? 200, reply.headers ?? {});
			res.end(reply.body ?? '');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.address() as AddressInfo).port,
		requests,
		get handler() {
			return state.handler;
		},
		set handler(h) {
			state.handler = h;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** HTTPS, for pages and Fellow's API under *.fellow.app (Chromium maps the host here). */
export function startHttpsServer(handler: Handler): Promise<TestServer> {
	const tls = selfSignedCert();
	return serve((listener) => createHttpsServer(tls, listener), handler);
}

/** Plain HTTP on 127.0.0.1, standing in for the edge API. */
export function startHttpServer(handler: Handler): Promise<TestServer> {
	return serve((listener) => createHttpServer(listener), handler);
}
