/**
 * Races between answers and the campaign record (issue 7, item 2), on the local host with storage latency, jitter
 * and stale reads switched on (reads and queries may answer a recent older value, as Forge storage may). Every
 * response write is one transaction conditional on the campaign record, so:
 * - an answer racing a switch from named to anonymous is never stored under the plain account id (nor with an
 *   exact time) in a campaign that ends up anonymous;
 * - no answer is written after the campaign's close, in named and anonymous campaigns alike.
 * Each round runs with another seed; the commits are observed in the order the store applied them.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { aCampaign, aModel, answersFor } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

const model = aModel();
const campaignId = 'cmp-2026';
const ROUNDS = 6;
const storage = (seed: number) => ({
  latencyMs: 20,
  latencyJitterMs: 20,
  staleReads: { probability: 0.5, windowMs: 60_000 },
  seed,
});

interface Commit {
  body: string;
}

/** Records the transactions the store accepted, in the order it answered them. */
function watchCommits(): { commits: Commit[]; stop: () => void } {
  const globals = globalThis as unknown as { __forge_fetch__: (...args: unknown[]) => Promise<Response> };
  const real = globals.__forge_fetch__;
  const commits: Commit[] = [];
  globals.__forge_fetch__ = async (...args: unknown[]) => {
    const response = await real(...args);
    const [, path, init] = args as [unknown, string, { body?: string } | undefined];
    if (path.includes('/transaction') && response.ok) commits.push({ body: init?.body ?? '' });
    return response;
  };
  return { commits, stop: () => (globals.__forge_fetch__ = real) };
}

const writesResponse = (c: Commit) =>
  c.body.includes(`"entityName":"${ENTITIES.response}"`) && c.body.includes('"set"');
const closes = (c: Commit) => c.body.includes('"status":"closed"');

/** Setting up and checking read the latest values; only the race itself sees stale reads. */
const settled = (h: Backend) => h.kvs.consistency.settle();

async function withHarness(seed: number, run: (h: Backend) => Promise<void>) {
  const h = await startBackend({ storage: storage(seed) });
  try {
    await run(h);
  } finally {
    await h.close();
  }
}

/** The admin's campaigns/save input for the stored campaign, with some changes. */
async function campaignInput(h: Backend, changes: Record<string, unknown>) {
  const view = (await h.call(PEOPLE.jean, 'campaigns/get', { campaignId }, { moduleKey: 'admin-page' }))
    .result.data;
  // What campaigns/save accepts: the campaign's definition, without what the server owns.
  const fields = ['id', 'name', 'period', 'opensOn', 'closesOn', 'anonymous', 'modelId', 'audience', 'team'];
  const input = Object.fromEntries(
    [...fields, 'commentRequiredAtOrBelow', 'results'].map((field) => [
      field,
      (view as unknown as Record<string, unknown>)[field],
    ]),
  );
  return { campaign: { ...input, ...changes }, baseRevision: view.revision };
}

const submit = (h: Backend, who: string) =>
  h.call(who, 'survey/submit', {
    campaignId,
    kind: 'customer',
    answers: answersFor(model, 3),
    baseRevision: 0,
  });

describe('answers racing the campaign record, with latency and stale reads', () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
    'round %i: a switch to anonymous never leaves a plain account id or an exact time behind',
    async (seed) => {
      await withHarness(seed, async (h) => {
        await h.seed({ campaigns: [aCampaign()], models: [model], roles: {} });
        settled(h);
        const input = await campaignInput(h, { anonymous: true });
        const [switched, answered] = await Promise.all([
          h.call(PEOPLE.jean, 'campaigns/save', input, { moduleKey: 'admin-page' }),
          submit(h, PEOPLE.alice),
        ]);
        settled(h);
        const stored = (
          await h.call(PEOPLE.jean, 'campaigns/get', { campaignId }, { moduleKey: 'admin-page' })
        ).result.data;
        // Either may lose, never both silently: a lost call is a typed refusal.
        for (const outcome of [switched.result, answered.result]) {
          if (!outcome.ok) expect(['CONFLICT', 'UNAVAILABLE']).toContain(outcome.error.code);
        }
        if (stored.anonymous) {
          for (const record of h.responses()) {
            expect(record.respondentKey).not.toBe(PEOPLE.alice);
            expect(record).not.toHaveProperty('updatedAt');
          }
        }
        // An acknowledged answer is stored, under the key of the campaign's anonymity.
        if (answered.result.ok) expect(h.responses()).toHaveLength(1);
      });
    },
  );

  it.each(Array.from({ length: ROUNDS }, (_, i) => ({ seed: i + 11, anonymous: i % 2 === 1 })))(
    'round $seed (anonymous: $anonymous): no answer is written after the close',
    async ({ seed, anonymous }) => {
      await withHarness(seed, async (h) => {
        await h.seed({ campaigns: [aCampaign({ anonymous })], models: [model], roles: {} });
        if (anonymous) {
          await h.asApp(async () => {
            const { kvs } = await import('@forge/kvs');
            await kvs.setSecret(KEYS.pseudonymSecret(campaignId), 'cd'.repeat(32));
          });
        }
        settled(h);
        const { revision } = (
          await h.call(PEOPLE.jean, 'campaigns/get', { campaignId }, { moduleKey: 'admin-page' })
        ).result.data;
        const watch = watchCommits();
        let closed;
        try {
          [closed] = await Promise.all([
            h.call(
              PEOPLE.jean,
              'campaigns/close',
              { campaignId, baseRevision: revision },
              { moduleKey: 'admin-page' },
            ),
            submit(h, PEOPLE.alice),
            submit(h, PEOPLE.bruno),
            submit(h, PEOPLE.chloe),
          ]);
        } finally {
          watch.stop();
        }
        const closeAt = watch.commits.findIndex(closes);
        if (closed?.result.ok) expect(closeAt).toBeGreaterThanOrEqual(0);
        if (closeAt >= 0) expect(watch.commits.slice(closeAt + 1).filter(writesResponse)).toEqual([]);
        // What is stored is exactly what was written before the close.
        const written = watch.commits.slice(0, closeAt < 0 ? undefined : closeAt).filter(writesResponse);
        expect(h.responses()).toHaveLength(written.length);
      });
    },
  );
});
