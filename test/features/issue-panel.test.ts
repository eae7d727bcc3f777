/**
 * The issue panel through the real routing and the local Jira: an action's campaign and criteria on its issue,
 * nothing on an issue that is no action or that the caller cannot browse; a criterion's score only where the
 * results show it.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { toResponseRecord } from '../../src/adapters/records/response';
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
        action: { title: { 'en-US': 'Action 1' } },
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

  it('says a criterion rated by fewer than k has too few answers, with no number (issue 16, item 6)', async () => {
    await selectedActions(1);
    // 10 customers rate the prices; 3 of them rate lead times, the action's criterion (k = 5).
    await p.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      const records = Array.from({ length: 10 }, (_, i) =>
        toResponseRecord({
          campaignId,
          kind: 'customer',
          respondentKey: `557058:respondent-${i}`,
          departmentId: 'engineering',
          status: 'submitted',
          answers: {
            'sourcing-price': { value: 3 },
            'sourcing-lead': { value: i < 3 ? 2 : 'na' },
          },
          revision: 1,
          updatedDay: '2026-02-01',
        }),
      );
      await kvs.batchSet(
        records.map((value) => ({ key: KEYS.response(value), value, entityName: ENTITIES.response })),
      );
    });
    await create();
    const issueId = p.host.jira.issue('PROC-1')!.id;
    const { result } = await panel(PEOPLE.jean, issueId);
    expect(result).toMatchObject({ ok: true, data: { found: true, scoresShown: true } });
    const { criteria } = (result as { data: { criteria: unknown[] } }).data;
    expect(criteria).toEqual([{ id: 'sourcing-lead', text: expect.any(Object), tooFewAnswers: true }]);
  });

  it('a context with no issue shows nothing; Jira not answering whether the caller may browse it is no answer', async () => {
    await selectedActions(1);
    await create();
    const issueId = p.host.jira.issue('PROC-1')!.id;
    const noIssue = await p.call(PEOPLE.grace, 'issue-panel/get', {}, { moduleKey: 'action-issue-panel' });
    expect(noIssue.result).toEqual({ ok: true, data: { found: false } });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    p.host.jira.faults.serverError({ path: '/rest/api/3/issue/{id}', times: 10 });
    expect((await panel(PEOPLE.grace, issueId)).result).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', reason: 'jira.unavailable' },
    });
  });

  it('a forged issue id of an issue the caller cannot browse shows nothing', async () => {
    await selectedActions(1);
    await create();
    const issueId = p.host.jira.issue('PROC-1')!.id;
    expect((await panel(PEOPLE.alice, issueId)).result).toEqual({ ok: true, data: { found: false } });
  });
});
