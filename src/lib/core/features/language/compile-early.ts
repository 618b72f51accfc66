/**
 * V8 compiles a regular expression to optimised machine code only while its isolate has
 * generated less than 1 MB of regular-expression code in all (`TooMuchRegExpCode` in V8's
 * regexp.cc, once executable memory passes 16 MB); after that every expression it compiles runs
 * unoptimised, several times slower. Whatever compiles first takes that budget (the phrase
 * scanner's alternations once took 25 MB, before it became a trie), so the small expressions
 * that run at every character of a note (clause ends, line shapes, dates) are compiled here, at
 * load, before anything big can be. V8 compiles one version per string encoding, so each is
 * run on a one-byte and a two-byte subject, long enough (≥ 1,000 characters) to be compiled at
 * once instead of interpreted first.
 */
const SUBJECTS = [' '.repeat(1024), `${' '.repeat(1023)}’`];

export function compileEarly(...expressions: RegExp[]): void {
	for (const re of expressions)
		for (const subject of SUBJECTS) {
			re.lastIndex = 0;
			re.exec(subject);
		}
	for (const re of expressions) re.lastIndex = 0;
}
