/**
 * A campaign's own thresholds, end to end: its minimum group size above the default of 5 hides departments the
 * default would show, and its comments threshold above the default of 10 hides a group's comments the default
 * would show. 45 respondents: 15 in each of three departments; 12 in Finance rate the criterion whose comments
 * are read (3 answer "not applicable").
 */
import { ADMIN_PAGE } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, resultsCalls, SHARED } from './support/results';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { closedCampaignWith, open } = resultsCalls(() => h);
const financeComments = () =>
  h.call(
    PEOPLE.jean,
    'results/comments',
    { campaignId, criterionId: 'sourcing-lead', groupId: 'finance' },
    ADMIN_PAGE,
  );
const hiddenDepartments = async () => {
  const { result } = await open(PEOPLE.jean);
  expect(result.ok).toBe(true);
  return result.data.results.departments.filter((d) => d.hidden).map((d) => d.id);
};

it('shows every department of 15 and its comments under the defaults', async () => {
  await closedCampaignWith(45);
  expect(await hiddenDepartments()).toEqual([]);
  expect((await financeComments()).result.ok).toBe(true);
});

it('hides every department of 15 when the campaign asks for groups of 16', async () => {
  await closedCampaignWith(45, { results: { ...SHARED, minGroupSize: 16 } });
  expect((await hiddenDepartments()).sort()).toEqual(['engineering', 'finance', 'production']);
  const { result } = await open(PEOPLE.jean);
  expect(result.data.results.thresholds.k).toBe(16);
});

it('hides a group’s comments when the campaign asks for groups of 16 for comments', async () => {
  await closedCampaignWith(45, { results: { ...SHARED, minCommentGroupSize: 16 } });
  expect(await hiddenDepartments()).toEqual([]);
  expect((await financeComments()).result).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', reason: 'results.commentsHidden' },
  });
});
