/**
 * A new user's first look, in real Chromium: the host page shows the survey macro with the campaign's evaluation
 * model; the persona, locale and theme switches work; axe finds nothing serious.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { DEMO_MODEL } from '../../sandbox/demo/model';
import { PERSONAS } from '../../sandbox/personas';
import { PEOPLE } from '../helpers/people';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();
let page: Page;
beforeEach(async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await page.context().close();
});

const macro = (p: Page): FrameLocator => p.frameLocator('iframe[data-frame-id^="macro-"]').first();

/** The model the open campaign froze (the demo's version 2: one criterion reworded since the default model). */
async function expectModelRendered(p: Page, locale: 'en-US' | 'fr-FR') {
  const frame = macro(p);
  for (const section of DEMO_MODEL.sections) {
    await frame.getByRole('heading', { name: section.title[locale] }).waitFor();
  }
  const criteria = DEMO_MODEL.sections.flatMap((section) => section.criteria);
  for (const criterion of criteria) {
    await frame.getByText(criterion.text[locale], { exact: true }).waitFor();
  }
  // One radio group per criterion, with the 4-level scale and "not applicable".
  await expectCount(frame.getByRole('radiogroup'), criteria.length);
}

async function expectCount(locator: ReturnType<FrameLocator['getByRole']>, expected: number) {
  await locator.nth(expected - 1).waitFor();
  expect(await locator.count()).toBe(expected);
}

test('the host page shows the survey macro with the open campaign and its model', async () => {
  await page.goto(e2e.host.url);
  await expect(page.title()).resolves.toMatch(/Procurement/);
  await expectModelRendered(page, 'en-US');
  await macro(page)
    .getByRole('heading', { name: /Procurement satisfaction survey 2026/ })
    .first()
    .waitFor();
  await page.screenshot({
    path: `${SHOTS}/e2e-survey-en.png`,
    fullPage: true,
  });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('switching persona changes who the app sees; switching locale translates the macro', async () => {
  await page.goto(e2e.host.url);
  await expectModelRendered(page, 'en-US');

  // Another internal customer, from another department: the app sees the new identity.
  const other = PERSONAS.find(
    (persona) => persona.role === 'customer' && persona.department === 'Production',
  );
  expect(other).toBeDefined();
  await Promise.all([
    page.waitForLoadState('load'),
    page.selectOption('#persona-switcher', other!.accountId),
  ]);
  await page.waitForFunction(
    (accountId) => document.querySelector<HTMLSelectElement>('#persona-switcher')?.value === accountId,
    other!.accountId,
  );
  const state = (await (
    await fetch(`${e2e.host.url}/__host/state`, { headers: { cookie: await cookieHeader(page) } })
  ).json()) as {
    persona: { accountId: string };
  };
  expect(state.persona.accountId).toBe(other!.accountId);

  await Promise.all([page.waitForLoadState('load'), page.selectOption('#locale-switcher', 'fr-FR')]);
  await expectModelRendered(page, 'fr-FR');
  await macro(page).getByText('Très satisfait').first().waitFor();
  await macro(page).getByRole('heading', { level: 1, name: 'Enquête de satisfaction Achats 2026' }).waitFor();
  expect(await macro(page).locator('html').getAttribute('lang')).toBe('fr-FR');
  await page.screenshot({
    path: `${SHOTS}/e2e-survey-fr.png`,
    fullPage: true,
  });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the dark theme reaches the macro through view.theme.enable(), and stays accessible', async () => {
  await page.goto(e2e.host.url);
  await expectModelRendered(page, 'en-US');
  await page.selectOption('#theme-switcher', 'dark');
  await macro(page).locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  const background = await macro(page)
    .locator('body')
    .evaluate((body) => getComputedStyle(body).getPropertyValue('--ds-surface').trim());
  expect(background).not.toBe('');
  expect(background.toLowerCase()).not.toBe('#ffffff');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the admin page opens for the admin persona, with campaigns, model and roles', async () => {
  await page.goto(`${e2e.host.url}/?view=admin&persona=${PEOPLE.jean}`);
  const frame = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await frame.getByRole('heading', { name: 'Procurement CRM', level: 1 }).waitFor();
  for (const tab of ['Campaigns', 'Evaluation model', 'Roles'])
    await frame.getByRole('tab', { name: tab }).waitFor();
  await frame
    .getByRole('button', { name: /Procurement satisfaction survey 2026/ })
    .first()
    .waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

async function cookieHeader(p: Page): Promise<string> {
  const cookies = await p.context().cookies(e2e.host.url);
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
