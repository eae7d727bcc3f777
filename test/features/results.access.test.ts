/**
 * Who sees which results, through the real routing: the campaign's roles, customers of its audience, roles it
 * does not share them with, outsiders, anyone before the close; and what the comments' order and the trends do not
 * give away.
 */
import type { ResultsView } from '../../src/shared/contract/results';
import { ADMIN_PAGE, aCampaign, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, CRITERIA, model, resultsCalls, SHARED } from './support/results';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { later, runJob, seedAnswers, closedCampaignWith, open } = resultsCalls(() => h);

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
    const missing = await h.call(PEOPLE.jean, 'results/get', { campaignId: 'cmp-none' }, ADMIN_PAGE);
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

describe('what the comments and trends do not give away', () => {
  it('orders comments by criterion, rating and text, so one person’s comments never sit together', async () => {
    await closedCampaignWith(30);
    const { result } = await h.call(PEOPLE.jean, 'results/comments', { campaignId }, ADMIN_PAGE);
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
    expect((await h.call(PEOPLE.jean, 'results/get', { campaignId: 'secret-a' }, ADMIN_PAGE)).result.ok).toBe(
      true,
    );
    await seedAnswers(12);
    await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, ADMIN_PAGE);
    later(11);
    await runJob();
    const pointsFor = async (who: string, context: Record<string, unknown> = ADMIN_PAGE) => {
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
