/**
 * The comments of closed results through the real routing: what customers wrote on a criterion without who or
 * which group, a group's comments only when it is large enough, paging, and typed refusals that write nothing.
 */
import { ADMIN_PAGE, aCampaign } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { ratingOf } from '../helpers/answers';
import { campaignId, model, resultsCalls, SHARED } from './support/results';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { closedCampaignWith } = resultsCalls(() => h);

describe('comments', () => {
  const comments = (who: string, query: Record<string, unknown>) =>
    h.call(who, 'results/comments', { campaignId, criterionId: 'sourcing-lead', ...query }, ADMIN_PAGE);
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
    // 45 respondents: 15 in each department, the comments' threshold is 10; of lead times, finance has 12
    // ratings (and 3 "not applicable"), engineering 13, production 11: every group's cell passes it too.
    await closedCampaignWith(45);
    const finance = (await comments(PEOPLE.jean, { groupId: 'finance' })).result.data as Page;
    expect(finance.comments).toHaveLength(15);
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
