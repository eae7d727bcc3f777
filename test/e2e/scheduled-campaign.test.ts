/**
 * Issue 7, a campaign opened before its opening day, in real Chromium: the admin page says that "Open" schedules
 * it, the server answers `scheduled`, and the campaign then shows as scheduled, with no Close, still editable. In
 * English and French; axe on every view.
 */
import { SEED_CAMPAIGNS } from '../../sandbox/seed';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

/** The demo's 2027 draft opens after this year's campaign closes (both follow the day the demo starts). */
const opensOn = SEED_CAMPAIGNS.find((c) => c.id === 'campaign-2027')!.opensOn;
const spelled = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(opensOn));
const [en, fr] = [spelled('en-US'), spelled('fr-FR')];

test('"Open" on a campaign whose opening day is ahead schedules it (en), and it reads as scheduled (fr)', async () => {
  const { page } = await e2e.openAs('Jean Rousseau', '&view=admin');
  const frame = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  const name = /Procurement satisfaction survey 2027/;
  await frame.getByRole('button', { name }).click();
  await frame
    .getByText(`Opening it now schedules it: it then opens by itself on ${en}`, { exact: false })
    .waitFor();
  await frame.getByRole('button', { name: 'Open campaign' }).click();
  const dialog = frame.getByRole('dialog');
  await dialog.getByText(`It opens on ${en}: until then it is scheduled`, { exact: false }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await frame.getByText(`Campaign scheduled: it opens on ${en}.`).waitFor();
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
    .getByText(`Cette campagne est programmée : elle s’ouvrira d’elle-même le ${fr}`, { exact: false })
    .waitFor();
  await frPage.screenshot({ path: `${SHOTS}/e2e-scheduled-admin-fr.png`, fullPage: true });
  expect(await seriousA11yViolations(frPage)).toEqual([]);
  await frPage.context().close();
});
