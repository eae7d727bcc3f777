/**
 * Issue 18, item 5, in real Chromium: the hourly job sends Jira's notice to the owner of an action that is overdue
 * or due within a week, and the plan's follow-up says when it went out; a second run the same week sends none.
 */
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

test('the weekly due-date notice goes out once, and the follow-up says when', async () => {
  const first = await e2e.host.fireScheduled('reconcile-plans');
  expect(first).toBeDefined();
  const sent = e2e.host.jira.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/notify'));
  expect(sent.length).toBeGreaterThan(0);
  await e2e.host.fireScheduled('reconcile-plans');
  const again = e2e.host.jira.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/notify'));
  expect(again).toHaveLength(sent.length);

  const { page } = await e2e.openAs('Grace Okafor', '&page=65602');
  const followup = page.frameLocator('iframe[data-frame-id^="macro-"]').last();
  await followup
    .getByText(/^Reminder e-mailed by Jira on /)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-notices-followup.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
