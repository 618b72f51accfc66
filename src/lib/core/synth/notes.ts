import type { Company } from './companies';
import type { Draw } from './draw';
import * as P from './phrases';
import type { Traits } from './traits';

export type Product = 'Voice AI' | 'Voice' | 'SMS' | 'Verify' | 'Wireless';

/** Products the call covered: driven by the traits and the industry, with some noise. */
export function drawProducts(d: Draw, c: Company, tr: Traits): Product[] {
	const list: Product[] = [];
	if (tr.voice >= 2 || (tr.voice === 1 && d.chance(0.4))) list.push('Voice AI');
	if (tr.voice >= 1 || c.industry.voiceAffinity > 0.5 ? d.chance(0.7) : d.chance(0.2))
		list.push('Voice');
	if (d.chance(0.5)) list.push('SMS');
	if (
		d.chance(
			['Fintech', 'Healthcare', 'Insurance', 'Retail & E-commerce'].includes(c.industry.name)
				? 0.6
				: 0.2
		)
	)
		list.push('Verify');
	if (
		d.chance(
			['Logistics', 'Telecommunications', 'Automotive'].includes(c.industry.name) ? 0.5 : 0.05
		)
	)
		list.push('Wireless');
	return list;
}

interface Section {
	title: string;
	lines: string[];
}

/**
 * Fellow-style AI notes in markdown: a summary, then sections in varied order, each written
 * as bullets or prose, some left out — so each trait is visible only most of the time.
 * `rival` names the incumbent vendor instead of one of the usual ones (WorldShift.competitor).
 */
export function writeNotes(
	d: Draw,
	c: Company,
	tr: Traits,
	products: Product[],
	sentiment: number,
	rival?: string
): string {
	const picked = d.pick(P.VENDORS);
	const vendor = rival ?? picked;
	const who = d.pick(P.ATTENDEES[tr.authority]!);
	const shown = (p: number) => d.chance(p);
	const sections: Section[] = [];

	sections.push({ title: 'Context', lines: d.some(P.CONTEXT, d.int(4, 7)) });
	sections.push({ title: 'Pain points', lines: d.some(P.PAIN, d.int(2, 4)) });
	if (d.chance(0.7))
		sections.push({ title: 'Discussion', lines: d.some(P.DISCUSSION, d.int(2, 4)) });
	if (shown(0.99)) sections.push({ title: 'Voice and AI', lines: [d.pick(P.VOICE[tr.voice]!)] });
	if (shown(0.98))
		sections.push({
			title: 'Current setup',
			lines: [d.pick(P.INCUMBENT[tr.incumbent]!).replace('{vendor}', vendor)]
		});
	const money: string[] = [];
	if (shown(0.99)) money.push(d.pick(P.BUDGET[tr.budget]!));
	if (shown(0.99)) money.push(d.pick(P.TIMELINE[tr.timeline]!));
	if (money.length) sections.push({ title: 'Budget and timeline', lines: money });
	if (shown(0.97)) sections.push({ title: 'Technical notes', lines: [d.pick(P.DEPTH[tr.depth]!)] });
	if (products.length)
		sections.push({
			title: 'Products discussed',
			lines: products.map((p) => `${p}${d.chance(0.3) ? ' (pricing shared)' : ''}`)
		});
	if (d.chance(0.45))
		sections.push({ title: 'Objections', lines: d.some(P.OBJECTIONS, d.int(1, 2)) });

	// Middle sections in a different order per call; the summary stays first.
	for (let i = sections.length - 1; i > 0; i--) {
		const j = d.int(0, i);
		[sections[i], sections[j]] = [sections[j]!, sections[i]!];
	}
	const next =
		progressionHint(tr) > 0.5
			? P.POSITIVE_NEXT
			: progressionHint(tr) > 0
				? P.NEUTRAL_NEXT
				: P.NEGATIVE_NEXT;
	sections.push({ title: 'Next steps', lines: [d.pick(next)] });

	const mood =
		sentiment >= 4 ? 'Energetic call' : sentiment <= 2 ? 'Lukewarm call' : 'Friendly call';
	const out = [
		`## Summary`,
		`${mood} with ${who} at ${c.name}, a ${c.industry.name.toLowerCase()} company of about ${roughly(c.employees)} people. ${d.pick(OPENERS)}`
	];
	for (const s of sections) {
		out.push('', `## ${s.title}`);
		if (d.chance(0.65)) for (const line of s.lines) out.push(`- ${line}`);
		else out.push(s.lines.join(' '));
	}
	return out.join('\n');
}

const OPENERS = [
	'They reached out through the website after comparing providers.',
	'The call was booked by an SDR after a webinar.',
	'Inbound request via the pricing page.',
	'Warm intro from a partner agency.',
	'They found us through developer docs.'
];

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

function roughly(n: number): string {
	if (n < 50) return String(n);
	if (n < 1000) return String(Math.round(n / 10) * 10);
	return `${Math.round(n / 100) / 10}k`;
}
