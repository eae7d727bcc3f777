/**
 * The home feed in real Chromium (issue 18, item 3): Confluence's home page shows Alice the open 2026 survey she was
 * invited to; its link opens the survey's page; axe finds nothing serious, in English and French.
 */
import type { Page } from 'playwright-core';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();
let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

const feedOf = (p: Page) => p.frameLocator('iframe[data-frame-id="page-home-feed"]');

test("the home feed lists Alice's open survey; its link opens the survey's page", async () => {
  ({ page } = await e2e.openAs('Alice Martin', '&view=home&locale=en-US'));
  await page
    .getByRole('link', { name: 'Home', exact: true })
    .and(page.locator('[aria-current="page"]'))
    .waitFor();
  const feed = feedOf(page);
  const surveys = feed.getByRole('region', { name: 'Surveys to answer' });
  const link = surveys.getByRole('button', { name: 'Procurement satisfaction survey 2026' });
  await link.waitFor();
  await expect(surveys.getByText(/Closes on/).textContent()).resolves.toMatch(/days? left|today/);
  await page.screenshot({ path: `${SHOTS}/e2e-home-feed-en.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await Promise.all([page.waitForURL(/[?&]page=\d+/), link.click()]);
  // The survey's page, with the survey macro of the same campaign.
  await page
    .frameLocator('iframe[data-frame-id^="macro-"]')
    .first()
    .getByRole('heading', { name: /Procurement satisfaction survey 2026/ })
    .first()
    .waitFor();
});

test('in French, the feed speaks French and stays axe clean', async () => {
  ({ page } = await e2e.openAs('Alice Martin', '&view=home&locale=fr-FR'));
  const surveys = feedOf(page).getByRole('region', { name: 'Enquêtes à remplir' });
  await surveys.getByRole('button', { name: 'Enquête de satisfaction Achats 2026' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
