import { fullName } from '../pen';
import { CONTEXT, DISTRACTORS, PAINS } from '../vocabulary/small-talk';
import type { NoteStyle } from './style';

const ROLE_NAMES = { SDR: 'Sales Development', AE: 'Account Executive' };

/** The follow-up email the rep sent the prospect: polite even when nothing is happening. */
export const emailRecap: NoteStyle = {
	roughness: { lower: 0, dropStop: 0.05, abbreviate: 0.03, typo: 0.02 },
	toProspect: true,
	write(pen) {
		const { d, plan } = pen;
		const c = plan.company;
		const first = plan.prospect.first;
		const recap = [
			...(plan.saysWhatTheyDo ? [pen.whatTheyDo('prose')] : []),
			...pen.some(CONTEXT, 'prose', d.int(0, 1)),
			...pen.some(PAINS, 'prose', d.int(1, 2)),
			...pen.topics().map((t) => pen.topic(t, 'prose')!),
			...pen.some(DISTRACTORS, 'prose', plan.distractors)
		];
		const asList = d.chance(0.6);
		const lines = [
			`Subject: ${d.pick(['Great chatting today', `Recap: ${c.name} intro`, 'Thanks for the time today', 'Following up on our call'])}`,
			'',
			`${d.pick(['Hi', 'Hey', 'Hello'])} ${first},`,
			'',
			d.pick([
				`Thanks again for taking the time to chat today. It was great to learn more about ${c.name}.`,
				'Really appreciated the conversation earlier.',
				'Thanks for the time today, and for being so open about where things stand.'
			]),
			'',
			d.pick(['Quick recap of what we covered:', "Here's what I took away:", 'To recap:']),
			...(asList ? recap.map((l) => `- ${l}`) : [recap.join(' ')])
		];
		if (plan.pitch)
			lines.push(
				'',
				d.pick([
					'As mentioned, we also offer AI voice agents for after-hours coverage; happy to share more if useful.',
					'I also attached a one-pager on our voice AI agents, in case it is ever relevant.'
				])
			);
		const next = pen.next('prose');
		if (next) lines.push('', next);
		lines.push('', `${d.pick(['Best', 'Thanks', 'Cheers', 'Kind regards'])},`, plan.rep.first);
		if (d.chance(0.5)) lines.push(`${fullName(plan.rep)} | ${ROLE_NAMES[plan.rep.role]}`);
		return lines.join('\n');
	}
};
