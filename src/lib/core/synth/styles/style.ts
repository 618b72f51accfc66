import type { Roughness } from '../noise';
import type { Pen } from '../pen';
import type { Person } from '../plan';

/** One way a call gets written down. */
export interface NoteStyle {
	write(pen: Pen): string;
	/** How carelessly it is typed (see noise.ts). */
	roughness: Roughness;
	/** The start of a line the noise pass leaves alone. */
	keep?: RegExp;
	/** Written to the prospect: {they} reads "you". */
	toProspect?: boolean;
}

/** "Priya (Head of CX)", or just "Priya" when the note gives no title. */
export const withTitle = (p: Person, name = p.first) => (p.role ? `${name} (${p.role})` : name);
