/**
 * Creating the plan's Jira issues through the real routing and the local Jira: as the user, in bulk, at most once
 * through 429s, timeouts and crashes (the hourly reconciliation settling what nobody came back to); Jira refusing
 * an element or absent; a Jira project and an editor of the plan needed first.
 */
import type { Action } from '../../src/domain/plan/action';
import type { PlanView } from '../../src/shared/contract/plan';
import { ADMIN_PAGE, aModel } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';
import { campaignId, closed } from './support/plan';
import { jiraPlanCalls, resetHost } from './support/plan-jira';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(() => resetHost(p));
afterEach(() => jest.restoreAllMocks());
afterEach(() => p.clock.reset());

const { later, selectedActions, create, jiraCalls, byActionId } = jiraPlanCalls(() => p);
const creates = () => jiraCalls().filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue/bulk');
const propertyOf = (key: string) =>
  p.host.jira.issue(key)!.properties['procurement-crm-action'] as { actionId: string; campaignId: string };

/** Every action has exactly one issue, and it is the one it names. */
function expectOneIssueEach(ids: readonly string[], plan: PlanView) {
  const issues = p.host.jira.issues();
  const byAction = new Map<string, string[]>();
  for (const issue of issues) {
    const { actionId } = propertyOf(issue.key);
    byAction.set(actionId, [...(byAction.get(actionId) ?? []), issue.key]);
  }
  expect([...byAction.keys()].sort()).toEqual([...ids].sort());
  for (const keys of byAction.values()) expect(keys).toHaveLength(1);
  for (const action of plan.actions) {
    expect(action.jira).toMatchObject({ state: 'created', key: byAction.get(action.id)![0] });
  }
}

