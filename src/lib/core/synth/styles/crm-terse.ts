import { DISTRACTORS } from '../vocabulary/small-talk';
import { withTitle, type NoteStyle } from './style';

/** One to three abbreviated lines in a CRM activity field. */
export const crmTerse: NoteStyle = {
	roughness: { lower: 0.5, dropStop: 0.9, abbreviate: 0.6, typo: 0.03 },
	write(pen) {
		const { d, plan } = pen;
		const next = pen.next('terse');
		const items = [
			d.pick(['Intro w/ ', 'Disco call w/ ', 'Call: ', 'Spoke w/ ']) + withTitle(plan.prospect),
			...(plan.saysWhatTheyDo && d.chance(0.6) ? [pen.whatTheyDo('terse')] : []),
			...pen.topics().map((t) => pen.topic(t, 'terse')!),
			...pen.some(DISTRACTORS, 'terse', Math.min(plan.distractors, 1)),
			...(next ? [d.pick(['NS: ', 'Next: ', 'f/u: ']) + next] : [])
		];
		// Split the items over 1–3 lines, clauses joined the way people type them.
		const lines = Math.min(d.int(1, 3), items.length);
		const per = Math.ceil(items.length / lines);
		const out: string[] = [];
		for (let i = 0; i < items.length; i += per)
			out.push(items.slice(i, i + per).join(d.pick(['; ', '. ', ', ', ' / '])));
		return out.join('\n');
	}
};
