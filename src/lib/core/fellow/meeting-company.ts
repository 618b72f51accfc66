/**
 * Who a Fellow meeting is with: the company a lead is about, from the meeting title and the
 * attendees' e-mail domains. Shared by every host that reads Fellow meetings (the extension's
 * page reading, the API's webhook), so the same meeting names the same company everywhere.
 */
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

export interface MeetingParties {
	title?: string;
	/** Attendee e-mail domains, lower-cased; duplicates count as votes. */
	attendeeDomains: readonly string[];
	/** The rep's own company domains, never taken for the lead's. */
	ownDomains?: readonly string[];
	/** The Fellow workspace (acme in acme.fellow.app): domains named like it are the rep's own. */
	workspace?: string;
}

/**
 * The most frequent external attendee domain is the company (its website), named by the
 * matching part of the title when there is one, else by the domain; without external
 * attendees the title names it.
 */
export function meetingCompany(meeting: MeetingParties): {
	company_name: string;
	website?: string;
} {
	const own = ownDomainTest(meeting.ownDomains ?? [], meeting.workspace);
	const domain = mostFrequent(meeting.attendeeDomains.filter((d) => !FREE_MAIL.has(d) && !own(d)));
	const titleParts = splitTitle(meeting.title ?? '');
	const company_name =
		(domain && titleParts.find((part) => matchesDomain(part, domain))) ??
		(domain ? nameFromDomain(domain) : undefined) ??
		titleParts.find((part) => !GENERIC_TITLE.test(part) && !ownsName(part, own)) ??
		(meeting.title?.trim() || undefined) ??
		'Unknown company';
	return { company_name, ...(domain ? { website: domain } : {}) };
}

/** `Ann@VoiceFlow.ai` → `voiceflow.ai`; undefined for anything that is not an address. */
export function domainOfEmail(email: string): string | undefined {
	const m = /^[^\s@]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(email.trim());
	return m ? m[1]!.toLowerCase() : undefined;
}

/** A domain is ours when listed, or when its name is the Fellow workspace's (acme.fellow.app → acme.com). */
function ownDomainTest(
	ownDomains: readonly string[],
	workspace: string | undefined
): (domain: string) => boolean {
	const listed = new Set(ownDomains.map((d) => d.trim().toLowerCase()).filter(Boolean));
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
