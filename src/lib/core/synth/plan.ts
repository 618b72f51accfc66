import type { Company } from './companies';
import type { Draw } from './draw';
import type { Product } from './products';
import type { Traits } from './traits';
import { TITLES } from './vocabulary/authority';
import { VENDORS } from './vocabulary/incumbent';
import { FIRST_NAMES, LAST_NAMES, type RepRole } from './vocabulary/people';
import { SOURCES } from './vocabulary/small-talk';

export const STYLES = [
	'bullets',
	'transcript',
	'fellow_summary',
	'crm_terse',
	'narrative',
	'email_recap'
] as const;
export type Style = (typeof STYLES)[number];
/** Fellow's own summary is what most teams keep, so it is somewhat more common. */
const STYLE_WEIGHTS = [15, 15, 25, 15, 15, 15];

export type Topic = 'voice' | 'budget' | 'timeline' | 'authority' | 'incumbent' | 'depth';
export const TOPICS: readonly Topic[] = [
	'voice',
	'budget',
	'timeline',
	'authority',
	'incumbent',
	'depth'
];

/** Each topic's level that gives a rep nothing to write down (budget unclear, no vendor, …). */
export const UNINFORMATIVE: Readonly<Record<Topic, number>> = {
	voice: 0,
	budget: 1,
	timeline: 1,
	authority: 1,
	incumbent: 0,
	depth: 0
};

/**
 * P(a topic is left out): `quiet` at its uninformative level, `told` otherwise. Reps skip what
 * did not come up, so "not mentioned" is common but still means "probably uninformative", which
 * keeps the Bayes-optimal accuracy reachable from the text.
 */
export const OMISSION: Readonly<Record<Style, { quiet: number; told: number }>> = {
	bullets: { quiet: 0.72, told: 0.04 },
	transcript: { quiet: 0.6, told: 0.03 },
	fellow_summary: { quiet: 0.65, told: 0.03 },
	crm_terse: { quiet: 0.8, told: 0.08 },
	narrative: { quiet: 0.7, told: 0.04 },
	email_recap: { quiet: 0.75, told: 0.05 }
};

/**
 * P(the note leaves the next step out), whatever it was: a reader that misses how a new writer
 * books a meeting then sees what an untold step is in training, not a loose follow-up.
 */
const NEXT_OMISSION = 0.12;

export interface Person {
	first: string;
	last: string;
	/** Job title (prospect) or role on our side (rep); absent when the note gives none. */
	role?: string;
}

/** Everything a note says, decided before any style writes it. */
export interface NotePlan {
	style: Style;
	company: Company;
	date: Date;
	rep: Person & { role: RepRole };
	/** A sales engineer who joined too, sometimes. */
	se?: Person;
	/** The most senior prospect on the call; `role` only when the note tells authority. */
	prospect: Person;
	/** Levels of the topics the note mentions; the others did not come up. */
	told: Partial<Record<Topic, number>>;
	/** The incumbent vendor's name, used only when incumbent is told and not 'none'. */
	vendor: string;
	/** 0 nothing agreed, 1 a loose follow-up, 2 a concrete next step; undefined when left out. */
	next?: number;
	products: Product[];
	sentiment: number;
	/** The rep pitches Voice AI: independent of what the prospect wants. */
	pitch: boolean;
	/** How many everyday "voice"/"call" remarks (voicemail, VoIP, …) the note carries. */
	distractors: number;
	/** Whether the note says what the company does. */
	saysWhatTheyDo: boolean;
	source: string;
}

export function planNote(
	d: Draw,
	c: Company,
	tr: Traits,
	date: Date,
	products: Product[],
	sentiment: number,
	rival?: string
): NotePlan {
	const style = d.weighted(STYLES, STYLE_WEIGHTS);
	const omit = OMISSION[style];
	const told: Partial<Record<Topic, number>> = {};
	for (const t of TOPICS) {
		const level = tr[t];
		if (!d.chance(level === UNINFORMATIVE[t] ? omit.quiet : omit.told)) told[t] = level;
	}
	const person = (role?: string): Person => ({
		first: d.pick(FIRST_NAMES),
		last: d.pick(LAST_NAMES),
		role
	});
	const prospect = person(told.authority === undefined ? undefined : d.pick(TITLES[tr.authority]!));
	const rep = { ...person(), role: d.weighted(['SDR', 'AE'] as const, [3, 2]) };
	// Reps read the call with some noise; the step they book then weighs on the outcome.
	const hint = progressionHint(tr) + d.normal(0, 0.35);
	const next = hint > 0.7 ? 2 : hint > 0 ? 1 : 0;
	return {
		style,
		company: c,
		date,
		rep,
		se: d.chance(0.2) ? person('SE') : undefined,
		prospect,
		told,
		vendor: rival ?? d.pick(VENDORS),
		next: d.chance(NEXT_OMISSION) ? undefined : next,
		products,
		sentiment,
		pitch: d.chance(0.4),
		distractors: d.weighted([0, 1, 2], [0.55, 0.35, 0.1]),
		saysWhatTheyDo: d.chance(c.voiceProduct ? 0.75 : 0.35),
		source: d.pick(SOURCES)
	};
}

/**
 * The traits as the notes tell them: a topic left out reads as its uninformative level. The AE
 * decides on the handoff from the notes, so progression is drawn from these and the told `next`.
 */
export function asWritten(tr: Traits, told: NotePlan['told']): Traits {
	const out = { ...tr };
	for (const t of TOPICS) out[t] = told[t] ?? UNINFORMATIVE[t];
	return out;
}

/** A rep's read of where the call went: steers the next-steps wording, as it would in real notes. */
function progressionHint(tr: Traits): number {
	return (
		0.35 * tr.budget +
		0.3 * tr.timeline +
		0.25 * tr.authority -
		0.4 * (tr.incumbent === 2 ? 1 : 0) -
		0.6
	);
}
