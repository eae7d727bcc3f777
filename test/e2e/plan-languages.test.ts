/**
 * Issue 16, item 19 in real Chromium over the seeded demo: an action's text in the reader's language. A French
 * reader of the 2025 plan reads the team's French titles and, where the team gave no French description, the
 * English one marked `lang="en-US"`; the action dialog offers the optional French title and description. English
 * and French, axe, screenshots of the dialog.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const ADMIN = 'page-admin-page';

/** The admin page's Plan tab as `persona` on the demo's 2025 plan (the latest closed campaign). */
async function plan2025(persona: string, locale: string): Promise<{ page: Page; app: FrameLocator }> {
  const { page } = await e2e.openAs(persona, `&view=admin&locale=${locale}`);
  const app = page.frameLocator(`iframe[data-frame-id="${ADMIN}"]`).first();
  await app.getByRole('tab', { name: 'Plan' }).click();
  return { page, app };
}

test('a French reader reads the demo actions in French, and an English text left untranslated marked as English', async () => {
  const { page, app } = await plan2025('Grace Okafor', 'fr-FR');
  const table = app.getByRole('table', { name: 'Actions candidates' });
  await table.getByText('Revue hebdomadaire de chaque demande de plus de 10 jours').waitFor();
  await expect(table.getByText('Weekly review of every request older than 10 days').count()).resolves.toBe(0);
  // The last demo action's description was never translated: shown in English, marked so.
  const english = table.getByText('The main users of a supplier take part in its yearly review.');
  await expect(english.getAttribute('lang')).resolves.toBe('en-US');
  await english.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/e2e-plan-actions-fr-FR.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

test.each([
  ['en-US', 'Edit “Invite customers to the yearly supplier reviews”', 'Title in French (optional)'],
  [
    'fr-FR',
    'Modifier « Inviter les clients aux revues annuelles des fournisseurs »',
    'Titre en français (facultatif)',
  ],
])(
  'the action dialog shows the French title beside the English one (%s)',
  async (locale, edit, frenchLabel) => {
    const { page, app } = await plan2025('Grace Okafor', locale);
    await app.getByRole('button', { name: edit }).click();
    const dialog = app.getByRole('dialog');
    const french = dialog.getByRole('textbox', {
      name: new RegExp(`^${frenchLabel.replace(/[()]/g, '\\$&')}`),
    });
    await expect(french.inputValue()).resolves.toBe(
      'Inviter les clients aux revues annuelles des fournisseurs',
    );
    await expect(french.getAttribute('lang')).resolves.toBe('fr');
    await dialog.screenshot({ path: `${SHOTS}/e2e-plan-action-dialog-${locale}.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  },
);
