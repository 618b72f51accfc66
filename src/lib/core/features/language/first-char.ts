/**
 * Phrase patterns rewritten so each alternative starts with one literal character, to group
 * them by that character (see PhraseScanner): a leading group, optional character, small
 * class or `\d` is expanded into the alternatives it stands for, which match exactly what
 * the pattern matches.
 */

/** Expansions of one pattern beyond this are left as they are (tried at every word start). */
const MAX_EXPANSIONS = 64;
const SMALL_CLASS = 12;

/** The literal first character of `pattern` as written (`a`, `\$`) or undefined. */
export function literalHead(pattern: string): string | undefined {
	const c = pattern[0];
	if (c === undefined) return undefined;
	let head: string;
	if (c === '\\') {
		if (/[dDsSwWbB]/.test(pattern[1] ?? 'd')) return undefined;
		head = pattern.slice(0, 2);
	} else if ('[](){}?*+|^$.'.includes(c)) return undefined;
	else head = c;
	return /^[?*+{]/.test(pattern.slice(head.length)) ? undefined : head;
}

/**
 * `pattern` as alternatives that each start with a literal character, in the order they are
 * tried; undefined when its start is not a group, optional character, class or `\d`, or
 * when it stands for more than MAX_EXPANSIONS alternatives.
 */
export function expandHead(pattern: string): string[] | undefined {
	const out: string[] = [];
	const queue = [pattern];
	while (queue.length) {
		const p = queue.shift()!;
		if (literalHead(p) !== undefined) {
			out.push(p);
			continue;
		}
		const next = expandOnce(p);
		if (!next || out.length + queue.length + next.length > MAX_EXPANSIONS) return undefined;
		queue.unshift(...next);
	}
	return out;
}

function expandOnce(p: string): string[] | undefined {
	if (p === '') return undefined;
	// An optional character: with it, then without it.
	if (/^[^\\[\](){}?*+|^$.][?]/.test(p)) return [p[0] + p.slice(2), p.slice(2)];
	if (p.startsWith('\\d')) {
		const rest = p.slice(2);
		return /^[?*+{]/.test(rest) ? undefined : [...'0123456789'].map((d) => d + rest);
	}
	if (p[0] === '[') {
		const end = classEnd(p, 0);
		const chars = classMembers(p.slice(1, end));
		const rest = p.slice(end + 1);
		if (!chars || chars.length > SMALL_CLASS || /^[?*+{]/.test(rest)) return undefined;
		return chars.map((c) => escapeChar(c) + rest);
	}
	if (p[0] === '(') {
		if (/^\(\?[=!<]/.test(p)) return undefined;
		const end = groupEnd(p, 0);
		const body = p.slice(p.startsWith('(?:') ? 3 : 1, end);
		const after = p.slice(end + 1);
		const optional = after.startsWith('?') && !after.startsWith('??');
		if (!optional && /^[?*+{]/.test(after)) return undefined;
		const rest = optional ? after.slice(1) : after;
		const parts = alternatives(body).map((b) => b + rest);
		return optional ? [...parts, rest] : parts;
	}
	return undefined;
}

function classEnd(p: string, at: number): number {
	for (let i = at + 1; i < p.length; i++) {
		if (p[i] === '\\') i++;
		else if (p[i] === ']') return i;
	}
	throw new SyntaxError(`unclosed [ in ${p}`);
}

function groupEnd(p: string, at: number): number {
	let depth = 0;
	for (let i = at; i < p.length; i++) {
		const c = p[i];
		if (c === '\\') i++;
		else if (c === '[') i = classEnd(p, i);
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	throw new SyntaxError(`unclosed ( in ${p}`);
}

function classMembers(body: string): string[] | undefined {
	if (body.startsWith('^')) return undefined;
	const out: string[] = [];
	for (let i = 0; i < body.length; i++) {
		let c = body[i]!;
		if (c === '\\') {
			c = body[++i]!;
			if (/[dDsSwWbB]/.test(c)) return undefined;
		}
		if (body[i + 1] === '-' && i + 2 < body.length) {
			const to = body[i + 2] === '\\' ? body[i + 3]! : body[i + 2]!;
			for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++)
				out.push(String.fromCharCode(code));
			i += body[i + 2] === '\\' ? 3 : 2;
		} else out.push(c);
	}
	return out;
}

function escapeChar(c: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** The top-level alternatives of a pattern (a `|` inside parentheses or a class does not split). */
export function alternatives(pattern: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '\\') i++;
		else if (c === '[') inClass = true;
		else if (c === ']') inClass = false;
		else if (!inClass && c === '(') depth++;
		else if (!inClass && c === ')') depth--;
		else if (!inClass && c === '|' && depth === 0) {
			out.push(pattern.slice(start, i));
			start = i + 1;
		}
	}
	out.push(pattern.slice(start));
	return out;
}

/**
 * Every character a match of `pattern` can start with, unescaped; undefined when that is not
 * known (a head that is no literal, an escape such as `\u00e9`) — never when the pattern can
 * match the empty string, so a match is impossible wherever the text has none of them.
 */
export function firstChars(pattern: string): string[] | undefined {
	const top = alternatives(pattern);
	if (top.length > 1) {
		const firsts = top.map((p) => (p === '' ? undefined : firstChars(p)));
		return firsts.every((f) => f !== undefined) ? [...new Set(firsts.flat())] : undefined;
	}
	// One or more digits ("\\d+", "\\d{1,2}"), which expandHead cannot expand.
	if (/^\\d(?:\+|\{[1-9])/.test(pattern)) return [...'0123456789'];
	// A group whose alternatives cannot all be expanded ("(?:\\d+|hundreds of) voices"): the
	// first characters of each alternative followed by the rest.
	if (pattern[0] === '(' && !/^\(\?[=!<]/.test(pattern)) {
		const end = groupEnd(pattern, 0);
		const after = pattern.slice(end + 1);
		const optional = /^\?(?!\?)/.test(after);
		if (optional || !/^[?*+{]/.test(after)) {
			const rest = optional ? after.slice(1) : after;
			const body = pattern.slice(pattern.startsWith('(?:') ? 3 : 1, end);
			return firstChars(
				[...alternatives(body).map((b) => b + rest), ...(optional ? [rest] : [])].join('|')
			);
		}
	}
	// An optional class ("[- ]?suite"), which expandHead leaves alone: its members or what follows.
	const end = pattern[0] === '[' ? classEnd(pattern, 0) : -1;
	if (end >= 0 && /^[?*](?!\?)/.test(pattern.slice(end + 1))) {
		const members = classMembers(pattern.slice(1, end).replaceAll('\\d', '0-9'));
		const after = firstChars(pattern.slice(end + 2));
		return members && after ? [...new Set([...members, ...after])] : undefined;
	}
	const heads = expandHead(pattern)?.map((p) => literalHead(p)!);
	if (!heads || heads.some((h) => /^\\[a-zA-Z0-9]/.test(h))) return undefined;
	return [...new Set(heads.map((h) => h.at(-1)!))];
}

/**
 * `pattern` as literal beginnings, unescaped, each with the pattern that must follow it:
 * `voice[- ]?ai` gives `voice-` + `ai`, `voice ` + `ai` and `voice` + `ai`. Groups, optional
 * characters and small classes after the literal are expanded while the pattern stays within
 * `budget` alternatives, so a scanner indexing the beginnings tries few patterns at a word.
 * Undefined when the pattern's first character is not literal and cannot be expanded.
 */
export function literalSplits(
	pattern: string,
	budget = MAX_EXPANSIONS
): { literal: string; tail: string }[] | undefined {
	const heads = expandHead(pattern);
	if (!heads) return undefined;
	const split = (before: string, p: string, room: number): { literal: string; tail: string }[] => {
		const { literal, rest } = leadingLiteral(p);
		const all = before + literal;
		// A last optional character ("agents?"): both words are whole phrases, no pattern left.
		const last = /^([^\\[\](){}?*+|^$.]|\\[^a-zA-Z0-9])\?$/.exec(rest);
		if (last)
			return [
				{ literal: all + leadingLiteral(last[1]!).literal, tail: '' },
				{ literal: all, tail: '' }
			];
		const next = rest === '' || room <= 1 ? undefined : expandHead(rest);
		if (!next || next.length > room || (next.length === 1 && next[0] === rest))
			return [{ literal: all, tail: rest }];
		return next.flatMap((x) => split(all, x, Math.floor(room / next.length)));
	};
	return heads.flatMap((h) => split('', h, Math.floor(budget / heads.length)));
}

/** The literal characters `pattern` starts with (escapes undone) and the pattern after them. */
function leadingLiteral(pattern: string): { literal: string; rest: string } {
	let literal = '';
	let i = 0;
	while (i < pattern.length) {
		const c = pattern[i]!;
		// Only escaped punctuation is a literal: `\d`, `\b`, `\n` are classes and assertions.
		const escaped = c === '\\' && /[^a-zA-Z0-9]/.test(pattern[i + 1] ?? 'a');
		if (c === '\\' && !escaped) break;
		if (!escaped && '[](){}?*+|^$.'.includes(c)) break;
		const size = escaped ? 2 : 1;
		if ('?*+{'.includes(pattern[i + size] ?? '|')) break;
		literal += pattern[i + size - 1];
		i += size;
	}
	return { literal, rest: pattern.slice(i) };
}
