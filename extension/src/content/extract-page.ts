import { domainOfEmail } from '../../../src/lib/core/fellow';
import { eventGuidFromUrl, type PageCall } from '../shared/page-call';

/** Shorter text than this is a placeholder ("Add notes…"), not notes. */
const MIN_NOTES_CHARS = 40;
/** The Lead schema's limit for call_notes is 200k; a whole page read as notes is cut well below. */
const MAX_NOTES_CHARS = 100_000;

interface NotesStrategy {
	name: string;
	find(doc: Document): Element[];
}

// Fellow publishes no DOM contract, so the notes are looked for in several ways, most specific
// first; the first that yields real text wins and its name is reported with the score.
const NOTES_STRATEGIES: readonly NotesStrategy[] = [
	{
		// Fellow's AI notes/recap blocks and the note editor(s), by test ids, classes and roles.
		name: 'note blocks',
		find: (doc) =>
			outermost(
				doc.querySelectorAll(
					[
						'[data-testid*="ai-note" i]',
						'[data-testid*="recap" i]',
						'[class*="ai-note" i]',
						'[class*="recap" i]',
						'[aria-label*="AI notes" i]',
						'[data-testid*="note-content" i]',
						'.ProseMirror',
						'[contenteditable="true"]'
					].join(',')
				)
			)
	},
	{
		// A section introduced by a "Notes", "AI notes", "Summary" or "Recap" heading.
		name: 'notes heading',
		find: (doc) =>
			outermost(
				[...doc.querySelectorAll('h1, h2, h3, h4, [role="heading"]')]
					.filter((h) => /\b(notes?|summary|recap|transcript)\b/i.test(h.textContent ?? ''))
					.map((h) => h.closest('section, article') ?? h.parentElement)
					.filter((el): el is Element => el !== null)
			)
	},
	{
		// Last resort: the page's main region.
		name: 'main content',
		find: (doc) => [...doc.querySelectorAll('main, [role="main"]')].slice(0, 1)
	}
];

/** Reads title, attendee domains and notes from a Fellow meeting page. */
export function extractPage(doc: Document, url: string): PageCall {
	const notes = readNotes(doc);
	const eventGuid = eventGuidFromUrl(url);
	const title = readTitle(doc);
	return {
		url,
		...(eventGuid ? { eventGuid } : {}),
		...(title ? { title } : {}),
		attendeeDomains: readAttendeeDomains(doc),
		...notes
	};
}

function readNotes(doc: Document): { notes?: string; notesSource?: string } {
	for (const strategy of NOTES_STRATEGIES) {
		const text = strategy.find(doc).map(textOf).filter(Boolean).join('\n\n');
		if (text.length >= MIN_NOTES_CHARS)
			return { notes: text.slice(0, MAX_NOTES_CHARS), notesSource: strategy.name };
	}
	return {};
}

function readTitle(doc: Document): string | undefined {
	const candidates = [
		doc.querySelector('[data-testid*="meeting-title" i], [data-testid*="note-title" i]'),
		doc.querySelector('main h1, h1'),
		doc.querySelector('meta[property="og:title"]')
	];
	for (const el of candidates) {
		const text = (el instanceof HTMLMetaElement ? el.content : el?.textContent)?.trim();
		if (text) return text;
	}
	return doc.title.replace(/\s*[|–—-]\s*Fellow\s*$/i, '').trim() || undefined;
}

/** One vote per distinct attendee address: mailto links, data attributes, attendee lists. */
function readAttendeeDomains(doc: Document): string[] {
	const emails = new Set<string>();
	const add = (text: string | null | undefined) => {
		for (const m of (text ?? '').matchAll(/[^\s@<>"'(),;:]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi))
			emails.add(m[0].toLowerCase());
	};
	doc
		.querySelectorAll('a[href^="mailto:"]')
		.forEach((a) => add(decodeURIComponent(a.getAttribute('href')!.slice(7).split('?')[0]!)));
	doc.querySelectorAll('[data-email]').forEach((el) => add(el.getAttribute('data-email')));
	doc
		.querySelectorAll(
			'[class*="attendee" i], [data-testid*="attendee" i], [aria-label*="attendee" i], [class*="participant" i]'
		)
		.forEach((el) => {
			add(el.textContent);
			add(el.getAttribute('title'));
			add(el.getAttribute('aria-label'));
			el.querySelectorAll('[title], [aria-label]').forEach((child) => {
				add(child.getAttribute('title'));
				add(child.getAttribute('aria-label'));
			});
		});
	return [...emails].flatMap((email) => domainOfEmail(email) ?? []);
}

/** Drops elements nested in another one of the list, so no text is counted twice. */
function outermost(elements: Iterable<Element>): Element[] {
	const list = [...new Set(elements)];
	return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}

function textOf(el: Element): string {
	const raw = el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
	return raw
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
