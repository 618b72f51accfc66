/**
 * Timelines as people write them ("in January", "Q3", "H1 '27", "until 2028"), as months ahead
 * of the call. Without a call date a month or quarter cannot be placed and reads as unknown.
 */

import { MONTHS } from '../../schema/exported';

const MONTH = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[ ,]+(20\d\d)|[- ]?ish)?$/;
const QUARTER = /^(q[1-4]|h1)(?:[ '’-]*(?:20)?(\d{2}))?$/;

/** Year and 0-based month of an ISO call date. */
export interface CallMonth {
	year: number;
	month: number;
}

export function callMonth(date: string | undefined): CallMonth | undefined {
	if (date === undefined) return undefined;
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7)) - 1;
	return Number.isInteger(year) && month >= 0 && month < 12 ? { year, month } : undefined;
}

/** Months from the call to a phrase such as "by january" or "end of march 2027"; undefined if unknown. */
export function monthsUntilMonth(phrase: string, call: CallMonth | undefined): number | undefined {
	const m = MONTH.exec(phrase);
	if (!m || !call) return undefined;
	const month = MONTHS.indexOf(m[1]!);
	if (m[2] !== undefined) return (Number(m[2]) - call.year) * 12 + month - call.month;
	// A bare month is the next one of that name (a call in November saying "January" means soon).
	return (month - call.month + 12) % 12;
}

/** Months from the call to the start of a quarter ("q3", "q1 '27", "h1"); undefined if unknown. */
export function monthsUntilQuarter(
	phrase: string,
	call: CallMonth | undefined
): number | undefined {
	const m = QUARTER.exec(phrase);
	if (!m || !call) return undefined;
	const month = m[1] === 'h1' ? 0 : (Number(m[1]![1]) - 1) * 3;
	if (m[2] !== undefined) return (2000 + Number(m[2]) - call.year) * 12 + month - call.month;
	const ahead = month - call.month;
	// The quarter the call is in reads as now; an earlier one as next year's.
	return ahead > -3 ? Math.max(ahead, 0) : ahead + 12;
}

/** Years from the call to a year named alone; undefined without a call date. */
export function yearsUntil(phrase: string, call: CallMonth | undefined): number | undefined {
	return call ? Number(phrase) - call.year : undefined;
}
