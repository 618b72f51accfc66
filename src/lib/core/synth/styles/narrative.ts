import { fullName } from '../pen';
import { CONTEXT, DISTRACTORS, PAINS } from '../vocabulary/small-talk';
import { VOICE_PITCH } from '../vocabulary/voice';
import { withTitle, type NoteStyle } from './style';

/** A paragraph or three to the rep's manager. */
export const narrative: NoteStyle = {
	roughness: { lower: 0.03, dropStop: 0.1, abbreviate: 0.1, typo: 0.03 },
	write(pen) {
		const { d, plan } = pen;
		const c = plan.company;
		const who = withTitle(plan.prospect, fullName(plan.prospect));
		const sentences = [
			d.pick([
				`Had the intro with ${who} at ${c.name} today.`,
				`Quick recap on ${c.name}: spoke to ${who}.`,
				`Notes from my call with ${who}, ${c.name}.`,
				`Spoke to ${who} at ${c.name} this morning.`
			]),
			...(plan.saysWhatTheyDo ? [pen.whatTheyDo('prose')] : []),
			...pen.some(CONTEXT, 'prose', d.int(1, 2)),
			...pen.some(PAINS, 'prose', d.int(0, 2))
		];
		const middle = [
			...pen.topics().map((t) => pen.topic(t, 'prose')!),
			...pen.some(DISTRACTORS, 'prose', plan.distractors),
			...(plan.pitch ? [pen.say(VOICE_PITCH, 'prose')] : [])
		];
		const next = pen.next('prose');
		const rest = [...d.some(middle, middle.length), ...(next ? [next] : [])];
		if (plan.sentiment >= 4) rest.push(d.pick(['Good energy overall.', 'Felt like a good call.']));
		if (plan.sentiment <= 2) rest.push(d.pick(['Felt lukewarm.', 'Hard to read them.']));
		// One paragraph, or the background then the rest, or three.
		const paragraphs = d.int(1, 3);
		if (paragraphs === 1) return [...sentences, ...rest].join(' ');
		if (paragraphs === 2) return [sentences.join(' '), rest.join(' ')].join('\n\n');
		const cut = Math.ceil(rest.length / 2);
		return [sentences.join(' '), rest.slice(0, cut).join(' '), rest.slice(cut).join(' ')].join(
			'\n\n'
		);
	}
};
