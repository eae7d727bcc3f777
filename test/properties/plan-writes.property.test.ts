/**
 * Every write the plan acknowledges is stored, under concurrency: reviews, date adjustments and weighing ballots
 * sent at the same moment, with storage latency, jitter and stale reads switched on (as Forge storage may answer a
 * recent older value). Each round runs with another seed.
 */
import { aCampaign, aModel } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

const campaignId = 'cmp-2026';
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };
const storage = (seed: number) => ({
  latencyMs: 10,
  latencyJitterMs: 20,
  staleReads: { probability: 0.5, windowMs: 60_000 },
  seed,
});

async function withBackend(seed: number, run: (h: Backend) => Promise<void>) {
  const h = await startBackend({ storage: storage(seed) });
  try {
    await h.seed({
      campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
      models: [aModel()],
      roles: {},
    });
    h.kvs.consistency.settle();
    await run(h);
  } finally {
    await h.close();
  }
}

describe('50 reviews recorded at the same moment', () => {
  it.each([1, 2, 3])('keeps every review it acknowledged (seed %i)', async (seed) => {
    await withBackend(seed, async (h) => {
      const editors = [PEOPLE.jean, PEOPLE.grace];
      const calls = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          h.call(editors[i % 2], 'followup/review', { campaignId, comment: `Review ${i}` }, adminPage),
        ),
      );
      const acknowledged = calls.filter((c) => c.result.ok).map((c) => c.result.data.comment);
      expect(acknowledged).toHaveLength(50);
      h.kvs.consistency.settle();
      const listed = (await h.call(PEOPLE.ines, 'followup/get', { campaignId }, adminPage)).result.data
        .reviews;
      expect(listed.map((r) => r.comment).sort()).toEqual([...acknowledged].sort());
      expect(new Set(listed.map((r) => r.id)).size).toBe(50);
    });
  });
});

describe('50 date adjustments sent at the same moment', () => {
  it.each([4, 5])(
    'keeps every adjustment it acknowledged, in the action and its log (seed %i)',
    async (seed) => {
      await withBackend(seed, async (h) => {
        const saved = await h.call(
          PEOPLE.grace,
          'plan/saveAction',
          {
            campaignId,
            revision: 0,
            title: { 'en-US': 'Publish lead times' },
            description: { 'en-US': '' },
            criterionIds: [],
          },
          adminPage,
        );
        const actionId = saved.result.data.id;
        h.kvs.consistency.settle();
        // Each caller read the action at some revision (1 to 5): most lose the race and must be told so.
        const calls = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            h.call(
              PEOPLE.grace,
              'plan/adjust',
              { campaignId, actionId, revision: 1 + (i % 5), dueDate: '2027-01-15', reason: `Reason ${i}` },
              adminPage,
            ),
          ),
        );
        const acknowledged = calls.filter((c) => c.result.ok).map((_, i) => i);
        expect(acknowledged.length).toBeGreaterThan(0);
        const refusals = calls.filter((c) => !c.result.ok).map((c) => c.result.error.reason);
        expect(new Set(refusals)).toEqual(new Set(refusals.length > 0 ? ['plan.stale'] : []));
        h.kvs.consistency.settle();
        const ackReasons = calls
          .filter((c) => c.result.ok)
          .map((c) => c.result.data.adjustments.at(-1)!.reason)
          .sort();
        const log = await h.call(
          PEOPLE.ines,
          'plan/adjustments',
          { campaignId, actionId, from: 0 },
          adminPage,
        );
        expect(log.result.data.adjustments.map((a) => a.reason).sort()).toEqual(ackReasons);
      });
    },
  );
});
