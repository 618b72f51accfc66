// The scoring worker as the tests and the bench run it: the app's ScoringService (wasm files
// served from /tfjs/), plus leads generated inside the worker so 100,000 of them never cross
// postMessage.
import { expose } from 'comlink';
import * as v from 'valibot';
import { ScoringService, type EngineChoice } from '../../src/lib/browser/scoring-service';
import { Lead } from '../../src/lib/core/schema';
import { generateCalls } from '../../src/lib/core/synth';

class HarnessService extends ScoringService {
	private leads: Lead[] = [];

	/** Generates `unique` leads and repeats them up to `rows` (feature extraction still runs per row). */
	generate(rows: number, seed: number, unique = rows): number {
		const base = generateCalls({ rows: Math.min(rows, unique), seed }).calls.map((c) =>
			v.parse(Lead, c)
		);
		this.leads = Array.from({ length: rows }, (_, i) => base[i % base.length]!);
		return this.leads.length;
	}

	/** Scores the generated leads end to end (validation, features, both models, decisions). */
	async scoreGenerated(engine: EngineChoice, onProgress?: (done: number) => void) {
		const {
			rows,
			ms,
			engine: used,
			backend
		} = await this.scoreLeads(this.leads, { engine }, onProgress);
		return { scored: rows.length, ms, engine: used, backend };
	}

	generatedProbabilities(engine: EngineChoice, rowsPerCall?: number) {
		return this.probabilities(this.leads, engine, rowsPerCall);
	}
}

expose(new HarnessService({ wasmPaths: '/tfjs/' }));
