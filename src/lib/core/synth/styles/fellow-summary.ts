import { fullName } from '../pen';
import { CONTEXT, DISTRACTORS, PAINS } from '../vocabulary/small-talk';
import { VOICE_PITCH } from '../vocabulary/voice';
import { withTitle, type NoteStyle } from './style';

const HEADINGS = {
	summary: ['Summary', 'Overview', 'Meeting summary', 'TL;DR'],
	background: ['Background', 'Context', 'Current setup'],
	pains: ['Pain points', 'Challenges', 'Current challenges'],
	points: ['Key points', 'Discussion', 'Highlights', 'Key takeaways'],
	products: ['Products discussed', 'Products covered'],
	decisions: ['Decisions', 'Outcome'],
	actions: ['Action items', 'Next steps', 'Follow-ups']
};

/** Fellow's AI meeting summary: tidy markdown, varied headings, action items with owners. */
export const fellowSummary: NoteStyle = {
	roughness: { lower: 0, dropStop: 0, abbreviate: 0, typo: 0 },
	write(pen) {
		const { d, plan } = pen;
		const c = plan.company;
		const level = d.pick(['## ', '### ', '**']);
		const heading = (names: string[]) => {
			const name = d.pick(names);
			return level === '**' ? `**${name}**` : level + name;
		};
		const asList = d.chance(0.7);
		const body = (lines: string[]) => (asList ? lines.map((l) => `- ${l}`) : [lines.join(' ')]);

		const mood =
			plan.sentiment >= 4 ? 'Energetic call' : plan.sentiment <= 2 ? 'Lukewarm call' : 'Call';
		const opener = [
			`${mood} with ${withTitle(plan.prospect, fullName(plan.prospect))} at ${c.name}` +
				`${plan.se ? `, joined by ${plan.se.first} (SE)` : ''}.`,
			...(plan.saysWhatTheyDo ? [pen.whatTheyDo('prose')] : []),
			`Lead source: ${plan.source}.`
		];
		const points = pen.topics().map((t) => pen.topic(t, 'prose')!);
		if (plan.pitch) points.push(`${plan.rep.first} ${pen.say(VOICE_PITCH, 'terse')}.`);
		const sections: string[][] = [
			[heading(HEADINGS.background), ...body(pen.some(CONTEXT, 'prose', d.int(1, 3)))],
			[heading(HEADINGS.pains), ...body(pen.some(PAINS, 'prose', d.int(1, 3)))]
		];
		points.push(...pen.some(DISTRACTORS, 'prose', plan.distractors));
		if (points.length)
			sections.push([heading(HEADINGS.points), ...body(d.some(points, points.length))]);
		if (plan.products.length && d.chance(0.6))
			sections.push([heading(HEADINGS.products), ...plan.products.map((p) => `- ${p}`)]);
		const shuffled = d.some(sections, sections.length);
		const decided = pen.next('prose');
		if (decided && d.chance(0.4)) shuffled.push([heading(HEADINGS.decisions), `- ${decided}`]);
		const owner = d.chance(0.5) ? `**${fullName(plan.rep)}**` : plan.rep.first;
		const next = pen.next('terse');
		const actions = [
			...(next ? [`- [ ] ${owner}: ${next}`] : []),
			...(d.chance(0.4)
				? [`- [ ] ${plan.prospect.first}: share current call and message volumes`]
				: [])
		];
		if (actions.length) shuffled.push([heading(HEADINGS.actions), ...actions]);
		return [
			heading(HEADINGS.summary),
			opener.join(' '),
			...shuffled.map((s) => ['', ...s]).flat()
		].join('\n');
	}
};
