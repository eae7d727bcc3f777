/**
 * Issue 7, a campaign opened before its opening day, in real Chromium: the admin page says that "Open" schedules
 * it, the server answers `scheduled`, and the campaign then shows as scheduled, with no Close, still editable. In
 * English and French; axe on every view.
 */
import type { Browser } from 'playwright-core';
import { PERSONAS } from '../../sandbox/personas';
import { startTestHost, type Host } from '../helpers/host';
import { launchChromium, seriousA11yViolations } from './browser';

let host: Host;
let browser: Browser;

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const shots = process.env.E2E_SCREENSHOTS ?? '/tmp';
const admin = PERSONAS.find((p) => p.role === 'admin')!.accountId;

test('"Open" on a campaign whose opening day is ahead schedules it (en), and it reads as scheduled (fr)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${host.url}/?view=admin&persona=${admin}`);
  const frame = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  // The demo's 2027 campaign is a draft opening on 2027-01-11.
  const name = /Procurement satisfaction survey 2027/;
  await frame.getByRole('button', { name }).click();
  await frame.getByText(/Opening it now schedules it: it then opens by itself on January 11, 2027/).waitFor();
  await frame.getByRole('button', { name: 'Open campaign' }).click();
  const dialog = frame.getByRole('dialog');
  await dialog.getByText(/It opens on January 11, 2027: until then it is scheduled/).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await frame.getByText('Campaign scheduled: it opens on January 11, 2027.').waitFor();
  await expect(frame.getByRole('button', { name: 'Close campaign' }).count()).resolves.toBe(0);
  await expect(
    frame.getByRole('textbox', { name: /^English \(en-US\)\s*, Name$/ }).isEditable(),
  ).resolves.toBe(true);
  await page.screenshot({ path: `${shots}/e2e-scheduled-admin-en.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();

  const fr = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const frPage = await fr.newPage();
  await frPage.goto(`${host.url}/?view=admin&persona=${admin}&locale=fr-FR`);
  const frFrame = frPage.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await frFrame.getByRole('table', { name: 'Campagnes' }).getByText('Programmée').waitFor();
  // Named in French for a French reader.
  await frFrame.getByRole('button', { name: /Enquête de satisfaction Achats 2027/ }).click();
  await frFrame
    .getByText(/Cette campagne est programmée : elle s’ouvrira d’elle-même le 11 janvier 2027/)
    .waitFor();
  await frPage.screenshot({ path: `${shots}/e2e-scheduled-admin-fr.png`, fullPage: true });
  expect(await seriousA11yViolations(frPage)).toEqual([]);
  await fr.close();
});
