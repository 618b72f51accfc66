import { CONTEXT, DISTRACTORS, PAINS } from '../vocabulary/small-talk';
import { VOICE_PITCH } from '../vocabulary/voice';
import { withTitle, type NoteStyle } from './style';

/** A rep's own quick bullets, typed during or right after the call. */
export const bullets: NoteStyle = {
	roughness: { lower: 0.45, dropStop: 0.8, abbreviate: 0.5, typo: 0.03 },
	keep: /^\s*(?:[-*•]\s?)/,
	write(pen) {
		const { d, plan } = pen;
		const who = withTitle(plan.prospect);
		const middle = [
			...pen.some(CONTEXT, 'terse', d.int(1, 3)),
			...pen.some(PAINS, 'terse', d.int(0, 2)),
			...pen.some(DISTRACTORS, 'terse', plan.distractors)
		];
		for (const t of pen.topics()) middle.push(pen.topic(t, 'terse')!);
		if (plan.pitch) middle.push(pen.say(VOICE_PITCH, 'terse'));
		if (plan.products.length && d.chance(0.5)) middle.push(`covered: ${plan.products.join(', ')}`);
		const next = pen.next('terse');
		const lines = [
			d.pick([`spoke w/ ${who}`, `call w/ ${who} @ ${plan.company.name}`, `intro w/ ${who}`]),
			...(plan.saysWhatTheyDo ? [pen.whatTheyDo('terse')] : []),
			...(d.chance(0.5) ? [plan.source] : []),
			...d.some(middle, middle.length),
			...(next ? [d.pick(['next: ', 'NS: ', 'f/u: ', 'next steps - ', '']) + next] : [])
		];
		const mark = d.pick(['- ', '- ', '* ', '• ', '-']);
		const header = d.chance(0.4)
			? [`${plan.company.name} intro ${plan.date.getUTCMonth() + 1}/${plan.date.getUTCDate()}`]
			: [];
		return [...header, ...lines.map((l) => mark + l)].join('\n');
	}
};
