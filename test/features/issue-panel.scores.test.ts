/**
 * The issue panel shows scores only to readers of the campaign's results, and only for criteria answered by at
 * least k people (k: the campaign's own minimum group size). Criteria of 7 answers with k = 6: two criteria have
 * 6 ratings, one has 5 (the others answered "not applicable"). With 5 answers the results hide everything: no score.
 */
import { ADMIN_PAGE, JIRA_TARGET } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';
import { draftSelected } from '../helpers/builders';
import { resultsCalls, SHARED } from './support/results';
import { campaignId } from './support/plan';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(async () => {
  await p.idle();
  p.kvs.reset();
  p.host.jira.reset();
});
afterEach(() => p.clock.reset());

const { closedCampaignWith } = resultsCalls(() => p);

/** The closed campaign's action on all three criteria, as a Jira issue; the panel on it as `who`. */
async function panelAs(who: string, results = SHARED, answers = 7) {
  await closedCampaignWith(answers, { results: { ...results, minGroupSize: 6 } });
  await p.seed({ jira: JIRA_TARGET });
  await draftSelected(p, 1, () => ({
    criterionIds: ['sourcing-price', 'sourcing-lead', 'service-reachable'],
  }));
  expect((await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId })).result.ok).toBe(true);
  const { id } = p.host.jira.issue('PROC-1')!;
  const { result } = await p.call(
    who,
    'issue-panel/get',
    {},
    { moduleKey: 'action-issue-panel', locale: 'en-US', extension: { issue: { id } } },
  );
  expect(result).toMatchObject({ ok: true, data: { found: true } });
  return result.data as Extract<typeof result.data, { found: true }>;
}

it('gives a reader of the results the score of each criterion answered by k people or more', async () => {
  const panel = await panelAs(PEOPLE.grace);
  expect(panel.scoresShown).toBe(true);
  const scored = Object.fromEntries(panel.criteria.map((c) => [c.id, c.score?.n]));
  expect(scored).toEqual({ 'sourcing-price': 6, 'sourcing-lead': 6, 'service-reachable': undefined });
});

it('gives a reader the campaign does not share its results with no score at all', async () => {
  const panel = await panelAs(PEOPLE.grace, { roles: ['admin', 'quality'], customersAfterClose: false });
  expect(panel.scoresShown).toBe(false);
  expect(panel.criteria.map((c) => c.score)).toEqual([undefined, undefined, undefined]);
  expect(panel.criteria).toHaveLength(3);
});

it('gives no score at all while the campaign’s results hide everything (5 answers, k = 6)', async () => {
  const panel = await panelAs(PEOPLE.grace, SHARED, 5);
  expect(panel.scoresShown).toBe(false);
  expect(panel.criteria.map((c) => c.score)).toEqual([undefined, undefined, undefined]);
  expect(panel.criteria).toHaveLength(3);
});