describe('creating the issues', () => {
  it('creates 120 selected actions in 3 bulk requests, as the user, each with its property, labels and text', async () => {
    const ids = await selectedActions(120);
    p.host.jira.resetRequests();
    const { result, counts } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 120, failed: 0, pending: 0 } });
    // Each bulk create, then one search reading the new issues' status back (a create answers ids and keys only).
    expect(counts.jira).toBe(6);
    expect(result.data.plan.actions.every((a) => a.current?.statusName === 'To Do')).toBe(true);
    expect(creates().map((r) => (r.body as { issueUpdates: unknown[] }).issueUpdates.length)).toEqual([
      50, 50, 20,
    ]);
    expect(creates().every((r) => r.accountId === PEOPLE.grace)).toBe(true);
    expectOneIssueEach(ids, result.data.plan);
    const first = p.host.jira.issue('PROC-1')!;
    expect(first).toMatchObject({
      summary: 'Action 1',
      labels: ['procurement-crm', 'campaign-2026'],
      duedate: '2026-09-30',
      status: 'To Do',
    });
    expect(propertyOf('PROC-1')).toEqual({ actionId: ids[0], campaignId });
    // The remote links back to the survey's page follow in the queue, as the app, one per issue.
    await p.idle();
    const links = jiraCalls().filter((r) => r.path.endsWith('/remotelink'));
    expect(links).toHaveLength(120);
    expect(links.every((r) => r.accountId === undefined)).toBe(true);
    // No words of the app's in one language: no relationship (Jira words it for each reader), the campaign's name.
    const link = links[0]!.body as { relationship?: string; object: { title: string } };
    expect(link).not.toHaveProperty('relationship');
    expect(link.object.title).toMatch(/ \(2026\)$/);
    expect(link.object.title).not.toMatch(/Improvement plan|Plan d/);
    expect(p.host.jira.issue('PROC-1')!.remoteLinks).toEqual([
      expect.objectContaining({
        globalId: `procurement-crm:action:${ids[0]}`,
        url: expect.stringContaining('/pages/65601'),
      }),
    ]);
    const plan = await p.call(PEOPLE.ines, 'plan/get', { campaignId });
    expect(plan.result.data.actions.every((a) => a.jira.state === 'created' && a.jira.linked)).toBe(true);
  });

  it('a second click creates nothing more', async () => {
    await selectedActions(3);
    await create();
    p.host.jira.resetRequests();
    const again = await create(PEOPLE.hugo);
    expect(again.result).toMatchObject({ ok: true, data: { created: 0, failed: 0, pending: 0 } });
    expect(creates()).toHaveLength(0);
    expect(p.host.jira.issues()).toHaveLength(3);
  });

  it('two buyers clicking at the same moment create each issue once', async () => {
    const ids = await selectedActions(30);
    const [first, second] = await Promise.all([create(PEOPLE.grace), create(PEOPLE.hugo)]);
    expect(first.result.ok && second.result.ok).toBe(true);
    expect(first.result.data.created + second.result.data.created).toBe(30);
    const plan = await p.call(PEOPLE.ines, 'plan/get', { campaignId });
    expectOneIssueEach(ids, plan.result.data);
  });

  it('waits Retry-After on a 429 and looks up before the retry', async () => {
    const ids = await selectedActions(5);
    p.host.jira.faults.rateLimit({ path: '/rest/api/3/issue/bulk', times: 1, retryAfterSeconds: 1 });
    p.host.jira.resetRequests();
    const started = Date.now();
    const { result, counts } = await create();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result).toMatchObject({ ok: true, data: { created: 5 } });
    expect(jiraCalls().map((r) => [r.path.split('?')[0], r.status])).toEqual([
      ['/rest/api/3/issue/bulk', 429],
      ['/rest/api/3/search/jql', 200],
      ['/rest/api/3/issue/bulk', 201],
      ['/rest/api/3/search/jql', 200],
    ]);
    expect(counts.jira).toBe(4);
    expectOneIssueEach(ids, result.data.plan);
  });

  it('a create that timed out after Jira did it is found by the look-up, not sent again', async () => {
    const ids = await selectedActions(4);
    p.host.jira.faults.timeoutAfterEffect({ path: '/rest/api/3/issue/bulk', times: 1 });
    const { result } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 4, failed: 0, pending: 0 } });
    expect(creates()).toHaveLength(1);
    expect(byActionId()).toHaveLength(1);
    expectOneIssueEach(ids, result.data.plan);
  });

  it('an intent left by a crash is settled by a look-up: the issue Jira made is kept, the others created', async () => {
    const ids = await selectedActions(3);
    // A first run recorded its intents, Jira created the first issue, and the run died before writing the key.
    await p.asApp(async () => {
      const { KvsActionStore } = await import('../../src/adapters/plan-actions-store');
      const store = new KvsActionStore();
      for (const id of ids) {
        const action = (await store.read(id))!;
        const pending: Action = {
          ...action,
          jira: { state: 'pending', attempt: 1, since: p.clock.now(), by: PEOPLE.grace },
          revision: action.revision + 1,
        };
        await store.write([{ action: pending, expectedRevision: action.revision }]);
      }
    });
    p.host.jira.createIssue({
      summary: 'Action 1',
      properties: { 'procurement-crm-action': { actionId: ids[0], campaignId } },
    });
    // Too recent to be settled: left alone (it may still be in flight).
    const early = await create();
    expect(early.result).toMatchObject({ ok: true, data: { created: 0, pending: 0 } });
    expect(jiraCalls()).toHaveLength(0);
    later(3);
    const { result } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 3, failed: 0 } });
    expect(byActionId()).toHaveLength(1);
    expect(creates().map((r) => (r.body as { issueUpdates: unknown[] }).issueUpdates.length)).toEqual([2]);
    expectOneIssueEach(ids, result.data.plan);
  });

  it('the hourly reconciliation settles intents nobody came back to, as the app', async () => {
    const ids = await selectedActions(2);
    p.host.jira.faults.timeoutAfterEffect({ path: '/rest/api/3/issue/bulk', times: 1 });
    p.host.jira.faults.serverError({ path: '/rest/api/3/search/jql', times: 4 });
    const first = await create();
    // The outcome is unknown (the look-up failed too): pending, never failed, never sent again.
    expect(first.result).toMatchObject({ ok: true, data: { created: 0, failed: 0, pending: 2 } });
    expect(creates()).toHaveLength(1);
    p.host.jira.faults.clear();
    later(3);
    const run = await p.host.fireScheduled('reconcile-plans');
    expect(run).toMatchObject({ ok: true, result: { settled: 2 } });
    const plan = await p.call(PEOPLE.ines, 'plan/get', { campaignId });
    expectOneIssueEach(ids, plan.result.data);
  });

  it('an element Jira refuses ends failed with its message; the others are created', async () => {
    await selectedActions(3, (i) => (i === 1 ? { ownerAccountId: PEOPLE.alice } : {}));
    const { result } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 2, failed: 1 } });
    const failed = result.data.plan.actions.find((a) => a.jira.state === 'failed')!;
    expect(failed).toMatchObject({
      title: { 'en-US': 'Action 2' },
      jira: { state: 'failed', problem: 'rejected' },
    });
    expect((failed.jira as { messages: string[] }).messages.join(' ')).toMatch(/assignee/i);
  });

  it('a row’s Retry sends that action only; the other failed one stays as it was', async () => {
    const ids = await selectedActions(3, (i) => (i > 0 ? { ownerAccountId: PEOPLE.alice } : {}));
    const first = await create();
    expect(first.result).toMatchObject({ ok: true, data: { created: 1, failed: 2 } });
    p.host.jira.resetRequests();
    const retried = await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId, actionIds: [ids[2]] });
    expect(retried.result).toMatchObject({ ok: true, data: { created: 0, failed: 1 } });
    const sent = creates().flatMap(
      (r) => (r.body as { issueUpdates: { fields: { summary: string } }[] }).issueUpdates,
    );
    expect(sent.map((u) => u.fields.summary)).toEqual(['Action 3']);
    const byId = new Map(retried.result.data.plan.actions.map((a) => [a.id, a]));
    expect(byId.get(ids[1]!)!.jira).toMatchObject({ state: 'failed', attempt: 1 });
    expect(byId.get(ids[2]!)!.jira).toMatchObject({ state: 'failed', attempt: 2 });
  });

  it('when Jira is not connected the plan still works and says why, and the retry creates them later', async () => {
    const ids = await selectedActions(2);
    p.host.jira.setConnected(false);
    const { result } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 0, failed: 2 } });
    expect(result.data.plan.actions.map((a) => a.jira)).toEqual([
      expect.objectContaining({ state: 'failed', problem: 'notFound' }),
      expect.objectContaining({ state: 'failed', problem: 'notFound' }),
    ]);
    const refreshed = await p.call(PEOPLE.grace, 'plan/get', { campaignId });
    expect(refreshed.result.ok).toBe(true);
    p.host.jira.setConnected(true);
    const retried = await create();
    expect(retried.result).toMatchObject({ ok: true, data: { created: 2 } });
    expectOneIssueEach(ids, retried.result.data.plan);
  });

  it('needs a Jira project chosen first, and an editor of the plan', async () => {
    await p.seed({ campaigns: [closed()], models: [aModel()], roles: {} });
    expect((await create()).result).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', reason: 'jira.notConfigured' },
    });
    expect((await create(PEOPLE.ines)).result).toMatchObject({
      ok: false,
      error: { reason: 'forbidden.editPlan' },
    });
    expect((await create(PEOPLE.alice)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(jiraCalls()).toHaveLength(0);
  });
});
