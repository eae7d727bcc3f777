/**
 * Due-date notices through the whole app on the local host: the hourly reconciliation (`reconcile-plans`, as the
 * app) asks Jira's notify endpoint once per due issue, to its assignee and watchers, in the language the admin chose,
 * with the plan's link; the plan shows when each went out; a second run within the week sends nothing; the admin's
 * switch turns them off.
 */
import { dayOf } from '../../src/domain/common';
import { DAY_MS } from '../../src/domain/plan';
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
afterEach(() => p.clock.reset());

const { selectedActions, create, jiraCalls } = jiraPlanCalls(() => p);

const inDays = (days: number) => dayOf(p.clock.now() + days * DAY_MS);
const notifies = () => jiraCalls().filter((r) => r.path.endsWith('/notify'));
const reconcile = () => p.host.fireScheduled('reconcile-plans');
const plan = async () => (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data;

/** Four issues assigned to Grace: overdue, due in 3 days, due in 8 days, and overdue but done. */
async function fourIssues() {
  await selectedActions(4, (i) => ({
    ownerAccountId: PEOPLE.grace,
    dueDate: [inDays(-2), inDays(3), inDays(8), inDays(-5)][i],
  }));
  await create();
  await p.host.jira.transition('PROC-4', 'Done');
  await p.idle();
  p.host.jira.resetRequests();
}

describe('due-date notices', () => {
  it('one run notifies each due issue once, as the app, to its assignee and watchers, with the plan’s link', async () => {
    await fourIssues();
    const run = await reconcile();
    expect(run).toMatchObject({ ok: true, result: { notices: 2 } });
    expect(notifies().map((r) => [r.path, r.status])).toEqual([
      ['/rest/api/3/issue/PROC-1/notify', 204],
      ['/rest/api/3/issue/PROC-2/notify', 204],
    ]);
    const sent = p.host.jira.notifications();
    // Grace is the assignee; the watcher is the reporter, the app that created the issues (nobody to e-mail).
    expect(sent.map((n) => [n.issueKey, n.by, n.recipients])).toEqual([
      ['PROC-1', null, [PEOPLE.grace]],
      ['PROC-2', null, [PEOPLE.grace]],
    ]);
    expect(sent[0]!.subject).toBe('Overdue improvement action: PROC-1 Action 1');
    expect(sent[1]!.subject).toBe('Improvement action due soon: PROC-2 Action 2');
    const planPage = 'https://procurement-demo.atlassian.net/wiki/spaces/PROC/pages/65601';
    expect(sent[0]!.textBody).toContain(`Improvement plan: ${planPage}`);
    expect(sent[0]!.htmlBody).toContain(`<a href="${planPage}">Improvement plan</a>`);
  });

  it('costs one Jira request and two storage round trips per notice, and the settings read once', async () => {
    await fourIssues();
    const run = () => p.invoke({}, () => p.app.reconcileJiraPlans());
    const first = await run();
    expect(first.result.notices).toBe(2);
    // Nothing due any more: the same run without notices, which reads no settings either.
    const second = await run();
    expect(second.result.notices).toBe(0);
    expect(first.counts.jira - second.counts.jira).toBe(2);
    // Per notice: the claim and the outcome; once per run: the settings.
    expect(first.counts.storage - second.counts.storage).toBe(2 * 2 + 1);
  });

  it('shows when each notice went out, and sends none again within the week, one after it', async () => {
    await fourIssues();
    const before = p.clock.now();
    await reconcile();
    const shown = (await plan()).actions.map((a) => a.lastNotice);
    expect(shown[0]).toMatchObject({ outcome: 'sent' });
    expect(shown[0]!.at).toBeGreaterThanOrEqual(before);
    expect(shown[1]).toMatchObject({ outcome: 'sent' });
    expect(shown.slice(2)).toEqual([undefined, undefined]);

    // Six days on, the issue due in 8 days is due in 2: its first notice; the others wait out their week.
    p.clock.advance(6 * DAY_MS);
    await reconcile();
    await reconcile();
    expect(
      notifies()
        .slice(2)
        .map((r) => r.path),
    ).toEqual(['/rest/api/3/issue/PROC-3/notify']);

    p.clock.advance(DAY_MS);
    await reconcile();
    expect(
      notifies()
        .slice(3)
        .map((r) => r.path),
    ).toEqual(['/rest/api/3/issue/PROC-1/notify', '/rest/api/3/issue/PROC-2/notify']);
  });

  it('words them in the admin’s language, and sends none once the admin turned them off', async () => {
    await fourIssues();
    const saved = await p.call(PEOPLE.jean, 'jira-settings/notices', { enabled: true, locale: 'fr-FR' });
    expect(saved.result.ok).toBe(true);
    await reconcile();
    expect(p.host.jira.notifications()[0]!.subject).toBe('Action d’amélioration en retard: PROC-1 Action 1');

    p.clock.advance(7 * DAY_MS);
    await p.call(PEOPLE.jean, 'jira-settings/notices', { enabled: false, locale: 'fr-FR' });
    expect((await p.call(PEOPLE.grace, 'jira-settings/get', {})).result.data.notices).toEqual({
      enabled: false,
      locale: 'fr-FR',
    });
    await reconcile();
    expect(notifies()).toHaveLength(2);
  });

  it('records a 5xx (it may have gone out) without asking again within the week; a 429 is asked again', async () => {
    await fourIssues();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    p.host.jira.faults.serverError({ path: '/rest/api/3/issue/PROC-1/notify' });
    p.host.jira.faults.rateLimit({ path: '/rest/api/3/issue/PROC-2/notify', retryAfterSeconds: 0 });
    await reconcile();
    // The 429 gave the slot back: nothing went out, so nothing is shown.
    expect((await plan()).actions.slice(0, 2).map((a) => a.lastNotice?.outcome)).toEqual([
      'unknown',
      undefined,
    ]);
    expect(p.host.jira.notifications()).toEqual([]);
    await reconcile();
    expect(notifies().map((r) => [r.path, r.status])).toEqual([
      ['/rest/api/3/issue/PROC-1/notify', 500],
      ['/rest/api/3/issue/PROC-2/notify', 429],
      ['/rest/api/3/issue/PROC-2/notify', 204],
    ]);
  });

  it('refuses bad settings with a typed error and writes nothing', async () => {
    await p.seed({ roles: {} });
    for (const payload of [{ enabled: 'yes', locale: 'fr-FR' }, { enabled: false, locale: 'de-DE' }, {}]) {
      const { result } = await p.call(PEOPLE.jean, 'jira-settings/notices', payload);
      expect(result.error.code).toBe('INVALID_PAYLOAD');
    }
    expect((await p.call(PEOPLE.jean, 'jira-settings/get', {})).result.data.notices).toEqual({
      enabled: true,
      locale: 'en-US',
    });
  });
});
