/** The one list the reasons use (stopword 3 ships no type declarations). */
declare module 'stopword' {
	/** English function words, lower-case. */
	export const eng: string[];
}
