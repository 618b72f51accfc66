import * as v from 'valibot';
import { DEMO_HEADER, DEMO_PREFIX } from '../contracts/demo';
import { worldOfWeek } from '../core/simulation';
import { LabeledCall } from '../core/schema/labeled-call';
import { MIN_TRAINING_CALLS, trainQualifier, type ModelArtifact } from '../core/scoring';
import { generateCalls } from '../core/synth';

/**
 * The demo history: a simulated past replayed against a running API through its public
 * endpoints, so the dashboard shows real monitoring data. For each simulated day, POST
 * /score/batch with that day's generated calls (the drifting world of `qualify simulate`, each
 * with a lead_id and its call_date), POST /outcomes for the outcomes that occur that day
 * (occurred_at in that day, 1–7 days after the call), and every `cycleEvery` days POST
 * /cycles/run, the retrain worker's own code path. The simulated weeks end today, so the
 * dashboard's rolling windows ("last 28 days") fall on them; weekly charts use the call and
 * outcome dates, cycles run on the server's clock.
 *
 * Every `retrainEvery` weeks an operator also trains a model with the core learner on the
 * outcomes known so far, uploads it and promotes it through /models — a promotion that does not
 * wait for a significant win.
 *
 * Everything is marked as demo data (lead and batch ids start with DEMO_PREFIX, requests carry
 * DEMO_HEADER) between POST /demo and POST /demo/finish, so DELETE /demo removes it all.
 * Used by `npm run seed:history` and by the dashboard's "Load demo history".
 */
export interface SeedOptions {
	/** Origin of the API ('' in the browser: same origin). */
	api: string;
	adminToken: string;
	/** @default 12 */
	weeks?: number;
	/** @default 30 */
	callsPerDay?: number;
	/** @default 1 */
	seed?: number;
	/** Days between learning cycles, 0 = never. @default 7 */
	cycleEvery?: number;
	/** Weeks between the operator's retrain-and-promote, 0 = never. @default 4 */
	retrainEvery?: number;
	/** After each simulated day; `message` on cycles, retrains and week ends. */
	onProgress?: (progress: SeedProgress) => void;
	/** @default globalThis.fetch */
	fetch?: typeof fetch;
}

export interface SeedProgress {
	day: number;
	days: number;
	leads: number;
	outcomes: number;
	cycles: number;
	message?: string;
}

export interface SeedSummary {
	from: string;
	leads: number;
	outcomes: number;
	cycles: number;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
/** Resolves at the start of the next second: cycle ids and model versions are named by the second. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));

export class SeedError extends Error {
	constructor(
		readonly path: string,
		readonly status: number,
		message: string
	) {
		super(`${path}: ${status} ${message}`);
	}
}

function client(options: SeedOptions) {
	const base = options.api.replace(/\/$/, '');
	const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
	const headers = {
		authorization: `Bearer ${options.adminToken}`,
		'content-type': 'application/json',
		[DEMO_HEADER]: '1'
	};
	return async (method: 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown> => {
		const res = await fetcher(`${base}${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await res.text();
		if (!res.ok) {
			let message = text;
			try {
				message = (JSON.parse(text) as { message?: string }).message ?? text;
			} catch {
				// not JSON: the text is the message
			}
			throw new SeedError(`${method} ${path}`, res.status, message);
		}
		return text ? JSON.parse(text) : undefined;
	};
}

interface Pending {
	call: LabeledCall;
	occurredAt: number;
}

export async function seedHistory(options: SeedOptions): Promise<SeedSummary> {
	const {
		weeks = 12,
		callsPerDay = 30,
		seed = 1,
		cycleEvery = 7,
		retrainEvery = 4,
		onProgress = () => {}
	} = options;
	const request = client(options);
	const today = Date.parse(new Date().toISOString().slice(0, 10));
	// The Monday `weeks` weeks back: week `weeks` is the current one.
	const start = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY - (weeks - 1) * 7 * DAY;
	const days = Math.floor((today - start) / DAY) + 1;

	/** One learning cycle, in a second of its own; a cron cycle running meanwhile → retry. */
	async function runCycle(): Promise<{ status: string; reason: string }> {
		await nextSecond();
		for (let attempt = 0; ; attempt++) {
			try {
				return (await request('POST', '/cycles/run', {})) as { status: string; reason: string };
			} catch (e) {
				if (attempt >= 3 || !(e instanceof SeedError) || e.status !== 409) throw e;
				await new Promise((resolve) => setTimeout(resolve, 1100));
			}
		}
	}

