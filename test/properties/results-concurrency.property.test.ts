/**
 * Results equal a recomputation from the stored answers whatever the order and concurrency of submits and edits
 * (issue 8): 50 concurrent saves and submits of the audience, through the real handler, with storage latency and
 * stale reads on, then the close, and the hourly job once reads have settled.
 */
import fc from 'fast-check';
import type { Answers } from '../../src/domain/survey/response';
import type { ShownAggregate } from '../../src/domain/results';
import type { ResultsView } from '../../src/shared/contract/results';
import { aCampaign, aModel } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend({
    storage: {
      latencyMs: 2,
      latencyJitterMs: 3,
      staleReads: { probability: 0.3, windowMs: 60_000 },
      seed: 11,
    },
  });
});
afterAll(() => h.close());
afterEach(() => h.clock.reset());

const model = aModel();
const campaignId = 'cmp-2026';
const CRITERIA = model.sections.flatMap((s) => s.criteria.map((c) => c.id));
const CUSTOMERS = [PEOPLE.alice, PEOPLE.bruno, PEOPLE.chloe, PEOPLE.david, PEOPLE.farid];
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };

const opArb = fc.record({
  who: fc.constantFrom(...CUSTOMERS),
  mode: fc.constantFrom<'survey/saveDraft' | 'survey/submit'>('survey/saveDraft', 'survey/submit'),
  values: fc.array(fc.constantFrom<1 | 2 | 3 | 4 | 'na'>(1, 2, 3, 4, 'na'), {
    minLength: CRITERIA.length,
    maxLength: CRITERIA.length,
  }),
  /** How stale the browser's revision is: 0 = the last one it saw. */
  lag: fc.nat({ max: 1 }),
});

/** The naive recount over what storage finally holds: submitted customer answers only. */
function recount() {
  const submitted = h.responses().filter((r) => r.kind === 'customer' && r.status === 'submitted') as {
    answers: Answers;
  }[];
  return {
    respondents: submitted.length,
    criteria: CRITERIA.map((id) => {
      const counts = [0, 0, 0, 0];
      let na = 0;
      for (const { answers } of submitted) {
        const value = answers[id]?.value;
        if (value === 'na') na += 1;
        else if (value !== undefined) counts[value - 1]! += 1;
      }
      return { counts, na };
    }),
  };
}

test('50 concurrent saves and submits, then the close: the figures equal a recount of the stored answers', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 50, maxLength: 50 }), async (ops) => {
      h.kvs.reset();
      h.clock.reset();
      await h.seed({
        campaigns: [
          aCampaign({ results: { roles: ['admin'], customersAfterClose: false, minGroupSize: 3 } }),
        ],
        models: [model],
        roles: {},
      });
      h.kvs.consistency.settle();
      const seen = new Map<string, number>();
      await Promise.all(
        ops.map(async ({ who, mode, values, lag }) => {
          const answers: Answers = Object.fromEntries(
            CRITERIA.map((id, i) => [id, { value: values[i]!, comment: 'seen on order 4411' }]),
          );
          const { result } = await h.call(who, mode, {
            campaignId,
            kind: 'customer',
            answers,
            baseRevision: Math.max(0, (seen.get(who) ?? 0) - lag),
            ...(who === PEOPLE.david ? { departmentId: 'finance' } : {}),
          });
          const revision = (result.data as { revision?: number } | undefined)?.revision;
          if (result.ok && revision !== undefined) seen.set(who, Math.max(seen.get(who) ?? 0, revision));
        }),
      );
      // Closed at once, while reads may still be stale (the admin retries on a stale revision, as the UI does).
      let closed = false;
      for (let attempt = 0; attempt < 10 && !closed; attempt += 1) {
        const campaign = await h.call(PEOPLE.jean, 'campaigns/get', { campaignId }, adminPage);
        const revision = (campaign.result.data as { revision: number }).revision;
        const close = await h.call(
          PEOPLE.jean,
          'campaigns/close',
          { campaignId, baseRevision: revision },
          adminPage,
        );
        closed = close.result.ok;
      }
      expect(closed).toBe(true);
      // The hourly job, once reads have settled.
      h.clock.advance(11 * 60 * 1000);
      h.kvs.consistency.settle();
      await h.asApp(() => h.app.closeDueCampaigns());
      h.kvs.consistency.settle();
      const { result } = await h.call(PEOPLE.jean, 'results/get', { campaignId }, adminPage);
      const expected = recount();
      const view = result.data as ResultsView & { scope: 'full' };
      if (expected.respondents < 3) {
        expect(view.results.overall).toEqual({ hidden: true, reason: 'below-threshold' });
        return;
      }
      const overall = view.results.overall as ShownAggregate & { hidden: false };
      expect(overall.respondents).toBe(expected.respondents);
      // A criterion rated by fewer than k (3) is hidden, with no figure; every shown one is the recount.
      expect(
        overall.criteria.map((cell) => (cell.hidden ? cell.reason : { counts: cell.counts, na: cell.na })),
      ).toEqual(
        expected.criteria.map(({ counts, na }) =>
          counts.reduce((n, x) => n + x, 0) < 3 ? 'too-few-answers' : { counts, na },
        ),
      );
    }),
    { numRuns: 6, seed: 2026, endOnFailure: true },
  );
  // Six runs of 50 writes each through the whole app: about 8 s alone, over 20 s on 2 busy cores.
}, 120_000);
