import { parseArgs } from 'node:util';

/** One `qualify <name>` subcommand. */
export interface Command {
	name: string;
	summary: string;
	/** Usage text shown by `qualify <name> --help` and after a usage error. */
	usage: string;
	run(args: string[]): Promise<void>;
}

/** Wrong flags or arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** A command's flags: those that take a value, and switches. */
interface Flags<S extends string, B extends string> {
	strings?: readonly S[];
	booleans?: readonly B[];
}

/** node:util parseArgs (strict) over the named flags, with errors turned into {@link UsageError}s. */
export function parseFlags<S extends string = never, B extends string = never>(
	args: string[],
	{ strings = [], booleans = [] }: Flags<S, B>,
	allowPositionals = false
): { values: Partial<Record<S, string> & Record<B, boolean>>; positionals: string[] } {
	const options = Object.fromEntries([
		...strings.map((name) => [name, { type: 'string' as const }]),
		...booleans.map((name) => [name, { type: 'boolean' as const }])
	]);
	try {
		const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
		return { values: values as Partial<Record<S, string> & Record<B, boolean>>, positionals };
	} catch (e) {
		throw new UsageError(e instanceof Error ? e.message : String(e));
	}
}

/** A flag that must be a whole number within bounds. */
export function intFlag(
	value: string | undefined,
	flag: string,
	fallback: number,
	min = 0
): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < min)
		throw new UsageError(`--${flag} must be a whole number ≥ ${min}, got "${value}"`);
	return n;
}

/** A comma-separated flag as a list (blank entries dropped); undefined when not given. */
export function listFlag(value: string | undefined): string[] | undefined {
	return value
		?.split(',')
		.map((d) => d.trim())
		.filter(Boolean);
}
