/**
 * The plan's Jira side through the real routing and the local Jira: issues created as the user, in bulk, at most
 * once through 429s, timeouts and crashes; Jira refusing or absent; status sync from the trigger, the refresh
 * and the reconciliation; the issue panel.
 */
import type { Action } from '../../src/domain/plan/action';
import type { PlanView } from '../../src/shared/contract/plan';
import { ADMIN_PAGE, aCampaign, aModel, draftSelected, JIRA_TARGET } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';

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
afterEach(() => jest.restoreAllMocks());

afterEach(() => p.clock.reset());
/** Moves the app's clock `minutes` further on (Jira and the KVS keep their own). */
const later = (minutes: number) => p.clock.advance(minutes * 60 * 1000);

const campaignId = 'cmp-2026';
const closed = aCampaign({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) });

/** `n` selected actions, drafted through the real endpoints. */
async function selectedActions(n: number, overrides?: (i: number) => Record<string, unknown>) {
  await p.seed({ campaigns: [closed], models: [aModel()], roles: {}, jira: JIRA_TARGET });
  return draftSelected(p, n, overrides);
}

const create = (who: string = PEOPLE.grace) => p.call(who, 'plan/createIssues', { campaignId });
const jiraCalls = () => p.host.jira.requests();
const creates = () => jiraCalls().filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue/bulk');
const lookUps = () => jiraCalls().filter((r) => r.path.startsWith('/rest/api/3/search/jql'));
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
    expect(counts.jira).toBe(3);
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
    ]);
    expect(counts.jira).toBe(3);
    expectOneIssueEach(ids, result.data.plan);
  });

  it('a create that timed out after Jira did it is found by the look-up, not sent again', async () => {
    const ids = await selectedActions(4);
    p.host.jira.faults.timeoutAfterEffect({ path: '/rest/api/3/issue/bulk', times: 1 });
    const { result } = await create();
    expect(result).toMatchObject({ ok: true, data: { created: 4, failed: 0, pending: 0 } });
    expect(creates()).toHaveLength(1);
    expect(lookUps()).toHaveLength(1);
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
    expect(lookUps()).toHaveLength(1);
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
    expect(failed).toMatchObject({ title: 'Action 2', jira: { state: 'failed', problem: 'rejected' } });
    expect((failed.jira as { messages: string[] }).messages.join(' ')).toMatch(/assignee/i);
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
    await p.seed({ campaigns: [closed], models: [aModel()], roles: {} });
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

describe('status sync', () => {
  const followUp = async () => (await p.call(PEOPLE.ines, 'plan/get', { campaignId })).result.data;

  it('the trigger brings Jira’s moves into the follow-up, with their history', async () => {
    await selectedActions(1);
    await create();
    await p.host.jira.transition('PROC-1', 'In Progress');
    await p.host.jira.transition('PROC-1', 'Done');
    await p.idle();
    const [action] = (await followUp()).actions;
    expect(action!.current).toMatchObject({ statusCategory: 'done', statusName: 'Done' });
    expect(action!.history.map((h) => h.toName)).toEqual(['In Progress', 'Done']);
  });

  it('keeps Jira’s latest state under duplicated and reordered deliveries', async () => {
    await selectedActions(2);
    await create();
    p.host.jira.holdEvents();
    await p.host.jira.transition('PROC-1', 'In Progress');
    await p.host.jira.transition('PROC-1', 'Done');
    await p.host.jira.transition('PROC-2', 'Done');
    await p.host.jira.transition('PROC-2', 'In Progress');
    await p.host.jira.releaseEvents({ copies: 3, order: 'reverse' });
    await p.idle();
    const plan = await followUp();
    expect(plan.actions.map((a) => a.current?.statusName)).toEqual(['Done', 'In Progress']);
    expect(plan.progress).toMatchObject({ selected: 2, created: 2, done: 1 });
  });

  it('refreshing 250 actions costs 3 searches, as the user', async () => {
    await selectedActions(250);
    await create();
    p.host.jira.holdEvents();
    await p.host.jira.transition('PROC-250', 'Done');
    p.host.jira.resetRequests();
    const { result, counts } = await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
    expect(counts.jira).toBe(3);
    expect(lookUps()).toHaveLength(3);
    expect(lookUps().every((r) => r.accountId === PEOPLE.grace)).toBe(true);
    const done = result.data.actions.filter((a) => a.current?.statusCategory === 'done');
    expect(done.map((a) => a.title)).toEqual(['Action 250']);
  }, 30_000);

  it('an issue deleted in Jira does not stop the refresh of the others: one more search without it', async () => {
    await selectedActions(3);
    await create();
    await p.host.jira.transition('PROC-3', 'Done');
    await p.idle();
    expect(p.host.jira.deleteIssue('PROC-2')).toBe(true);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    p.host.jira.resetRequests();
    const { result, counts } = await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
    expect(counts.jira).toBe(2);
    expect(lookUps().map((r) => r.status)).toEqual([400, 200]);
    expect(result.data.jira.kind).toBe('ready');
    expect(result.data.actions.map((a) => a.current?.statusName)).toEqual(['To Do', undefined, 'Done']);
  });

  it('the reconciliation catches a missed event', async () => {
    await selectedActions(1);
    await create();
    p.host.jira.holdEvents();
    await p.host.jira.transition('PROC-1', 'Done');
    // The event is never delivered.
    const run = await p.host.fireScheduled('reconcile-plans');
    expect(run.ok).toBe(true);
    expect((await followUp()).actions[0]!.current).toMatchObject({ statusCategory: 'done' });
  });

  it('ignores events of issues that are not actions, and malformed events', async () => {
    await selectedActions(1);
    await create();
    p.host.jira.createIssue({ summary: 'Not ours' });
    await p.host.jira.transition('PROC-2', 'Done');
    await p.host.triggers.deliverProductEvent('avi:jira:updated:issue', { issue: { id: '<script>' } });
    await p.idle();
    expect((await followUp()).actions[0]!.current).toBeUndefined();
  });
});

describe('adjusting a date', () => {
  it('carries the new date into Jira as the user and records it with its reason; the event brings it back', async () => {
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
    ]);
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
