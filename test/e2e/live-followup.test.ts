/**
 * Issue 18, item 4, in real Chromium over the seeded demo: Grace has the page "Improvement plan 2025" open; someone
 * moves one of its issues on the Jira board (another browser context, another person); within 5 seconds her
 * follow-up shows Jira's new status, without a reload, and says when it read it. English, then French; axe.
 */
import type { Page } from 'playwright-core';
import { PLAN_DEMO_CAMPAIGN } from '../../sandbox/demo/plan';
import { FOLLOWUP_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { liveChannelOf } from '../../src/shared/live';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const FOLLOWUP_FRAME = `macro-${FOLLOWUP_MACRO_LOCAL_ID}`;
const followUpOf = (page: Page) => page.frameLocator(`iframe[data-frame-id="${FOLLOWUP_FRAME}"]`);
const followUpFrame = (page: Page) => page.frames().find((f) => f.url().includes(`/${FOLLOWUP_FRAME}/`))!;

/** Until the open views hold their subscriptions to the demo plan's channel (the host counts them). */
async function subscribed(views: number) {
  const { realtime, installationId } = e2e.host.runtime;
  const count = () =>
    realtime.subscribers({ installationId, context: 'global' }, liveChannelOf(PLAN_DEMO_CAMPAIGN));
  for (let i = 0; i < 200 && count() < views; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(count()).toBeGreaterThanOrEqual(views);
}

/** Someone else moves `key` on the Jira sandbox's board, in their own browser context. */
async function moveOnBoard(key: string, status: string) {
  const { page } = await e2e.openAs('Hugo Moreau', '&view=jira');
  await page.getByRole('button', { name: `Move ${key} to ${status}` }).click();
  await page.getByText(new RegExp(`${key} moved to ${status}`)).waitFor();
  await page.context().close();
}

test.each([
  ['en-US', 'In Progress', /^Updated \d{1,2}:\d{2}\s[AP]M$/],
  ['fr-FR', 'Done', /^Mis à jour à \d{2}:\d{2}$/],
])(
  'a status change on the Jira board appears in the open follow-up within 5 s, without reload (%s)',
  async (locale, status, updated) => {
    const key = e2e.host.jira.issues().find((i) => i.status !== status && i.status !== 'Done')?.key;
    expect(key).toBeDefined();
    const { page } = await e2e.openAs('Grace Okafor', `&page=65602&locale=${locale}`);
    const followUp = followUpOf(page);
    const row = followUp
      .getByRole('row')
      .filter({ has: followUp.getByRole('link', { name: new RegExp(`^${key}\\b`) }) });
    await row.waitFor();
    await expect(row.textContent()).resolves.not.toContain(status);
    // The follow-up and the commitments macro subscribe to the plan's channel.
    await subscribed(2);
    await followUpFrame(page).evaluate(() => ((window as unknown as { kept: string }).kept = 'no reload'));
    const shownBefore = await followUp.getByTestId('last-refreshed').textContent();

    await moveOnBoard(key!, status);
    await row.getByText(status, { exact: true }).waitFor({ timeout: 5000 });
    await expect(
      followUpFrame(page).evaluate(() => (window as unknown as { kept?: string }).kept),
    ).resolves.toBe('no reload');
    const shown = await followUp.getByTestId('last-refreshed').textContent();
    expect(shown).toMatch(updated);
    expect(shownBefore).toMatch(updated);
    await page.screenshot({ path: `${SHOTS}/e2e-live-followup-${locale}.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  },
);