	/** Trains on the outcomes so far, uploads and promotes; a version taken this second → the next. */
	async function retrain(labelled: LabeledCall[], week: number): Promise<string> {
		for (let attempt = 1; ; attempt++) {
			await nextSecond();
			const { artifact }: { artifact: ModelArtifact } = await trainQualifier(labelled, {
				now: new Date(),
				seed: seed + week
			});
			try {
				await request('PUT', '/models', artifact);
			} catch (e) {
				if (attempt < 3 && e instanceof SeedError && e.status === 409) continue;
				throw e;
			}
			await request('POST', `/models/${artifact.version}/promote`);
			return artifact.version;
		}
	}

	await request('POST', '/demo');
	const pending: Pending[] = [];
	const labelled: LabeledCall[] = [];
	const done = { leads: 0, outcomes: 0, cycles: 0 };
	const report = (day: number, message?: string) => onProgress({ day, days, ...done, message });

	for (let week = 1; week <= weeks; week++) {
		for (let day = 0; day < 7; day++) {
			const date = start + ((week - 1) * 7 + day) * DAY;
			if (date > today) break;
			const dayIndex = (week - 1) * 7 + day + 1;
			const { calls } = generateCalls({
				rows: callsPerDay,
				seed: seed * 1000 + dayIndex,
				start: iso(date).slice(0, 10),
				days: 1,
				world: worldOfWeek(week)
			});
			const id = `${DEMO_PREFIX}${seed}-w${week}d${day}`;
			const parsed = calls.map((c, i) => v.parse(LabeledCall, { ...c, lead_id: `${id}-${i + 1}` }));
			await request('POST', '/score/batch', {
				batch_id: id,
				leads: parsed.map((c) => ({ ...c, progressed: undefined, voice_ai: undefined }))
			});
			done.leads += parsed.length;
			parsed.forEach((call, i) =>
				pending.push({ call, occurredAt: date + (1 + ((i * 7 + day) % 7)) * DAY + 15 * 3.6e6 })
			);
			const due = pending.filter((p) => p.occurredAt < date + DAY && p.occurredAt <= Date.now());
			if (due.length) {
				await request(
					'POST',
					'/outcomes',
					due.map((p) => ({
						lead_id: p.call.lead_id,
						progressed: p.call.progressed,
						voice_ai: p.call.voice_ai,
						occurred_at: iso(p.occurredAt)
					}))
				);
				done.outcomes += due.length;
				labelled.push(...due.map((p) => p.call));
				pending.splice(0, pending.length, ...pending.filter((p) => !due.includes(p)));
			}
			if (cycleEvery > 0 && dayIndex % cycleEvery === 0) {
				const cycle = await runCycle();
				done.cycles++;
				report(dayIndex, `day ${dayIndex}: learning cycle ${cycle.status} — ${cycle.reason}`);
			} else report(dayIndex);
		}
		if (retrainEvery > 0 && week % retrainEvery === 0 && week < weeks) {
			const day = Math.min(week * 7, days);
			if (labelled.length < MIN_TRAINING_CALLS)
				report(
					day,
					`week ${week}: ${labelled.length} outcomes, too few for the operator to retrain`
				);
			else {
				const version = await retrain(labelled, week);
				report(day, `week ${week}: trained and promoted ${version} on ${labelled.length} outcomes`);
			}
		}
		report(
			Math.min(week * 7, days),
			`week ${week}: ${done.leads} leads scored, ${done.outcomes} outcomes posted`
		);
	}
	await request('POST', '/demo/finish');
	return { from: iso(start).slice(0, 10), ...done };
}
