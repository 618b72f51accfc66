/**
 * Values as CRM and spreadsheet exports write them, read into the schema's forms: a head count
 * "1,200" or a size band "51-200", a date "Dec 3, 2026" or "23/11/2026". What cannot be read
 * without a guess ("03/04/2026": March or April?) is an error that says how to write it.
 */

export const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];

/** One count: "1200", "1,200", "5k", "2.5k". */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k|\d+)`;
const HEADCOUNT = new RegExp(
	String.raw`^(?:~|about |approx\.? |circa )?${COUNT}(?:\s*(?:-|–|to)\s*${COUNT})?\s*\+?(?:\s*(?:employees|people|staff|ftes?))?$`,
	'i'
);

const count = (s: string) =>
	/k$/i.test(s) ? Math.round(Number(s.slice(0, -1)) * 1000) : Number(s.replaceAll(',', ''));

/**
 * A head count from text: "1,200" → 1200, "5k" → 5000, "10,001+" → 10001, and a size band
 * "51-200" → its middle, 126 (CRMs export company size as bands). Undefined if unreadable.
 */
export function headcount(text: string): number | undefined {
	const m = HEADCOUNT.exec(text.trim());
	if (!m) return undefined;
	const low = count(m[1]!);
	return m[2] === undefined ? low : Math.round((low + count(m[2])) / 2);
}

const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
const MONTH_FIRST = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?[ ,-]+(\d{4})$/i;

/** `2024-02-05` (or a date-time), checked against the calendar (Date.parse rolls 02-30 over). */
export function isIsoDate(s: string): boolean {
	const m = ISO_DATE.exec(s);
	return m !== null && !isNaN(Date.parse(s)) && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validDay(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

const iso = (year: number, month: number, day: number) =>
	validDay(year, month, day)
		? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
		: undefined;

const MONTH_NAME =
	/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** 1-based month of "Dec", "december" or "Sept"; undefined for anything else. */
const monthOf = (name: string) =>
	MONTH_NAME.test(name) ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 : undefined;

/**
 * A calendar date from text: ISO as given; "2026/12/03", "Dec 3, 2026", "3 December 2026" and
 * day-month or month-day numbers where the numbers decide ("23/11/2026", "11/23/2026") as
 * `YYYY-MM-DD`; `order` settles "03/04/2026" (a file's other dates tell, see
 * {@link numericDateOrder}). An error when the text cannot be read without a guess, saying why.
 */
export function calendarDate(
	text: string,
	order?: 'day-first' | 'month-first'
): { date: string } | { error: string } {
	const s = text.trim();
	if (isIsoDate(s)) return { date: s };
	const fail = { error: 'expected a date such as 2024-02-05 (ISO), Feb 5, 2024 or 5 Feb 2024' };
	const monthFirst = MONTH_FIRST.exec(s);
	const dayFirst = DAY_FIRST.exec(s);
	if (monthFirst || dayFirst) {
		const [monthName, day, year] = monthFirst
			? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
			: [dayFirst![2]!, dayFirst![1]!, dayFirst![3]!];
		const month = monthOf(monthName);
		return orFail(month === undefined ? undefined : iso(Number(year), month, Number(day)), fail);
	}
	const m = NUMERIC_DATE.exec(s);
	if (!m) return fail;
	const [a, b, c] = [Number(m[1]), Number(m[3]), Number(m[4])];
	if (m[1]!.length === 4) return orFail(iso(a, b, c), fail);
	if (m[4]!.length !== 4) return fail;
	// Dots are written day first ("03.12.2026", as in Germany); slashes either way.
	if (a > 12 || m[2] === '.') return orFail(iso(c, b, a), fail);
	if (b > 12) return orFail(iso(c, a, b), fail);
	if (a === b) return orFail(iso(c, a, b), fail);
	if (order) return orFail(order === 'day-first' ? iso(c, b, a) : iso(c, a, b), fail);
	return {
		error: `ambiguous date "${s}": day/month or month/day? Write it as ${iso(c, a, b)} or ${iso(c, b, a)}`
	};
}

const orFail = (date: string | undefined, fail: { error: string }) => (date ? { date } : fail);

/**
 * The order a column's numeric dates are written in, when one of them shows it ("23/11/2026"
 * is day first) and none contradicts it; undefined otherwise.
 */
export function numericDateOrder(
	cells: Iterable<unknown>
): 'day-first' | 'month-first' | undefined {
	let dayFirst = false;
	let monthFirst = false;
	for (const cell of cells) {
		const m = typeof cell === 'string' ? NUMERIC_DATE.exec(cell.trim()) : null;
		if (!m || m[1]!.length === 4 || m[2] === '.') continue;
		if (Number(m[1]) > 12) dayFirst = true;
		if (Number(m[3]) > 12) monthFirst = true;
	}
	return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}
