/**
 * How a phrase is written. `terse`: rep shorthand (bullets, CRM lines). `prose`: full sentences
 * about the prospect, with {they}/{their}/{them} so the same line serves a note to a manager
 * ("they") and an email to the prospect ("you"). `spoken`: the prospect talking, first person.
 */
export type Register = 'terse' | 'prose' | 'spoken';

/**
 * One trait level, written every way a rep or prospect might put it. `email` (second person,
 * to the prospect) is given where the prose would read oddly in a follow-up email.
 */
export type Phrasing = Readonly<Record<Register, readonly string[]>> & {
	readonly email?: readonly string[];
};
