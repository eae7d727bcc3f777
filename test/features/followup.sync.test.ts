/**
 * The follow-up kept in step with Jira through the real routing and the local Jira: the issue events the trigger
 * receives (duplicated, reordered, foreign or malformed), the refresh (its cost, an issue deleted in Jira) and the
 * hourly reconciliation catching a missed event; a review freezing the issues' keys, states and due dates.
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

const { selectedActions, create, lookUps } = jiraPlanCalls(() => p);

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
    // To Do as read back at creation, then the moves.
    expect(action!.history.map((h) => h.toName)).toEqual(['To Do', 'In Progress', 'Done']);
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
    expect(done.map((a) => a.title['en-US'])).toEqual(['Action 250']);
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
    // The deleted issue keeps the last state Jira gave (read back at its creation).
    expect(result.data.actions.map((a) => a.current?.statusName)).toEqual(['To Do', 'To Do', 'Done']);
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
    // As read back at creation: neither the other issue's move nor the malformed event changed it.
    expect((await followUp()).actions[0]!.current).toMatchObject({ statusName: 'To Do' });
  });
});

it('a review freezes each selected action’s issue key, status and due date as Jira last told them', async () => {
  await selectedActions(1);
  await create();
  await p.host.jira.transition('PROC-1', 'In Progress');
  await p.idle();
  const { result } = await p.call(PEOPLE.grace, 'followup/review', {
    campaignId,
    comment: 'Quarterly review',
  });
  expect(result).toMatchObject({
    ok: true,
    data: { comment: 'Quarterly review', by: { accountId: PEOPLE.grace } },
  });
  expect(result.data.actions).toEqual([
    expect.objectContaining({
      key: 'PROC-1',
      statusCategory: 'indeterminate',
      statusName: 'In Progress',
      dueDate: '2026-09-30',
    }),
  ]);
});
