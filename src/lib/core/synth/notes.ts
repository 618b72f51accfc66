import type { Draw } from './draw';
import { roughen } from './noise';
import { Pen } from './pen';
import type { NotePlan } from './plan';
import { NOTE_STYLES } from './styles';

/** The call notes for a plan, in its style, then typed the way that style is typed. */
export function writeNotes(d: Draw, plan: NotePlan): string {
	const style = NOTE_STYLES[plan.style];
	const text = style.write(new Pen(d, plan, style.toProspect));
	return roughen(d, text, style.roughness, style.keep);
}
