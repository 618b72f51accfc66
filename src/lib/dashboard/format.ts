/** Display formats shared by the dashboard's views (one place, so units read the same everywhere). */

export const pct = (x: number | null | undefined, digits = 1) =>
	x === null || x === undefined || Number.isNaN(x) ? '—' : `${(100 * x).toFixed(digits)}%`;

export const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

export const int = (x: number) => Math.round(x).toLocaleString('en-US');

export const money = (x: number, currency: string) =>
	x.toLocaleString('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });

export const dateTime = (iso: string) =>
	new Date(iso).toLocaleString('en-GB', {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC'
	}) + ' UTC';

/** Age of an ISO timestamp in words: "3 h", "5 d". */
export function age(iso: string, now = Date.now()): string {
	const hours = (now - Date.parse(iso)) / 3.6e6;
	return hours < 48
		? `${Math.max(0, hours).toFixed(hours < 10 ? 1 : 0)} h`
		: `${Math.round(hours / 24)} d`;
}

/** `2026-11-23` → `23 Nov`: a week's Monday on a category axis. */
export const shortDay = (isoDate: string) =>
	new Date(`${isoDate.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	});

/** Axis labels of weeks by their Monday; labels that would overlap are left out. */
export const weekLabels = { formatter: shortDay, hideOverlap: true };
