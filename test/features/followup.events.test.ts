/**
 * A Jira event is a hint: anyone who can reach the trigger could forge its fields. The follow-up takes the issue id
 * from it, checks that the event names the action's own site, reads the issue from Jira and applies what Jira
 * says; a forged status or a far-future `updated` never reaches the plan, and the reconciliation has nothing to
 * repair.
 */
import { ADMIN_PAGE, draftSelected } from '../helpers/builders';
import { startBackend, type HostBackend } from '../helpers/backend';
import { closedCampaignWithJira } from './support/plan-jira';
import { PEOPLE } from '../helpers/people';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(async () => {
  await closedCampaignWithJira(p);
  await draftSelected(p, 1);
  expect((await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId })).result.ok).toBe(true);
  await p.idle();
  // The status as Jira has it, read once (a new issue's status is not read back at creation yet).
  await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
});
afterEach(() => jest.restoreAllMocks());

const campaignId = 'cmp-2026';
const current = async () =>
  (await p.call(PEOPLE.ines, 'plan/get', { campaignId })).result.data.actions[0]!.current;

/** An event claiming PROC-1 is Done, updated in 2099, with its links on `site`. */
function forgedDone(site: string) {
  const issue = p.host.jira.issue('PROC-1')!;
  return {
    issue: {
      id: issue.id,
      key: issue.key,
      self: `${site}/rest/api/3/issue/${issue.id}`,
      fields: {
        status: {
          self: `${site}/rest/api/3/status/10002`,
          name: 'Shipped',
          statusCategory: { key: 'done' },
        },
        assignee: { accountId: PEOPLE.alice },
        duedate: '2099-01-01',
        updated: '2099-01-01T00:00:00.000+0000',
        project: { self: `${site}/rest/api/3/project/10000` },
      },
    },
  };
}

it('applies what Jira says, not the status, assignee, due date or time the event carries', async () => {
  expect(await current()).toMatchObject({ statusCategory: 'new', statusName: 'To Do' });
  const ownSite = new URL(
    (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data.actions[0]!.issueUrl!,
  ).origin;
  await p.host.triggers.deliverProductEvent('avi:jira:updated:issue', forgedDone(ownSite));
  await p.idle();
  expect(await current()).toMatchObject({
    statusCategory: 'new',
    statusName: 'To Do',
    assigneeAccountId: null,
  });

  // Jira's real move afterwards is applied: a forged far-future time did not freeze the action.
  await p.host.jira.transition('PROC-1', 'Done');
  await p.idle();
  expect(await current()).toMatchObject({ statusCategory: 'done', statusName: 'Done' });
});

it('ignores an event naming another site, without asking Jira', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  p.host.jira.resetRequests();
  await p.host.triggers.deliverProductEvent(
    'avi:jira:updated:issue',
    forgedDone('https://evil.atlassian.net'),
  );
  await p.idle();
  expect(p.host.jira.requests()).toEqual([]);
  expect(await current()).toMatchObject({ statusCategory: 'new', statusName: 'To Do' });
});
