/**
 * Results through the real routing: what opening them costs whatever the number of respondents, figures equal to
 * a recount of the stored answers, the snapshot the close builds (and what it keeps), built once reads have
 * settled and never again.
 */
import { KEYS } from '../../src/adapters/keys';
import type { Aggregate } from '../../src/domain/results';
import type { ResultsView } from '../../src/shared/contract/results';
import { ADMIN_PAGE, aCampaign } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, model, recount, resultsCalls, SHARED } from './support/results';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { later, runJob, seedAnswers, closedCampaignWith, open } = resultsCalls(() => h);

describe('opening results', () => {
  it.each([10, 1000, 5000])(
    'costs 3 storage round trips with %i respondents, and the figures equal a recount of the answers',
    async (n) => {
      await closedCampaignWith(n);
      const { result, counts } = await open(PEOPLE.jean);
      expect(result.ok).toBe(true);
      // The caller's roles, one batch get (campaign and snapshot), the frozen model.
      expect(counts.storage).toBe(3);
      const view = result.data as ResultsView & { scope: 'full' };
      expect(view.scope).toBe('full');
      const overall = view.results.overall as Aggregate & { hidden: false };
      expect(overall.hidden).toBe(false);
      expect(overall.respondents).toBe(n);
      expect(overall.criteria.map(({ counts, na }) => ({ counts, na }))).toEqual(recount(n));
    },
  );
});

describe('the snapshot', () => {
  it('keeps no respondent key, comment or time finer than the close', async () => {
    await closedCampaignWith(12);
    const stored = JSON.stringify(h.dump().kvs.filter((e) => e.key.startsWith('results:')));
    expect(stored).not.toContain('respondent-');
    expect(stored).not.toContain('fact ');
  });

  it('a campaign closed before snapshots existed is built on first open', async () => {
    await h.seed({
      campaigns: [aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) })],
      models: [model],
      roles: {},
    });
    await seedAnswers(20);
    const { result } = await open(PEOPLE.jean);
    expect(result).toMatchObject({ ok: true, data: { results: { overall: { respondents: 20 } } } });
    expect(h.dump().kvs.some((e) => e.key === KEYS.resultsHeader(campaignId))).toBe(true);
  });
});

describe('settled figures, built once', () => {
  it('right after the close, results wait for storage to settle; then the job builds them once', async () => {
    await h.seed({ campaigns: [aCampaign({ results: SHARED })], models: [model], roles: {} });
    await seedAnswers(10);
    await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, ADMIN_PAGE);
    const early = await open(PEOPLE.jean);
    expect(early.result).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', reason: 'results.preparing', params: { minutes: 10 } },
    });
    expect(h.dump().kvs.filter((e) => e.key.startsWith('results:'))).toEqual([]);
    // Not settled yet: the job leaves it.
    expect((await runJob()).rebuilt).toEqual([]);
    // An answer that a read right after the close could have missed is in the figures built once settled.
    await seedAnswers(5, 10);
    later(11);
    expect((await runJob()).rebuilt).toEqual([campaignId]);
    const { result } = await open(PEOPLE.jean);
    expect(result).toMatchObject({ ok: true, data: { results: { overall: { respondents: 15 } } } });
    // Never built again: two versions would differ by the last answers.
    await seedAnswers(1, 40);
    expect((await runJob()).rebuilt).toEqual([]);
    expect((await open(PEOPLE.jean)).result).toMatchObject({
      data: { results: { overall: { respondents: 15 } } },
    });
  });

  it('stores rows in an order that says nothing of who gave them', async () => {
    await closedCampaignWith(40);
    const rows = h
      .dump()
      .kvs.filter((e) => /^results:cmp-2026:\d+$/.test(e.key))
      .flatMap((e) => (e.value as { rows: [string, string][] }).rows);
    expect(rows).toHaveLength(40);
    const shard0 = (
      h.dump().kvs.find((e) => e.key === KEYS.resultsShard(campaignId, 0))!.value as { rows: string[][] }
    ).rows;
    const sorted = [...shard0].sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
    expect(shard0).toEqual(sorted);
  });
});
