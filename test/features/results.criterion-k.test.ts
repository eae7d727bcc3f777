/**
 * k per criterion through the real routing (issue 16, item 6): 36 respondents, 12 in each department, all rate
 * the prices; lead times are rated by 4 people in finance (the others find them not applicable) and by everyone
 * elsewhere; only 3 people rate how reachable buyers are. What a reader is sent, and which comments they may read.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { toResponseRecord } from '../../src/adapters/records/response';
import type { AnswerValue } from '../../src/domain/survey/response';
import type { ResultsView } from '../../src/shared/contract/results';
import { ADMIN_PAGE, aCampaign } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, model, resultsCalls, SHARED } from './support/results';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { later, runJob, open } = resultsCalls(() => h);
const DEPARTMENTS = ['engineering', 'finance', 'production'];

/** Respondent i of a department of 12: its ratings as the header says, each with a comment. */
function answersOf(department: string, i: number): Record<string, { value: AnswerValue; comment: string }> {
  const level = ((i % 4) + 1) as 1 | 2 | 3 | 4;
  const lead: AnswerValue = department === 'finance' && i >= 4 ? 'na' : level;
  const reachable: AnswerValue = department === 'engineering' && i < 3 ? level : 'na';
  const comment = `${department} ${i}`;
  return {
    'sourcing-price': { value: level, comment },
    'sourcing-lead': { value: lead, comment },
    'service-reachable': { value: reachable, comment },
  };
}

async function closedCampaign(): Promise<void> {
  await h.seed({ campaigns: [aCampaign({ results: SHARED })], models: [model], roles: {} });
  await h.asApp(async () => {
    const { kvs } = await import('@forge/kvs');
    const records = DEPARTMENTS.flatMap((departmentId) =>
      Array.from({ length: 12 }, (_, i) =>
        toResponseRecord({
          campaignId,
          kind: 'customer',
          respondentKey: `557058:${departmentId}-${i}`,
          departmentId,
          status: 'submitted',
          answers: answersOf(departmentId, i),
          revision: 1,
          updatedDay: '2026-02-01',
        }),
      ),
    );
    for (let i = 0; i < records.length; i += 25)
      await kvs.batchSet(
        records
          .slice(i, i + 25)
          .map((value) => ({ key: KEYS.response(value), value, entityName: ENTITIES.response })),
      );
  });
  const closed = await h.call(PEOPLE.jean, 'campaigns/close', { campaignId, baseRevision: 3 }, ADMIN_PAGE);
  expect(closed.result).toMatchObject({ ok: true });
  later(11);
  expect((await runJob()).rebuilt).toEqual([campaignId]);
}

/** Each criterion of a shown row: its N, or why it is hidden. */
const cellsOf = (row: { hidden: boolean; criteria?: { hidden: boolean; reason?: string; n?: number }[] }) =>
  row.hidden ? 'hidden' : row.criteria!.map((c) => (c.hidden ? c.reason : c.n));

describe('k per criterion, as a reader is sent it', () => {
  it('hides a criterion rated by fewer than k, and one more cell so that the overall gives none away', async () => {
    await closedCampaign();
    const view = (await open(PEOPLE.jean)).result.data as ResultsView & { scope: 'full' };
    const { overall, departments, portfolios, heatmap } = view.results;
    // Prices: 36. Lead times: 12 + 4 + 12 = 28. Reachable: 3, fewer than k = 5.
    expect(cellsOf(overall)).toEqual([36, 28, 'too-few-answers']);
    // Finance's 4 are hidden; overall − production would still give them, so engineering (the tie's smaller id)
    // hides its lead times too. No department shows the 3 who rated reachability.
    expect(departments.map((d) => [d.id, cellsOf(d)])).toEqual([
      ['engineering', [12, 'complementary', 'too-few-answers']],
      ['production', [12, 12, 'too-few-answers']],
      ['finance', [12, 'too-few-answers', 'too-few-answers']],
    ]);
    // Each portfolio counts a department whose lead times are hidden.
    expect(portfolios.map((p) => cellsOf(p))).toEqual([
      [12, 'complementary', 'too-few-answers'],
      [24, 'complementary', 'too-few-answers'],
    ]);
    // The service section (reachability only) says so; the sourcing cells are the prices' alone where needed.
    expect(heatmap.rows.map((r) => r.cells.map((c) => (c.hidden ? c.reason : [c.n, c.omitted])))).toEqual([
      [[12, 1], 'too-few-answers'],
      [[24, 0], 'too-few-answers'],
      [[12, 1], 'too-few-answers'],
    ]);
    // No number of a hidden cell is on the wire, and no gap either.
    const gaps = view.results.gaps.hidden ? [] : view.results.gaps.criteria;
    expect(gaps.find((g) => g.criterionId === 'service-reachable')).toMatchObject({
      customers: null,
      gap: null,
    });
  });

  it('a customer’s own department shows the same hidden cells', async () => {
    await closedCampaign();
    const view = (await open(PEOPLE.alice)).result.data;
    expect(view.scope).toBe('customer');
    expect(view.results.departments.map((d) => [d.id, cellsOf(d)])).toEqual([
      ['engineering', [12, 'complementary', 'too-few-answers']],
    ]);
  });
});

describe('comments of a criterion under k', () => {
  const comments = (query: Record<string, unknown>) =>
    h.call(PEOPLE.jean, 'results/comments', { campaignId, ...query }, ADMIN_PAGE);
  const refused = { ok: false, error: { code: 'FORBIDDEN', reason: 'results.tooFewAnswers' } };

  it('a group shows a criterion’s comments only where its cell is shown', async () => {
    await closedCampaign();
    const production = await comments({ criterionId: 'sourcing-lead', groupId: 'production' });
    expect(production.result).toMatchObject({ ok: true, data: { total: 12 } });
    expect((await comments({ criterionId: 'sourcing-lead', groupId: 'finance' })).result).toMatchObject(
      refused,
    );
    // Engineering's would leave finance's 4 as the campaign's minus the groups shown.
    expect((await comments({ criterionId: 'sourcing-lead', groupId: 'engineering' })).result).toMatchObject(
      refused,
    );
    expect((await comments({ criterionId: 'sourcing-price', groupId: 'finance' })).result).toMatchObject({
      ok: true,
      data: { total: 12 },
    });
  });

  it('the whole campaign shows no comment of a criterion rated by fewer than k, nor does the export', async () => {
    await closedCampaign();
    expect((await comments({ criterionId: 'service-reachable' })).result).toMatchObject(refused);
    const all = (await comments({})).result.data as { comments: { criterionId: string }[]; total: number };
    expect(all.total).toBe(72);
    expect(all.comments.some((c) => c.criterionId === 'service-reachable')).toBe(false);
  });
});
