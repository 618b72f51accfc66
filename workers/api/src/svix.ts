import { ApiError } from '../../shared/errors';

/** Svix's replay window: a delivery signed more than 5 minutes away from now is refused. */
export const SVIX_TOLERANCE_S = 5 * 60;

export interface SvixHeaders {
	id?: string;
	timestamp?: string;
	signature?: string;
}

const fail = (message: string, field?: string) =>
	new ApiError(401, 'invalid_signature', message, field);

/**
 * Verifies a Svix-signed webhook (https://docs.svix.com/receiving/verifying-payloads/how-manual):
 * `svix-signature` holds space-separated `v1,<base64 HMAC-SHA256>` entries over
 * `${svix-id}.${svix-timestamp}.${body}`, keyed with the base64 secret after `whsec_`. Each
 * candidate is checked with crypto.subtle.verify, which compares in constant time.
 */
export async function verifySvix(
	secret: string,
	headers: SvixHeaders,
	body: string,
	nowMs = Date.now()
): Promise<void> {
	const { id, timestamp, signature } = headers;
	if (!id) throw fail('the svix-id header is missing', 'svix-id');
	if (!timestamp || !/^\d{1,12}$/.test(timestamp))
		throw fail('the svix-timestamp header is missing or not a number', 'svix-timestamp');
	if (!signature) throw fail('the svix-signature header is missing', 'svix-signature');
	if (Math.abs(nowMs / 1000 - Number(timestamp)) > SVIX_TOLERANCE_S)
		throw fail('the svix-timestamp is outside the 5-minute window (replayed?)', 'svix-timestamp');
	const key = await crypto.subtle.importKey(
		'raw',
		base64Bytes(secret.replace(/^whsec_/, '')),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['verify']
	);
	const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
	for (const entry of signature.split(' ')) {
		const [scheme, value] = entry.split(',', 2);
		if (scheme !== 'v1' || !value) continue;
		const mac = tryBase64Bytes(value);
		if (mac && (await crypto.subtle.verify('HMAC', key, mac, signed))) return;
	}
	throw fail('no svix-signature matches the body', 'svix-signature');
}

function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
}

function tryBase64Bytes(b64: string): Uint8Array<ArrayBuffer> | undefined {
	try {
		return base64Bytes(b64);
	} catch {
		return undefined;
	}
}
