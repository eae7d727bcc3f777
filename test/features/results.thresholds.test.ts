/**
 * A campaign's own thresholds, end to end: its minimum group size above the default of 5 hides departments the
 * default would show, and its comments threshold above the default of 10 hides a group's comments the default
 * would show. 33 respondents: 11 in each of three departments.
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

it('shows every department of 11 and its comments under the defaults', async () => {
  await closedCampaignWith(33);
  expect(await hiddenDepartments()).toEqual([]);
  expect((await financeComments()).result.ok).toBe(true);
});

it('hides every department of 11 when the campaign asks for groups of 12', async () => {
  await closedCampaignWith(33, { results: { ...SHARED, minGroupSize: 12 } });
  expect((await hiddenDepartments()).sort()).toEqual(['engineering', 'finance', 'production']);
  const { result } = await open(PEOPLE.jean);
  expect(result.data.results.thresholds.k).toBe(12);
});

it('hides a group’s comments when the campaign asks for 12 comments a group', async () => {
  await closedCampaignWith(33, { results: { ...SHARED, minCommentGroupSize: 12 } });
  expect(await hiddenDepartments()).toEqual([]);
  expect((await financeComments()).result).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', reason: 'results.commentsHidden' },
  });
});
