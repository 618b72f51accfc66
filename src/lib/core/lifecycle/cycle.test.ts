import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LabeledCall } from '../schema';
import { trainQualifier, type ModelArtifact } from '../scoring';
import { generateCalls } from '../synth';
import { runCycle, type Trainer } from './cycle';
import { DEFAULT_CONFIG } from './config';
import { MemoryStore } from './memory-store';
import { rollback } from './rollback';

const DAY = 86_400_000;
const calls = generateCalls({ rows: 1600, seed: 21, start: '2026-01-01', days: 60 }).calls.map(
	(c) => v.parse(LabeledCall, c)
);
const examples = calls.map((c) => ({
	lead: c,
	progressed: c.progressed,
	voice_ai: c.voice_ai,
	occurred_at: new Date(Date.parse(c.call_date!) + DAY).toISOString()
}));
const clock = () => new Date('2026-03-10T02:00:00Z');
// A weak champion (one stump, trained on the first 200 calls, with a Voice AI text model) and a
// strong one.
const weak = (
	await trainQualifier(calls.slice(0, 200), {
		now: new Date('2026-01-10T00:00:00Z'),
		holdout: 'random',
		gbdt: { nTrees: 1, maxDepth: 1 },
		forest: { nTrees: 3 },
		realText: {
			texts: calls.slice(200, 500).map((c, i) => ({
				lead: c,
				voiceAi: c.voice_ai,
				progressed: c.progressed,
				group: `writer-${i % 3}`
			}))
		}
	})
).artifact;
const strong = (await trainQualifier(calls, { now: new Date('2026-03-01T00:00:00Z') })).artifact;

function storeWith(champion: ModelArtifact, rows = examples) {
	const store = new MemoryStore(champion);
	store.add(rows);
	return store;
}

