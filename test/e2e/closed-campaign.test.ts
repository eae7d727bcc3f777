/**
 * Issue 7's acceptance for a campaign closed by hand, in real Chromium: a customer leaves a draft, the admin closes
 * the campaign on the admin page, then the customer sees the real close day and that the draft was not submitted
 * nor counted, and nobody is offered "Remind" any more. In English and French; axe on every view.
 */
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const criteria = DEFAULT_MODEL.sections.flatMap((section) => section.criteria);
const today = new Date().toISOString().slice(0, 10);
const longDay = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${today}T00:00:00Z`),
  );

const { openAs } = e2e;

test('the admin closes the campaign by hand; the customer sees the real day and an uncounted draft', async () => {
  // A customer starts answering and leaves: a draft, never submitted.
  const alice = await openAs('Alice Martin');
  for (const criterion of criteria.slice(0, 3)) {
    await alice.macro
      .getByRole('radiogroup', { name: criterion.text['en-US'] })
      .getByRole('radio', { name: '3 Satisfied' })
      .check();
  }
  await alice.macro.getByText(/^Saved at /).waitFor();
  await alice.page.context().close();

  // The admin closes it on the admin page.
  const jean = await openAs('Jean Rousseau', '&view=admin');
  const admin = jean.page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await admin.getByRole('button', { name: 'Procurement satisfaction survey 2026' }).click();
  await admin.getByRole('button', { name: 'Close campaign' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await admin.getByText('Campaign closed: answers are final.').waitFor();
  await admin
    .getByText(`Closed on ${longDay('en-US')}`, { exact: false })
    .first()
    .waitFor();
  await jean.page.screenshot({ path: `${SHOTS}/e2e-closed-admin.png`, fullPage: true });
  expect(await seriousA11yViolations(jean.page)).toEqual([]);
  await jean.page.context().close();

  for (const [locale, closedOn, notCounted] of [
    ['en-US', `Closed on ${longDay('en-US')}`, /never submitted.*not counted/],
    ['fr-FR', `Clôturée le ${longDay('fr-FR')}`, /jamais été envoyé.*pas pris en compte/],
  ] as const) {
    const { page, macro } = await openAs('Alice Martin', `&locale=${locale}`);
    await macro.getByText(closedOn, { exact: false }).first().waitFor();
    await macro.getByText(notCounted).waitFor();
    await expect(macro.getByRole('radiogroup').count()).resolves.toBe(0);
    await expect(
      macro.getByRole('button', { name: /Remind|Relancer|reminder|relance/ }).count(),
    ).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/e2e-closed-customer-${locale}.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  }
});

test('after the close, nobody is offered "Remind": buyer, quality manager, admin; en and fr', async () => {
  for (const name of ['Grace Okafor', 'Inès Garcia', 'Jean Rousseau']) {
    for (const locale of ['en-US', 'fr-FR']) {
      const { page, macro } = await openAs(name, `&locale=${locale}`);
      const tab = macro.getByRole('tab', { name: 'Participation' });
      await macro.getByRole('heading', { level: 1 }).first().waitFor();
      if ((await tab.count()) > 0) await tab.click();
      await macro
        .getByText(/Response rate|Taux de réponse/)
        .first()
        .waitFor();
      await expect(
        macro.getByRole('button', { name: /Remind|Relancer|reminder|relance/ }).count(),
      ).resolves.toBe(0);
      await expect(macro.getByText(/Not answered yet|Pas encore répondu/).count()).resolves.toBe(0);
      if (name === 'Grace Okafor')
        await page.screenshot({ path: `${SHOTS}/e2e-closed-participation-${locale}.png`, fullPage: true });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
  }
});
