import * as v from 'valibot';

/** What the Business view multiplies by; edited on the page, kept in this browser. */
export const Assumptions = v.object({
	/** Minutes an AE spends on a handoff that turns out unqualified. */
	minutesPerHandoff: v.pipe(v.number(), v.minValue(0), v.maxValue(600)),
	/** Pipeline value of one qualified lead an AE accepts. */
	valuePerQualifiedLead: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000_000)),
	currency: v.picklist(['USD', 'EUR', 'GBP'])
});
export type Assumptions = v.InferOutput<typeof Assumptions>;

export const DEFAULT_ASSUMPTIONS: Assumptions = {
	minutesPerHandoff: 30,
	valuePerQualifiedLead: 5000,
	currency: 'USD'
};

const KEY = 'fellow-qualify:dashboard:assumptions';

/** Reads the saved assumptions (defaults when none or invalid); localStorage, browser only. */
export function loadAssumptions(
	storage: Storage | undefined = globalThis.localStorage
): Assumptions {
	try {
		const saved = storage?.getItem(KEY);
		return saved ? v.parse(Assumptions, JSON.parse(saved)) : { ...DEFAULT_ASSUMPTIONS };
	} catch {
		return { ...DEFAULT_ASSUMPTIONS };
	}
}

export function saveAssumptions(
	value: Assumptions,
	storage: Storage | undefined = globalThis.localStorage
): void {
	if (v.is(Assumptions, value)) storage?.setItem(KEY, JSON.stringify(value));
}