describe('runCycle', () => {
	it('retrains on new outcomes and promotes a significantly better challenger; rollback restores the old one', async () => {
		const store = storeWith(weak);
		const record = await runCycle({ store, clock });
		expect(record.triggers).toContain('new_samples');
		expect(record.status).toBe('promoted');
		expect(record.evaluation!.comparison.verdict).toBe('better');
		expect(record.evaluation!.challenger.log_loss).toBeLessThan(
			record.evaluation!.champion.log_loss
		);
		expect(record.data.holdout_rows).toBe(300);
		// The winner (trained without the holdout) is refitted on every labelled call, and serves.
		expect(record.trained).toBe('retrain_20260310_020000');
		const promoted = record.versions.champion_after;
		expect(promoted).toBe('retrain_20260310_020001');
		expect(record.refit).toBe(promoted);
		const rows = async (version: string) =>
			((await store.getArtifact(version)) as ModelArtifact).data.rows;
		expect(await rows(promoted)).toBe(record.data.train_rows! + record.data.holdout_rows!);
		expect(await rows(record.trained!)).toBe(record.data.train_rows);
		// Both keep the champion's text models learned from real text: outcomes do not refit them.
		for (const version of [promoted, record.trained!]) {
			const artifact = (await store.getArtifact(version)) as ModelArtifact;
			expect(artifact.voice_ai.text).toEqual(weak.voice_ai.text);
			expect(artifact.progression.text).toEqual(weak.progression.text);
			// …and boost with the cycle's settings for a few thousand calls.
			expect(artifact.training.gbdt).toMatchObject({ minChildWeight: 20, lambda: 5 });
		}
		expect(weak.voice_ai.text && weak.progression.text).toBeTruthy();
		expect((await store.pointers()).champion).toBe(promoted);
		expect(store.alerts.some((a) => a.text.startsWith('New champion'))).toBe(true);
		expect((await store.recentCycles(5))[0]).toBe(record);

		// Nothing new since: the next cycle skips and says why.
		const next = await runCycle({
			store,
			clock: () => new Date('2026-03-10T03:00:00Z'),
			config: { policy: { onDrift: false, onAccuracyAlert: false } }
		});
		expect(next.status).toBe('skipped');
		expect(next.reason).toMatch(/^skipped: 0\.0 of 7 days since training, 0 of 20 new outcomes/);

		const change = await rollback({ store, clock, actor: 'test' });
		expect(change.next.champion).toBe(weak.version);
		expect((await store.pointers()).champion).toBe(weak.version);
		expect(store.alerts.at(-1)!.text).toContain('rolled back');
		await expect(rollback({ store, clock, actor: 'test', to: weak.version })).rejects.toThrow(
			/already the champion/
		);
		// The previous champion is now the promoted version: a second rollback undoes the first.
		expect((await rollback({ store, clock, actor: 'test' })).next.champion).toBe(promoted);
		const fresh = storeWith(strong);
		await expect(rollback({ store: fresh, clock, actor: 'test' })).rejects.toThrow(
			/no earlier champion/
		);
	});

	it('challenges a refit champion only on outcomes it has not seen', async () => {
		const store = storeWith(weak);
		const first = await runCycle({ store, clock });
		expect(first.refit).toBe((await store.pointers()).champion);
		// The refit learned this holdout: judged on it, every challenger would look worse.
		const again = await runCycle({
			store,
			clock: () => new Date('2026-03-10T03:00:00Z'),
			force: true
		});
		expect(again.status).toBe('skipped');
		expect(again.reason).toMatch(/refitted on 300 of the 300 holdout outcomes/);
		expect(again.trained).toBeUndefined();
		// Nor is it monitored on them: its accuracy on calls it learned says nothing.
		expect(again.data.recent).toBe(0);
		expect(again.monitor).toBeNull();
		// 300 outcomes later the holdout is all new to it, and a challenger is trained and judged.
		const later = generateCalls({ rows: 320, seed: 22, start: '2026-03-11', days: 8 });
		store.add(
			later.calls.map((c) => {
				const lead = v.parse(LabeledCall, c);
				const occurred_at = new Date(Date.parse(c.call_date!) + DAY).toISOString();
				return { lead, progressed: lead.progressed, voice_ai: lead.voice_ai, occurred_at };
			})
		);
		const judged = await runCycle({ store, clock: () => new Date('2026-03-21T02:00:00Z') });
		expect(judged.status).not.toBe('skipped');
		expect(judged.evaluation!.comparison.n).toBe(300);
		expect(judged.data.recent).toBe(320);
	}, 60_000);

	it('holds a challenger to alphaOnDrift instead of alpha when the drift report detects drift', async () => {
		const levels = { promotion: { alpha: 0, alphaOnDrift: 1 } };
		// Drift tested on every row (share threshold 0) → the lenient level promotes.
		const drifting = storeWith(weak);
		const promoted = await runCycle({
			store: drifting,
			clock,
			config: { ...levels, drift: { shareThreshold: 0 } },
			force: true
		});
		expect(promoted.drift!.detected).toBe(true);
		expect(promoted.evaluation!.comparison.alpha).toBe(1);
		expect(promoted.status).toBe('promoted');
		// No drift report (too few rows for one) → the strict level keeps the same challenger.
		const stable = storeWith(weak);
		const kept = await runCycle({
			store: stable,
			clock,
			config: { ...levels, drift: { minRows: 1e9 } },
			force: true
		});
		expect(kept.drift).toBeNull();
		expect(kept.evaluation!.comparison.alpha).toBe(0);
		expect(kept.status).toBe('kept');
		expect((await stable.pointers()).champion).toBe(weak.version);
	}, 60_000);

	it('does not promote a worse challenger', async () => {
		const store = storeWith(strong);
		const worse: Trainer = (rows, options) =>
			trainQualifier(rows, { ...options, gbdt: { nTrees: 1 }, forest: { nTrees: 3 } });
		const record = await runCycle({ store, clock, train: worse, force: true });
		// At the default level (0.5) a challenger is promoted or rejected, never kept.
		expect(record.status).toBe('rejected');
		expect(record.reason).toMatch(/rejected, worse on the holdout/);
		expect(record.evaluation!.comparison.verdict).not.toBe('better');
		expect((await store.pointers()).champion).toBe(strong.version);
	});

	it('keeps at most three challengers that never served, however many cycles train', async () => {
		const store = storeWith(strong);
		const worse: Trainer = (rows, options) =>
			trainQualifier(rows, { ...options, gbdt: { nTrees: 1 }, forest: { nTrees: 3 } });
		const trained: string[] = [];
		const pruned: string[] = [];
		for (let k = 0; k < 6; k++) {
			const at = () => new Date(Date.parse('2026-03-10T02:00:00Z') + k * 60_000);
			const record = await runCycle({ store, clock: at, train: worse, force: true });
			trained.push(record.trained!);
			pruned.push(...(record.pruned ?? []));
		}
		const { champion, challenger } = await store.pointers();
		expect(champion).toBe(strong.version);
		const kept = trained.filter((v) => store.artifacts.has(v));
		expect(kept.length).toBeLessThanOrEqual(3 + (challenger ? 1 : 0));
		expect(pruned.sort()).toEqual(trained.filter((v) => !kept.includes(v)).sort());
		expect(store.artifacts.has(strong.version)).toBe(true);
	}, 60_000);

	it('a failing or corrupt training run leaves the champion serving and is recorded', async () => {
		const store = storeWith(strong);
		const failing: Trainer = async () => {
			throw new Error('out of memory');
		};
		const failed = await runCycle({ store, clock, train: failing, force: true });
		expect(failed).toMatchObject({ status: 'failed', error: 'out of memory' });
		expect(store.alerts.at(-1)!.text).toContain('Learning cycle failed');

		const corrupt: Trainer = async (rows, options) => {
			const { artifact } = await trainQualifier(rows, options);
			return { artifact: { ...artifact, thresholds: { ...artifact.thresholds, ae_handoff: 0 } } };
		};
		const tampered = await runCycle({ store, clock, train: corrupt, force: true });
		expect(tampered.status).toBe('failed');
		expect(tampered.error).toMatch(/corrupt/);
		expect((await store.pointers()).champion).toBe(strong.version);
		expect(store.log.recent.map((r) => r.status)).toEqual(['failed', 'failed']);
	});

	it('fails with too few positives instead of training on them', async () => {
		const store = storeWith(
			strong,
			examples.map((e) => ({ ...e, progressed: false }))
		);
		const record = await runCycle({ store, clock, force: true });
		expect(record.status).toBe('failed');
		expect(record.error).toMatch(/too few positives/);
		expect((await store.pointers()).champion).toBe(strong.version);
	});

	it('in shadow mode a winner starts a trial, and live outcomes promote it', async () => {
		const store = storeWith(weak, examples.slice(0, 1300));
		const config = { promotion: { mode: 'shadow' as const, minLiveRows: 50 } };
		const first = await runCycle({ store, clock: () => new Date('2026-02-20T02:00:00Z'), config });
		expect(first.status).toBe('trial');
		expect((await store.pointers()).champion).toBe(weak.version);
		store.add(examples.slice(1300).map((e) => ({ ...e, occurred_at: '2026-03-01T00:00:00.000Z' })));
		const second = await runCycle({ store, clock, config });
		// A live trial is judged at trialAlpha, not at the holdout's lenient alpha.
		expect(second.trial!.comparison!.alpha).toBe(DEFAULT_CONFIG.promotion.trialAlpha);
		expect(second.trial!.comparison!.verdict).toBe('better');
		expect(second.status).toBe('promoted');
		expect((await store.pointers()).champion).toBe(first.versions.challenger);
	});
});
