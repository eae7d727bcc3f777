/**
 * Issue 18, items 1 and 2, in real Chromium: the page banner tells an invited customer who has not answered, on any
 * page, and is gone once they have; a buyer's reminder puts their name in the banner. axe on every view, en and fr.
 */
import type { Page } from 'playwright-core';
import { DEMO_MODEL } from '../../sandbox/demo/model';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();
const criteria = DEMO_MODEL.sections.flatMap((section) => section.criteria);
const RESULTS_PAGE = '&page=65605';
const PLAN_PAGE = '&page=65602';

const bannerOf = (page: Page) => page.frameLocator('iframe[data-frame-id^="banner-"]').first();

test('Bruno sees the banner on another page, answers, and the banner is gone on the next page', async () => {
  const { page } = await e2e.openAs('Bruno Lefèvre', RESULTS_PAGE);
  const banner = bannerOf(page);
  await banner.getByText('Procurement satisfaction survey 2026: your answer is awaited.').waitFor();
  await banner.getByText(/\d+ days? left\.|Last day to answer\./).waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-banner-bruno.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Its button takes him to the survey's page.
  await banner
    .getByRole('button', { name: 'Answer the survey Procurement satisfaction survey 2026' })
    .click();
  await page.waitForURL(/page=65601/);
  const macro = page.frameLocator('iframe[data-frame-id^="macro-"]').first();
  for (const criterion of criteria) {
    await macro
      .getByRole('radiogroup', { name: criterion.text['en-US'] })
      .getByRole('radio', { name: '3 Satisfied' })
      .check();
  }
  await macro.getByRole('button', { name: 'Submit answers' }).click();
  await macro.getByText('Thank you — your answers are submitted').waitFor();

  await page.goto(page.url().replace(/page=65601/, 'page=65602'));
  await page.locator('h1', { hasText: 'Improvement plan 2025' }).waitFor();
  // The banner's frame is there, and says nothing: it takes no room at all.
  const frame = page.locator('iframe[data-frame-id^="banner-"]');
  await frame.waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-frame-id^="banner-"]');
    const doc = iframe?.contentDocument;
    return doc?.readyState === 'complete' && doc.getElementById('root') !== null;
  });
  await page.waitForTimeout(1500);
  await expect(bannerOf(page).locator('section').count()).resolves.toBe(0);
  await expect(frame.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)).resolves.toBe(
    0,
  );
  await page.context().close();
});

test('Grace reminds Chloé, who then sees Grace’s name in her banner, in French', async () => {
  const { page, macro } = await e2e.openAs('Grace Okafor');
  await macro.getByRole('tab', { name: 'Participation' }).click();
  await macro.getByRole('button', { name: 'Remind Chloé Dubois in Confluence' }).click();
  await macro.getByText('Chloé Dubois will see your reminder on their next Confluence page.').waitFor();
  await macro.getByText(/^Reminded once, last on .+ by Grace Okafor$/).waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-remind-grace.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();

  const chloe = await e2e.openAs('Chloé Dubois', `${PLAN_PAGE}&locale=fr-FR`);
  const banner = bannerOf(chloe.page);
  await banner.getByText('Enquête de satisfaction Achats 2026 : votre réponse est attendue.').waitFor();
  await banner.getByText('Grace Okafor vous demande de répondre.').waitFor();
  await chloe.page.screenshot({ path: `${SHOTS}/e2e-banner-chloe-fr.png` });
  expect(await seriousA11yViolations(chloe.page)).toEqual([]);

  // Dismissed for the day: gone on the next page too.
  await banner.getByRole('button', { name: 'Masquer pour aujourd’hui' }).click();
  await expect(banner.locator('section').count()).resolves.toBe(0);
  await chloe.page.reload();
  await chloe.page.locator('h1').first().waitFor();
  await chloe.page.waitForTimeout(2500);
  await expect(bannerOf(chloe.page).locator('section').count()).resolves.toBe(0);
  await chloe.page.context().close();
});

test('nobody with nothing waiting sees a banner: a buyer, the quality manager', async () => {
  for (const name of ['Grace Okafor', 'Inès Garcia']) {
    const { page } = await e2e.openAs(name, RESULTS_PAGE);
    await page.locator('h1', { hasText: 'Satisfaction results 2025' }).waitFor();
    await page.waitForTimeout(2500);
    await expect(bannerOf(page).locator('section').count()).resolves.toBe(0);
    await page.context().close();
  }
});
