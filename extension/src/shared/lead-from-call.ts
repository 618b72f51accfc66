import type { LeadInput } from '../../../src/lib/core/schema';
import { fellowWorkspace, type PageCall } from './page-call';

// Personal mailboxes say nothing about the attendee's company.
const FREE_MAIL = new Set([
	'gmail.com',
	'googlemail.com',
	'outlook.com',
	'hotmail.com',
	'live.com',
	'yahoo.com',
	'icloud.com',
	'me.com',
	'aol.com',
	'proton.me',
	'protonmail.com',
	'gmx.com',
	'fellow.app'
]);

// Second-level labels under which companies register (acme.co.uk): the name is one label up.
const GENERIC_SLD = new Set(['co', 'com', 'org', 'net', 'ac', 'gov']);

// Meeting-title words that never name the company ("Intro call — Acme").
const GENERIC_TITLE =
	/^(intro(duction)?|discovery|call|meeting|sync|demo|chat|kick-?off|follow-?up)(\s+(call|meeting|chat))?$/i;

export interface LeadOptions {
	/** The rep's own company domains, never taken for the lead's. */
	ownDomains: readonly string[];
}

/**
 * Maps what was read from a meeting page to a Lead: the most frequent external attendee
 * domain is the company (its website), named by the matching part of the title when there is
 * one, else by the domain; without external attendees the title names it.
 */
export function leadFromCall(call: PageCall, options: LeadOptions): LeadInput {
	const own = ownDomainTest(call.url, options.ownDomains);
	const domain = mostFrequent(call.attendeeDomains.filter((d) => !FREE_MAIL.has(d) && !own(d)));
	const titleParts = splitTitle(call.title ?? '');
	const companyName =
		(domain && titleParts.find((part) => matchesDomain(part, domain))) ??
		(domain ? nameFromDomain(domain) : undefined) ??
		titleParts.find((part) => !GENERIC_TITLE.test(part) && !ownsName(part, own)) ??
		call.title?.trim() ??
		'Unknown company';
	return {
		company_name: companyName,
		...(domain ? { website: domain } : {}),
		...(call.notes ? { call_notes: call.notes } : {}),
		...(call.eventGuid ? { lead_id: `fellow-${call.eventGuid}` } : {})
	};
}

/** A domain is ours when listed, or when its name is the Fellow workspace's (acme.fellow.app → acme.com). */
function ownDomainTest(url: string, ownDomains: readonly string[]): (domain: string) => boolean {
	const listed = new Set(ownDomains.map((d) => d.trim().toLowerCase()).filter(Boolean));
	const workspace = fellowWorkspace(url);
	return (domain) =>
		[...listed].some((d) => domain === d || domain.endsWith(`.${d}`)) ||
		(workspace !== undefined && registrableLabel(domain) === workspace);
}

function ownsName(part: string, own: (domain: string) => boolean): boolean {
	return own(`${squash(part)}.com`);
}

function mostFrequent(items: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
	let best: string | undefined;
	for (const [item, n] of counts) if (best === undefined || n > counts.get(best)!) best = item;
	return best;
}

function splitTitle(title: string): string[] {
	return title
		.split(/\s*(?:<>|\||\/|:|\s[x×&+]\s|\s[-–—]\s)\s*/i)
		.map((part) => part.trim())
		.filter(Boolean);
}

/** `voiceflow.ai` → `voiceflow`; `acme.co.uk` → `acme`. */
function registrableLabel(domain: string): string {
	const labels = domain.split('.');
	const sld = labels.at(-2) ?? '';
	const i = labels.length >= 3 && GENERIC_SLD.has(sld) ? labels.length - 3 : labels.length - 2;
	return labels[Math.max(i, 0)]!;
}

function nameFromDomain(domain: string): string {
	const label = registrableLabel(domain);
	return label.charAt(0).toUpperCase() + label.slice(1);
}

function squash(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** "VoiceFlow AI" matches voiceflow.ai: the squashed name starts with the domain's label or vice versa. */
function matchesDomain(part: string, domain: string): boolean {
	const name = squash(part);
	const label = squash(registrableLabel(domain));
	return name.length > 1 && (name.startsWith(label) || label.startsWith(name));
}
