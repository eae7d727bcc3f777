/**
 * Live follow-up (issue 18, item 4): when Jira's truth changes an action (the trigger, the refresh, the hourly
 * reconciliation) the functions publish one hint on the campaign's realtime channel, through the real
 * `@forge/realtime` on the host's emulation. Nothing changed (a refused event, a duplicate delivery, a
 * reconciliation with nothing new), no hint; a publish that fails never fails the sync; the hint names no action,
 * person or status.
 */
import { ADMIN_PAGE, draftSelected } from '../helpers/builders';
import { startBackend, type HostBackend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { liveChannelOf } from '../../src/shared/live';
import { closedCampaignWithJira } from './support/plan-jira';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(async () => {
  await closedCampaignWithJira(p);
  await draftSelected(p, 2);
  expect((await p.call(PEOPLE.grace, 'plan/createIssues', { campaignId })).result.ok).toBe(true);
  await p.idle();
  await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
  await p.idle();
  realtime().clear();
});
afterEach(() => jest.restoreAllMocks());

const campaignId = 'cmp-2026';
const realtime = () => p.host.runtime.realtime;
const hints = () => realtime().published();
const statusOf = async (key: string) => {
  const actions = (await p.call(PEOPLE.ines, 'plan/get', { campaignId })).result.data.actions;
  return actions.find((a) => a.jira.state === 'created' && a.jira.key === key)?.current?.statusName;
};
const reconcile = async () => {
  await p.host.fireScheduled('reconcile-plans');
  await p.idle();
};

it('one hint per change Jira makes (status, assignee, due date), on the campaign channel, naming nothing', async () => {
  await p.host.jira.transition('PROC-1', 'In Progress');
  await p.idle();
  await p.host.jira.update('PROC-1', { assigneeAccountId: PEOPLE.grace });
  await p.idle();
  await p.host.jira.update('PROC-2', { duedate: '2026-10-15' });
  await p.idle();
  expect(hints().map((h) => h.channel)).toEqual(Array(3).fill(liveChannelOf(campaignId)));
  expect(hints().every((h) => h.installationId === p.host.runtime.installationId)).toBe(true);
  for (const hint of hints()) {
    const payload = JSON.parse(hint.payload) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['at', 'campaignId']);
    expect(payload.campaignId).toBe(campaignId);
  }
});

it('no hint for a duplicate delivery, a reversed replay, or an event of no action', async () => {
  await p.host.jira.transition('PROC-1', 'Done', { delivery: { copies: 3 } });
  await p.idle();
  expect(hints()).toHaveLength(1);
  // The same events again, in reverse: Jira's state is already folded in.
  p.host.jira.holdEvents();
  await p.host.jira.transition('PROC-2', 'In Progress');
  await p.host.jira.transition('PROC-2', 'Done');
  await p.host.jira.releaseEvents({ order: 'reverse', copies: 2 });
  await p.idle();
  expect(hints()).toHaveLength(2);
  const other = p.host.jira.createIssue({ summary: 'Not an action', issueType: 'Task' });
  await p.host.jira.transition(other.key, 'Done');
  await p.idle();
  expect(hints()).toHaveLength(2);
});

it('no hint for an event the sync refuses: another site, or a forged payload', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const issue = p.host.jira.issue('PROC-1')!;
  await p.host.triggers.deliverProductEvent('avi:jira:updated:issue', {
    issue: { id: issue.id, self: `https://evil.atlassian.net/rest/api/3/issue/${issue.id}` },
  });
  await p.host.triggers.deliverProductEvent('avi:jira:updated:issue', { issue: { id: 'not-an-id' } });
  await p.idle();
  expect(hints()).toEqual([]);
});

it('the reconciliation publishes once per campaign it brought up to date, and not when nothing is new', async () => {
  await reconcile();
  expect(hints()).toEqual([]);
  // Two moves whose events are lost: one run brings both, with one hint.
  p.host.jira.holdEvents();
  await p.host.jira.transition('PROC-1', 'Done');
  await p.host.jira.transition('PROC-2', 'In Progress');
  await reconcile();
  expect(hints()).toHaveLength(1);
  await p.host.jira.releaseEvents();
  await p.idle();
  await reconcile();
  expect(hints()).toHaveLength(1);
});

it('the refresh button publishes for the other open views only when Jira said something new', async () => {
  await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
  expect(hints()).toEqual([]);
  p.host.jira.holdEvents();
  await p.host.jira.transition('PROC-1', 'Done');
  await p.call(PEOPLE.grace, 'plan/refresh', { campaignId });
  expect(hints()).toHaveLength(1);
  await p.host.jira.releaseEvents();
  await p.idle();
  expect(hints()).toHaveLength(1);
});

it.each([429, 500, 'proxy'] as const)(
  'a publish that fails (%s) never fails the sync: the change is applied, the failure logged',
  async (fault) => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    realtime().faults.next(fault, 2);
    await p.host.jira.transition('PROC-1', 'Done');
    await p.idle();
    expect(await statusOf('PROC-1')).toBe('Done');
    p.host.jira.holdEvents();
    await p.host.jira.transition('PROC-2', 'Done');
    const run = await p.host.fireScheduled('reconcile-plans');
    expect(run).toMatchObject({ ok: true });
    expect(await statusOf('PROC-2')).toBe('Done');
    expect(hints()).toEqual([]);
    expect(logged).toHaveBeenCalledWith('realtime: hint not published', expect.anything());
    await p.host.jira.releaseEvents();
    await p.idle();
  },
);
