import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { readTable } from '../src/lib/core/io';
import { Lead } from '../src/lib/core/schema';

/**
 * One labelled text of the team's real set (`data/real/`): a company description
 * (`companies*.jsonl`) or a hand-written intro call (`calls-*.jsonl`), with the file it came
 * from — one writer's calls, or one batch of sources.
 */
export interface RealText {
	file: string;
	id: string;
	split: string;
	set: 'descriptions' | 'calls';
	style?: string;
	lead: Lead;
	voice_ai: number;
	progressed?: number;
}

/**
 * Reads every labelled text of a real-text directory, or of one JSON Lines file of calls
 * (`split` then overrides the file's). A record that is not a valid lead throws, naming it.
 */
export function readRealTexts(path: string, split?: string): RealText[] {
	const files = path.endsWith('.jsonl')
		? [path]
		: readdirSync(path)
				.filter((f) => /^(companies|calls-).*\.jsonl$/.test(f))
				.sort()
				.map((f) => join(path, f));
	return files.flatMap((file) =>
		readTable(readFileSync(file, 'utf8'), 'jsonl').records.map(({ value }, i) => {
			const r = value as Record<string, unknown>;
			const calls = r.progressed !== undefined;
			const lead = v.safeParse(
				Lead,
				calls ? r : { company_name: r.company_name, website: r.website, description: r.description }
			);
			if (!lead.success)
				throw new Error(`${file}, record ${i + 1}: not a valid lead: ${lead.issues[0].message}`);
			return {
				file: basename(file),
				id: String(calls ? r.lead_id : r.id),
				split: split ?? String(r.split),
				set: calls ? 'calls' : 'descriptions',
				...(calls ? { style: String(r.style), progressed: Number(r.progressed) } : {}),
				lead: lead.output,
				voice_ai: Number(r.voice_ai)
			} satisfies RealText;
		})
	);
}
