/**
 * Adjusting an action's due date through the real routing and the local Jira: the new date carried into Jira as
 * the user and recorded with its reason, or nothing recorded when Jira refuses.
 */
import { ADMIN_PAGE } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';
import { campaignId } from './support/plan';
import { jiraPlanCalls, resetHost } from './support/plan-jira';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(() => resetHost(p));
afterEach(() => jest.restoreAllMocks());
afterEach(() => p.clock.reset());

const { later, selectedActions, create, jiraCalls } = jiraPlanCalls(() => p);

describe('adjusting a date', () => {
  it('carries the new date into Jira as the user, records it with its reason and reads the issue back', async () => {
    const [id] = await selectedActions(1);
    await create();
    later(60 * 24 * 365);
    const overdue = await p.call(PEOPLE.grace, 'plan/get', { campaignId });
    const action = overdue.result.data.actions[0]!;
    expect(action.overdue).toBe(true);
    p.host.jira.resetRequests();
    const adjusted = await p.call(PEOPLE.grace, 'plan/adjust', {
      campaignId,
      actionId: id,
      revision: action.revision,
      dueDate: '2099-03-31',
      reason: 'The supplier moved its delivery to March.',
    });
    expect(adjusted.result).toMatchObject({
      ok: true,
      data: {
        dueDate: '2099-03-31',
        adjustments: [{ previousDueDate: '2026-09-30', dueDate: '2099-03-31', by: PEOPLE.grace }],
      },
    });
    expect(jiraCalls().map((r) => [r.method, r.path, r.accountId, r.status])).toEqual([
      ['PUT', '/rest/api/3/issue/PROC-1', PEOPLE.grace, 204],
      ['POST', '/rest/api/3/search/jql', PEOPLE.grace, 200],
    ]);
    // One state for every view at once: the answer already has Jira's new date, no longer late, before any event.
    expect(adjusted.result.data).toMatchObject({ overdue: false, current: { dueDate: '2099-03-31' } });
    await p.idle();
    expect(p.host.jira.issue('PROC-1')!.duedate).toBe('2099-03-31');
    const after = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data.actions[0]!;
    expect(after).toMatchObject({ overdue: false, current: { dueDate: '2099-03-31' } });
  });

  it('when Jira refuses, nothing is recorded', async () => {
    const [id] = await selectedActions(1);
    await create();
    p.host.jira.setConnected(false);
    const before = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data.actions[0]!;
    const adjusted = await p.call(PEOPLE.grace, 'plan/adjust', {
      campaignId,
      actionId: id,
      revision: before.revision,
      dueDate: '2027-03-31',
      reason: 'Later',
    });
    expect(adjusted.result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'jira.notFound' },
    });
    const after = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data.actions[0]!;
    expect(after).toMatchObject({ revision: before.revision, adjustments: [] });
  });
});
