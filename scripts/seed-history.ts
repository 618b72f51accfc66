// `npm run seed:history -- [--api URL] [--weeks N] [--calls-per-day C] [--seed S]
//   [--cycle-every D] [--retrain-every W]`
//
// Loads the demo history into a running API (npm start): simulated weeks replayed through its
// public endpoints, marked as demo data — see src/lib/demo/seed-history.ts, which the
// dashboard's "Load demo history" runs too. Remove it with DELETE /demo (admin) or from the
// dashboard.
import { parseArgs } from 'node:util';
import { seedHistory } from '../src/lib/demo/seed-history';
import { devVars } from './local';

const { values } = parseArgs({
	options: {
		api: { type: 'string', default: 'http://127.0.0.1:8787' },
		weeks: { type: 'string', default: '12' },
		'calls-per-day': { type: 'string', default: '30' },
		seed: { type: 'string', default: '1' },
		'cycle-every': { type: 'string', default: '7' },
		'retrain-every': { type: 'string', default: '4' }
	}
});
const adminToken = process.env.ADMIN_TOKEN ?? devVars().ADMIN_TOKEN;
if (!adminToken) throw new Error('no ADMIN_TOKEN in the environment or .dev.vars');

const summary = await seedHistory({
	api: values.api,
	adminToken,
	weeks: Number(values.weeks),
	callsPerDay: Number(values['calls-per-day']),
	seed: Number(values.seed),
	cycleEvery: Number(values['cycle-every']),
	retrainEvery: Number(values['retrain-every']),
	onProgress: ({ message }) => {
		if (message) console.log(message);
	}
});
console.log(
	`seeded ${values.weeks} weeks from ${summary.from} on ${values.api}: ${summary.leads} leads, ` +
		`${summary.outcomes} outcomes, ${summary.cycles} learning cycles (demo data: remove with DELETE /demo)`
);
