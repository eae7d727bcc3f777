/**
 * Results through the real routing (issue 8): the snapshot the close builds, what opening results costs whatever
 * the number of respondents, figures equal to a recomputation from the stored answers, and who sees what.
 */
import { KEYS } from '../../src/adapters/keys';
import type { Aggregate } from '../../src/domain/results';
import type { ResultsView } from '../../src/shared/contract/results';
import { aCampaign, aModel, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { ratingOf, seedAnswers as seedStored } from '../helpers/answers';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

/** Moves the app's clock `minutes` further on (the local KVS keeps its own). */
const later = (minutes: number) => h.clock.advance(minutes * 60 * 1000);
const runJob = () => h.asApp(() => h.app.closeDueCampaigns());

const model = aModel();
const campaignId = 'cmp-2026';
const CRITERIA = ['sourcing-price', 'sourcing-lead', 'service-reachable'];
const adminPage = { moduleKey: 'admin-page', locale: 'en-US' };

/** `n` submitted customer answers (and one draft that must not count) written straight into storage. */
const seedAnswers = (n: number, from = 0, campaign = campaignId) =>
  seedStored(h, { campaignId: campaign, criterionIds: CRITERIA, n, from, draft: true });

/** The naive count per criterion and level over the seeded submitted answers. */
function recount(n: number) {
  return CRITERIA.map((_, c) => {
    const counts = [0, 0, 0, 0];
    let na = 0;
    for (let i = 0; i < n; i += 1) {
      const r = ratingOf(i, c);
      if (r === 'na') na += 1;
      else counts[r - 1]! += 1;
    }
    return { counts, na };
  });
}

const SHARED = { roles: ['admin' as const, 'team' as const, 'quality' as const], customersAfterClose: true };

/** Closed by the admin, then, once reads have settled, its results built by the hourly job. */
async function closedCampaignWith(n: number, overrides: Parameters<typeof aCampaign>[0] = {}) {
  await h.seed({ campaigns: [aCampaign({ results: SHARED, ...overrides })], models: [model], roles: {} });
  await seedAnswers(n);
  const closed = await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, adminPage);
  expect(closed.result).toMatchObject({ ok: true, data: { status: 'closed' } });
  later(11);
  expect((await runJob()).rebuilt).toEqual([campaignId]);
}

const open = (who: string, context: Record<string, unknown> = adminPage) =>
  h.call(who, 'results/get', { campaignId }, context);

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

describe('who sees what', () => {
  it('the campaign’s roles see everything once it is closed', async () => {
    await closedCampaignWith(30);
    for (const who of [PEOPLE.jean, PEOPLE.ines, PEOPLE.grace]) {
      const { result } = await open(who);
      expect(result).toMatchObject({ ok: true, data: { scope: 'full' } });
    }
  });

  it('a role the campaign does not share its results with is told so', async () => {
    await closedCampaignWith(30, { results: { roles: ['admin'], customersAfterClose: false } });
    for (const who of [PEOPLE.ines, PEOPLE.grace]) {
      const { result } = await open(who);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'results.notShared' } });
    }
    expect((await open(PEOPLE.jean)).result).toMatchObject({ ok: true, data: { scope: 'full' } });
  });

  it('a customer of the audience sees the overall and their own department only', async () => {
    await closedCampaignWith(30);
    const { result } = await open(PEOPLE.alice, macroContext());
    expect(result).toMatchObject({ ok: true, data: { scope: 'customer' } });
    const results = (result.data as ResultsView & { scope: 'customer' }).results;
    expect(results.departments.map((d) => d.id)).toEqual(['engineering']);
    expect(Object.keys(results).sort()).toEqual(['departments', 'overall', 'thresholds', 'trends']);
  });

  it('a customer of a campaign that does not share its results is told so, not shown them', async () => {
    await closedCampaignWith(30, { results: { roles: ['admin', 'quality'], customersAfterClose: false } });
    const { result } = await open(PEOPLE.alice, macroContext());
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'results.notShared' } });
  });

  it('a buyer who is not in the campaign’s team, and anyone outside it, learn nothing (as for no campaign)', async () => {
    await closedCampaignWith(30, {
      team: [{ accountId: PEOPLE.hugo, portfolio: { departments: ['production'], people: [] } }],
    });
    const missing = await h.call(PEOPLE.jean, 'results/get', { campaignId: 'cmp-none' }, adminPage);
    for (const who of [PEOPLE.grace, PEOPLE.emma]) {
      const { result } = await open(who);
      expect(result).toEqual(missing.result);
    }
  });

  it.each([false, true])(
    'nothing is shown before the close (anonymous: %s), to anyone',
    async (anonymous) => {
      await h.seed({ campaigns: [aCampaign({ anonymous, results: SHARED })], models: [model], roles: {} });
      await seedAnswers(30);
      for (const who of [PEOPLE.jean, PEOPLE.grace, PEOPLE.alice]) {
        const { result } = await open(who);
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN', reason: 'results.notClosed' },
        });
      }
      const stored = h.dump().kvs.filter((e) => e.key.startsWith('results:'));
      expect(stored).toEqual([]);
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
    await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, adminPage);
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

