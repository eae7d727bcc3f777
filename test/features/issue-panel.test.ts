/**
 * The issue panel through the real routing and the local Jira: an action's campaign and criteria on its issue,
 * nothing on an issue that is no action or that the caller cannot browse.
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

const { selectedActions, create } = jiraPlanCalls(() => p);

describe('the issue panel', () => {
  const panel = (who: string, issueId: unknown) =>
    p.call(
      who,
      'issue-panel/get',
      {},
      {
        moduleKey: 'action-issue-panel',
        locale: 'en-US',
        extension: { issue: { id: issueId, key: 'PROC-1' } },
      },
    );

  it('shows the action’s campaign and criteria on its issue, and nothing on another', async () => {
    await selectedActions(1);
    await create();
    const issueId = p.host.jira.issue('PROC-1')!.id;
    expect((await panel(PEOPLE.grace, issueId)).result).toMatchObject({
      ok: true,
      data: {
        found: true,
        campaign: { id: campaignId, period: '2026' },
        action: { title: 'Action 1' },
        criteria: [{ id: 'sourcing-lead', text: { 'en-US': 'Lead times are met' } }],
      },
    });
    p.host.jira.createIssue({ summary: 'Not ours' });
    expect((await panel(PEOPLE.grace, p.host.jira.issue('PROC-2')!.id)).result).toEqual({
      ok: true,
      data: { found: false },
    });
    expect((await panel(PEOPLE.grace, '../1')).result).toEqual({ ok: true, data: { found: false } });
  });

  it('a forged issue id of an issue the caller cannot browse shows nothing', async () => {
    await selectedActions(1);
    await create();
    const issueId = p.host.jira.issue('PROC-1')!.id;
    expect((await panel(PEOPLE.alice, issueId)).result).toEqual({ ok: true, data: { found: false } });
  });
});
