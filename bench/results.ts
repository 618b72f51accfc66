// Every bench owns one `## Title` section of bench/RESULTS.md and replaces only that section,
// so each can be re-run alone; the file is kept prettier-formatted like the rest of the repo.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const RESULTS = new URL('RESULTS.md', import.meta.url);
const HEADER = `# Benchmark results

Measured on the development machine (2 shared cores, other work running); every figure is a
median over repeats, next to a reference measured in the same run. Re-run with the npm
script named in each section.
`;

/** Replaces (or appends) the section whose body starts with `## title`. */
export async function writeSection(title: string, body: string): Promise<void> {
	let previous: string;
	try {
		previous = readFileSync(RESULTS, 'utf8');
	} catch {
		previous = HEADER;
	}
	const section = `## ${title}\n\n${body.trim()}\n`;
	const start = previous.indexOf(`## ${title}\n`);
	const end = start < 0 ? -1 : previous.indexOf('\n## ', start + 1);
	const next =
		start < 0
			? `${previous.trimEnd()}\n\n${section}`
			: `${previous.slice(0, start)}${section}${end < 0 ? '' : `\n${previous.slice(end + 1)}`}`;
	const path = RESULTS.pathname;
	writeFileSync(RESULTS, await format(next, { ...(await resolveConfig(path)), filepath: path }));
}
