import { rollback, RollbackError } from '../../src/lib/core/lifecycle';
import { parseFlags, UsageError, type Command } from '../command';
import { openDirStore } from '../lifecycle-store';

export const models: Command = {
	name: 'models',
	summary: 'model registry actions: rollback to the previous or a named champion',
	usage: `Usage: qualify models rollback [--to VERSION] (--store DIR | --api URL) [--actor NAME]

Makes the champion before the current one serve again, or VERSION with --to (verified first;
a running challenger trial ends; the pointer history records who and why).
  --store DIR  the local store of qualify learn (DIR/models/manifest.json, DIR/lifecycle.json)
  --api URL    the edge API (POST URL/models/rollback); the admin token comes from
               QUALIFY_ADMIN_TOKEN
  --actor NAME who rolled back, for the history (default: $USER; the API records its token's role)`,

	async run(args) {
		const { values, positionals } = parseFlags(
			args,
			{ strings: ['to', 'store', 'api', 'actor'] },
			true
		);
		if (positionals.join(' ') !== 'rollback')
			throw new UsageError(`unknown action "${positionals.join(' ')}"; use rollback`);
		if (!values.store === !values.api)
			throw new UsageError('give exactly one of --store and --api');
		if (values.api) {
			const token = process.env.QUALIFY_ADMIN_TOKEN;
			if (!token) throw new UsageError('set QUALIFY_ADMIN_TOKEN to the API admin token');
			const res = await fetch(new URL('models/rollback', values.api.replace(/\/?$/, '/')), {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body: JSON.stringify(values.to ? { version: values.to } : {})
			});
			const body = await res.text();
			if (!res.ok) throw new RollbackError(`the API answered ${res.status}: ${body}`);
			console.log(body);
			return;
		}
		const { store, save } = await openDirStore(values.store!);
		if (values.to && !store.artifacts.has(values.to))
			throw new RollbackError(`no model ${values.to} in ${values.store}/models`);
		const change = await rollback({
			store,
			clock: () => new Date(),
			actor: values.actor ?? process.env.USER ?? 'cli',
			to: values.to
		});
		await save();
		for (const alert of store.alerts) console.error(JSON.stringify(alert));
		console.log(JSON.stringify(change, null, 2));
	}
};