describe('comments', () => {
  const comments = (who: string, query: Record<string, unknown>) =>
    h.call(who, 'results/comments', { campaignId, criterionId: 'sourcing-lead', ...query }, adminPage);
  type Page = { comments: { rating: unknown; text: string }[]; nextCursor?: string };

  it('lists what customers wrote on a criterion, without who or which group', async () => {
    await closedCampaignWith(30);
    const { result, counts } = await comments(PEOPLE.jean, {});
    const page = result.data as Page;
    expect(page.comments).toHaveLength(30);
    expect(page.comments.every((c) => Object.keys(c).sort().join() === 'criterionId,rating,text')).toBe(true);
    expect(page.nextCursor).toBeUndefined();
    // The caller's roles and the snapshot (one batch), then one page of responses.
    expect(counts.storage).toBe(3);
    const rated1 = (await comments(PEOPLE.jean, { rating: 1 })).result.data as Page;
    const expected = Array.from({ length: 30 }, (_, i) => ratingOf(i, 1)).filter((r) => r === 1).length;
    expect(rated1.comments).toHaveLength(expected);
    expect(rated1.comments.every((c) => c.rating === 1)).toBe(true);
  });

  it('shows a group’s comments only when the group is large enough, with complementary suppression', async () => {
    // 30 respondents: 10 in each department, the comments' threshold is 10.
    await closedCampaignWith(30);
    const finance = (await comments(PEOPLE.jean, { groupId: 'finance' })).result.data as Page;
    expect(finance.comments).toHaveLength(10);
    h.kvs.reset();
    // 24 respondents: 8 in each, below 10: no group shows its comments, the whole campaign does.
    await closedCampaignWith(24);
    const refused = await comments(PEOPLE.jean, { groupId: 'finance' });
    expect(refused.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'results.commentsHidden' },
    });
    expect(((await comments(PEOPLE.jean, {})).result.data as Page).comments).toHaveLength(24);
  });

  it('pages through many comments, each once', async () => {
    await closedCampaignWith(250);
    const seen: string[] = [];
    let cursor: string | undefined;
    let calls = 0;
    do {
      const { result } = await comments(PEOPLE.jean, cursor ? { cursor } : {});
      const page = result.data as Page;
      seen.push(...page.comments.map((c) => c.text));
      cursor = page.nextCursor;
      calls += 1;
    } while (cursor && calls < 20);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(calls).toBeGreaterThan(1);
  });

  it('customers, an open campaign and a forged cursor get typed refusals and write nothing', async () => {
    await closedCampaignWith(30);
    const before = h.snapshot();
    expect((await comments(PEOPLE.alice, {})).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'results.notShared' },
    });
    expect((await comments(PEOPLE.jean, { cursor: 'not-a-cursor' })).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'results.badCursor' },
    });
    expect((await comments(PEOPLE.jean, { groupId: '../x' })).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(h.snapshot()).toBe(before);
    h.kvs.reset();
    await h.seed({ campaigns: [aCampaign({ results: SHARED })], models: [model], roles: {} });
    expect((await comments(PEOPLE.jean, {})).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'results.notClosed' },
    });
  });
});

describe('what the comments and trends do not give away', () => {
  it('orders comments by criterion, rating and text, so one person’s comments never sit together', async () => {
    await closedCampaignWith(30);
    const { result } = await h.call(PEOPLE.jean, 'results/comments', { campaignId }, adminPage);
    const page = result.data as {
      comments: { criterionId: string; rating: number | 'na'; text: string }[];
      total: number;
    };
    expect(page.total).toBe(90);
    const order = page.comments.map(
      (c) => `${CRITERIA.indexOf(c.criterionId)}|${c.rating === 'na' ? 5 : c.rating}|${c.text}`,
    );
    const key = (s: string) =>
      s
        .split('|')
        .map((part, i) => (i < 2 ? part.padStart(3, '0') : part))
        .join('|');
    expect(order).toEqual([...order].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
    // In storage order the first comments would be respondent 0's three; here they are three people's.
    expect(page.comments.slice(0, 3).map((c) => c.criterionId)).toEqual(Array(3).fill(CRITERIA[0]));
  });

  it('shows a trend point only to those who may read that earlier campaign’s results', async () => {
    const secretClosedAt = h.clock.now() - 400 * 24 * 3600 * 1000;
    await h.seed({
      campaigns: [
        aCampaign({
          id: 'secret-a',
          period: '2025',
          status: 'closed',
          closedAt: secretClosedAt,
          results: { roles: ['admin'], customersAfterClose: false },
          binding: undefined,
        }),
        aCampaign({ results: SHARED, closedAt: undefined }),
      ],
      models: [model],
      roles: {},
    });
    // The earlier campaign's figures, built when first read (it closed long ago).
    await seedAnswers(12, 0, 'secret-a');
    expect((await h.call(PEOPLE.jean, 'results/get', { campaignId: 'secret-a' }, adminPage)).result.ok).toBe(
      true,
    );
    await seedAnswers(12);
    await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, adminPage);
    later(11);
    await runJob();
    const pointsFor = async (who: string, context: Record<string, unknown> = adminPage) => {
      const { result } = await open(who, context);
      const trends = (
        result.data as {
          results: { trends: { criteria: { trend: { series?: { campaignId: string }[] } }[] } };
        }
      ).results.trends;
      return trends.criteria.flatMap((c) => (c.trend.series ?? []).map((p) => p.campaignId));
    };
    expect(await pointsFor(PEOPLE.jean)).toContain('secret-a');
    expect(await pointsFor(PEOPLE.grace)).not.toContain('secret-a');
    expect(await pointsFor(PEOPLE.alice, macroContext())).not.toContain('secret-a');
    expect(JSON.stringify((await open(PEOPLE.grace)).result)).not.toContain('secret-a');
  });
});
