import type { Draw } from './draw';
import type { NotePlan, Person, Topic } from './plan';
import { AUTHORITY } from './vocabulary/authority';
import { BUDGET } from './vocabulary/budget';
import { DEPTH } from './vocabulary/depth';
import { INCUMBENT } from './vocabulary/incumbent';
import { NEXT_STEPS } from './vocabulary/next-steps';
import type { Phrasing, Register } from './vocabulary/register';
import { TIMELINE } from './vocabulary/timeline';
import { VOICE_INTENT } from './vocabulary/voice';

const BANKS: Readonly<Record<Topic, readonly Phrasing[]>> = {
	voice: VOICE_INTENT,
	budget: BUDGET,
	timeline: TIMELINE,
	authority: AUTHORITY,
	incumbent: INCUMBENT,
	depth: DEPTH
};

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Monday', 'Tuesday', 'Wednesday', 'Thursday'];

/**
 * Writes a plan's phrases for one style: picks a wording and fills its placeholders. With
 * `toProspect` (an email to them) {they} becomes "you" and the `email` register is preferred.
 */
export class Pen {
	constructor(
		readonly d: Draw,
		readonly plan: NotePlan,
		readonly toProspect = false
	) {}

	say(bank: Phrasing, register: Register): string {
		const lines = this.toProspect && bank.email ? bank.email : bank[register];
		return this.fill(this.d.pick(lines));
	}

	/** k distinct phrases of a bank, filled. */
	some(bank: Phrasing, register: Register, k: number): string[] {
		return this.d.some(bank[register], k).map((line) => this.fill(line));
	}

	/** The told topics in a random order. */
	topics(): Topic[] {
		const told = (Object.keys(this.plan.told) as Topic[]).slice();
		return this.d.some(told, told.length);
	}

	/** The wording for a told topic, or undefined when the note leaves it out. */
	topic(t: Topic, register: Register): string | undefined {
		const level = this.plan.told[t];
		return level === undefined ? undefined : this.say(BANKS[t][level]!, register);
	}

	/** The agreed next step, or undefined when the note leaves it out. */
	next(register: Register): string | undefined {
		const { next } = this.plan;
		return next === undefined ? undefined : this.say(NEXT_STEPS[next]!, register);
	}

	/** What the company does, as a rep writes it (terse), a sentence (prose) or in their words (spoken). */
	whatTheyDo(register: Register): string {
		const { name, does } = this.plan.company;
		if (register === 'terse') return does;
		if (register === 'spoken') return `So we ${firstPerson(does)}.`;
		return this.toProspect
			? `It was great to hear how you ${firstPerson(does)}.`
			: `${name} ${does}.`;
	}

	fill(text: string): string {
		const { date, prospect, vendor } = this.plan;
		const you = this.toProspect;
		const quarter = Math.floor(date.getUTCMonth() / 3);
		return text.replace(/\{(\w+)\}/g, (_, key: string) => {
			switch (key) {
				case 'they':
					return you ? 'you' : 'they';
				case 'They':
					return you ? 'You' : 'They';
				case 'their':
					return you ? 'your' : 'their';
				case 'Their':
					return you ? 'Your' : 'Their';
				case 'them':
					return you ? 'you' : 'them';
				case 'name':
					return prospect.first;
				case 'vendor':
					return vendor;
				case 'q':
					return `Q${quarter + 1}`;
				case 'q2':
					return `Q${((quarter + 2) % 4) + 1}`;
				case 'month':
					return MONTHS[(date.getUTCMonth() + 5) % 12]!;
				case 'day':
					return this.d.pick(DAYS);
				default:
					throw new Error(`unknown placeholder {${key}}`);
			}
		});
	}
}

export const fullName = (p: Person) => `${p.first} ${p.last}`;

/** "builds AI agents …" → "build AI agents …" (every `does` line starts with a verb in -s). */
export const firstPerson = (does: string) => does.replace(/^(\w+?)s\b/, '$1');
