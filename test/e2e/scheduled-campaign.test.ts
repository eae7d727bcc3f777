/**
 * Issue 7, a campaign opened before its opening day, in real Chromium: the admin page says that "Open" schedules
 * it, the server answers `scheduled`, and the campaign then shows as scheduled, with no Close, still editable. In
 * English and French; axe on every view.
 */
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

test('"Open" on a campaign whose opening day is ahead schedules it (en), and it reads as scheduled (fr)', async () => {
  const { page } = await e2e.openAs('Jean Rousseau', '&view=admin');
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
  await page.screenshot({ path: `${SHOTS}/e2e-scheduled-admin-en.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();

  const { page: frPage } = await e2e.openAs('Jean Rousseau', '&view=admin&locale=fr-FR');
  const frFrame = frPage.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await frFrame.getByRole('table', { name: 'Campagnes' }).getByText('Programmée').waitFor();
  // Named in French for a French reader.
  await frFrame.getByRole('button', { name: /Enquête de satisfaction Achats 2027/ }).click();
  await frFrame
    .getByText(/Cette campagne est programmée : elle s’ouvrira d’elle-même le 11 janvier 2027/)
    .waitFor();
  await frPage.screenshot({ path: `${SHOTS}/e2e-scheduled-admin-fr.png`, fullPage: true });
  expect(await seriousA11yViolations(frPage)).toEqual([]);
  await frPage.context().close();
});
