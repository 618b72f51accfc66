import { RollbackError } from '../src/lib/core/lifecycle';
import { DataFormatError, ValidationError } from '../src/lib/core/schema';
import { ModelFormatError } from '../src/lib/core/trees/model-format';
import { setQuiet } from './files';
import { StoreError } from './model-store';
import { UsageError, type Command } from './command';
import { features } from './commands/features';
import { fit } from './commands/fit';
import { generate } from './commands/generate';
import { score } from './commands/score';
import { learn } from './commands/learn';
import { models } from './commands/models';
import { simulation } from './commands/simulate';
import { train } from './commands/train';

const COMMANDS: Command[] = [generate, features, train, score, fit, learn, models, simulation];

const HELP = `qualify — Fellow Qualify command line

Usage: qualify <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Options of every command:
  --quiet, -q  no progress lines (they appear only on a terminal, for work longer than 2 s)

Run "qualify <command> --help" for a command's options.`;

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const args = rest.filter((a) => a !== '--quiet' && a !== '-q');
	setQuiet(args.length < rest.length);
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		console.log(HELP);
		return name === undefined ? 2 : 0;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		console.error(`qualify: unknown command "${name}"\n\n${HELP}`);
		return 2;
	}
	if (args.includes('--help') || args.includes('-h')) {
		console.log(command.usage);
		return 0;
	}
	try {
		await command.run(args);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`qualify ${name}: ${e.message}\n\n${command.usage}`);
			return 2;
		}
		console.error(`qualify ${name}: ${describeFailure(e)}`);
		if (process.env.QUALIFY_DEBUG && e instanceof Error) console.error(e.stack);
		return 1;
	}
}

/**
 * One line for any failure. Errors about the input (data, models, files, out-of-range
 * settings) say what is wrong; anything else is a defect in qualify, said so, with the stack
 * trace one environment variable away.
 */
export function describeFailure(e: unknown): string {
	if (!(e instanceof Error)) return `failed: ${String(e)}`;
	const message = e.message.split('\n', 1)[0]!;
	if (
		e instanceof DataFormatError ||
		e instanceof ValidationError ||
		e instanceof RollbackError ||
		e instanceof ModelFormatError ||
		e instanceof RangeError ||
		e instanceof StoreError ||
		isFileError(e)
	)
		return message;
	return `internal error: ${message} (run with QUALIFY_DEBUG=1 for the stack trace)`;
}

function isFileError(e: unknown): e is Error {
	return e instanceof Error && 'code' in e && typeof e.code === 'string' && 'path' in e;
}
