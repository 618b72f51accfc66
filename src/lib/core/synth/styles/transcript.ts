import { fullName } from '../pen';
import type { Topic } from '../plan';
import { CONTEXT, DISTRACTORS, PAINS } from '../vocabulary/small-talk';
import { NOD, VOICE_PITCH } from '../vocabulary/voice';
import { withTitle, type NoteStyle } from './style';

/** What the rep asks to bring each topic up. */
const ASKS: Readonly<Record<Exclude<Topic, 'voice'>, readonly string[]>> = {
	budget: [
		'Do you have budget set aside for this?',
		'How are you thinking about cost?',
		'Where would budget for this come from?'
	],
	timeline: [
		"What's the timeline you're working to?",
		'When would you want something like this live?',
		'Is there a date driving this?'
	],
	authority: [
		'Who else would be involved in a decision like this?',
		'How do decisions like this get made on your side?'
	],
	incumbent: ['What are you using today?', 'Is there a provider in place today?'],
	depth: ['Any technical questions I can answer?', 'Want me to get into the API side at all?']
};
const ASK_VOICE = [
	'Is anything on the voice side on your radar, like automating calls?',
	'Where does AI on the phones fit in for you, if at all?'
];
const CLOSE = [
	['Understood, thanks for being upfront.', 'No worries at all, appreciate the time.'],
	["Sounds good, I'll send something over.", "Great, I'll follow up by email."],
	["Perfect, I'll send that over today.", 'Great, invite coming your way.']
];

/**
 * A timestamped call transcript. The rep pitches whatever they sell (Voice AI included); only
 * the prospect's lines say what the prospect wants.
 */
export const transcript: NoteStyle = {
	roughness: { lower: 0.12, dropStop: 0.3, abbreviate: 0, typo: 0, filler: 0.12 },
	keep: /^\[\d\d:\d\d:\d\d\] [^:]+: /,
	write(pen) {
		const { d, plan } = pen;
		const rep = `${fullName(plan.rep)} (${plan.rep.role})`;
		const them = withTitle(plan.prospect, fullName(plan.prospect));
		let clock = d.int(2, 20);
		const out: string[] = [];
		const line = (who: string, text: string) => {
			out.push(`[${stamp(clock)}] ${who}: ${text}`);
			clock += d.int(6, 75);
		};
		const R = (text: string) => line(rep, text);
		const P = (text: string) => line(them, text);

		R(
			d.pick([
				`Hi ${plan.prospect.first}, thanks for making the time.`,
				`Hey ${plan.prospect.first}, can you hear me okay?`,
				`Thanks for jumping on, ${plan.prospect.first}.`
			])
		);
		P(d.pick(['Yeah, no problem.', 'Hi! Yes, all good.', 'Sure, happy to.']));
		if (plan.se) line(`${fullName(plan.se)} (SE)`, "Hi all, I'm on from the solutions side.");
		R(
			d.pick([
				'Maybe start with how you handle customer conversations today?',
				'Could you give me a quick picture of your setup?',
				'What prompted you to reach out?'
			])
		);
		P(
			[
				...(plan.saysWhatTheyDo ? [pen.whatTheyDo('spoken')] : []),
				...pen.some(CONTEXT, 'spoken', d.int(1, 2))
			].join(' ')
		);
		for (const remark of pen.some(DISTRACTORS, 'spoken', plan.distractors)) {
			P(remark);
			R(d.pick(NOD));
		}
		R(d.pick(["What's the biggest headache right now?", 'Where does it hurt most today?']));
		P(pen.some(PAINS, 'spoken', d.int(1, 2)).join(' '));

		for (const t of pen.topics()) {
			if (t === 'voice') continue;
			R(d.pick(ASKS[t]));
			P(pen.topic(t, 'spoken')!);
			// The prospect's technical remarks are questions (or a pass, when shallow): the rep answers.
			if (t === 'depth')
				R(
					plan.told.depth
						? d.pick(['Good question, I will get that in writing for you.', 'Yes, we cover that.'])
						: d.pick(['No problem.', 'Sure, we can save that for later.'])
				);
		}
		const voice = pen.topic('voice', 'spoken');
		if (plan.pitch) {
			R(pen.say(VOICE_PITCH, 'spoken'));
			P(voice ?? d.pick(NOD));
		} else if (voice) {
			R(d.pick(ASK_VOICE));
			P(voice);
		}
		const next = pen.next('spoken');
		if (next) {
			R(
				d.pick([
					'So what would a sensible next step look like?',
					'How do you want to leave it?',
					'Where do we go from here?'
				])
			);
			P(next);
			R(d.pick(CLOSE[plan.next!]!));
		}
		return out.join('\n');
	}
};

function stamp(seconds: number): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
