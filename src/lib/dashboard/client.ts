import * as v from 'valibot';
import { CycleLog } from '../contracts/cycles';
import { DemoRemoval, DemoStatus } from '../contracts/demo';
import { Health } from '../contracts/health';
import { ModelRegistry } from '../contracts/models';
import type { CycleLog as CoreCycleLog } from '../core/lifecycle';
import {
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	RequestSeries
} from '../contracts/monitoring';

/**
 * The dashboard's typed view of the edge API (same origin: the API worker owns /health,
 * /models, /monitoring, /cycles and passes /dashboard to the app). Every response is parsed
 * with a schema, so charts receive exactly the promised shapes or a clear error.
 */

export { AccuracyReport, BusinessReport, FeatureReport, Health, ModelRegistry, RequestSeries };

export class ApiRequestError extends Error {
	constructor(
		readonly path: string,
		readonly status: number,
		message: string
	) {
		super(`${path}: ${status} ${message}`);
	}
}

type Fetch = typeof fetch;
const JSON_ACCEPT = { accept: 'application/json' };

async function apiError(path: string, res: Response): Promise<ApiRequestError> {
	const body = (await res.json().catch(() => ({}))) as { message?: string };
	return new ApiRequestError(path, res.status, body.message ?? res.statusText);
}

/** GET and parse; `accept` lists non-2xx statuses whose body is still a valid answer. */
async function getJson<S extends v.GenericSchema>(
	fetcher: Fetch,
	path: string,
	schema: S,
	accept: number[] = []
): Promise<v.InferOutput<S>> {
	const res = await fetcher(path, { headers: JSON_ACCEPT });
	if (!res.ok && !accept.includes(res.status)) throw await apiError(path, res);
	return v.parse(schema, await res.json());
}

/** Read side of the dashboard; pass the load function's `fetch`. */
export function dashboardApi(fetcher: Fetch) {
	return {
		// /health answers 503 with its report when degraded: still worth showing.
		health: () => getJson(fetcher, '/health', Health, [503]),
		models: () => getJson(fetcher, '/models', ModelRegistry),
		accuracy: (weeks = 12) =>
			getJson(fetcher, `/monitoring/accuracy?weeks=${weeks}`, AccuracyReport),
		business: (weeks = 12) =>
			getJson(fetcher, `/monitoring/business?weeks=${weeks}`, BusinessReport),
		features: (weeks = 12) =>
			getJson(fetcher, `/monitoring/features?weeks=${weeks}`, FeatureReport),
		requests: (hours: number, bucketMinutes: number) =>
			getJson(
				fetcher,
				`/monitoring/requests/series?hours=${hours}&bucket_minutes=${bucketMinutes}`,
				RequestSeries
			),
		demo: () => getJson(fetcher, '/demo', DemoStatus),
		/** The last 50 learning cycles (newest first) and the summary of older ones. */
		cycles: async (): Promise<CoreCycleLog> => {
			const res = await fetcher('/cycles', { headers: JSON_ACCEPT });
			if (!res.ok) throw await apiError('/cycles', res);
			const body: unknown = await res.json();
			v.parse(CycleLog, body);
			const { cycles, older } = body as {
				cycles: CoreCycleLog['recent'];
				older: CoreCycleLog['older'];
			};
			return { recent: cycles, older };
		}
	};
}

/** Removes the demo history (admin); the token is sent, never stored. */
export async function removeDemo(token: string): Promise<DemoRemoval> {
	const res = await fetch('/demo', {
		method: 'DELETE',
		headers: { ...JSON_ACCEPT, authorization: `Bearer ${token}` }
	});
	if (!res.ok) throw await apiError('/demo', res);
	return v.parse(DemoRemoval, await res.json());
}

/** Admin actions of the Models view; the token is sent, never stored. */
export async function switchModel(
	action: { kind: 'promote'; version: string } | { kind: 'rollback' },
	token: string
): Promise<{ version: string; previous: string | null }> {
	const path = action.kind === 'promote' ? `/models/${action.version}/promote` : '/models/rollback';
	const res = await fetch(path, {
		method: 'POST',
		headers: { ...JSON_ACCEPT, authorization: `Bearer ${token}` }
	});
	if (!res.ok) throw await apiError(path, res);
	return (await res.json()) as { version: string; previous: string | null };
}
