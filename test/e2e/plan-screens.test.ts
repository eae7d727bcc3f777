/**
 * Issue 16's plan screens in real Chromium over the seeded demo: at 400 px the plan fits the frame, its tables
 * scroll sideways inside and issue keys never wrap (item 17); where to act explains its priority and draws only
 * the quadrants it fills (item 10); after "Adjust date" the late action's row shows its new date and is no longer
 * late, the counters follow and the confirmation is in view (items 12, 15); an action the customers are weighing
 * offers no Edit or Delete and says why, and a page that missed the opening gets the server's reason, not "changed
 * by someone else" (item 9). English and French, axe, screenshots.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const ADMIN = 'page-admin-page';
const campaignId = 'campaign-2026';
const today = new Date().toISOString().slice(0, 10);

/** A resolver call through the host, as the admin page makes it: its data, or a throw on a refusal. */
async function invoke(persona: string, functionKey: string, payload: unknown) {
  const answer = await e2e.invoke<{ ok: boolean; data: Record<string, unknown>; error?: unknown }>(
    persona,
    ADMIN,
    functionKey,
    payload,
  );
  if (!answer.ok) throw new Error(`${functionKey}: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** Whether `locator` is wholly in the page's view, below the host's sticky top bar (after scrolling settles). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  await page.waitForTimeout(500);
  const shown = await locator.boundingBox();
  const bar = await page.locator('header.topnav').boundingBox();
  const viewport = page.viewportSize()!;
  if (!shown || !bar) return false;
  return shown.y >= bar.y + bar.height && shown.y + shown.height <= viewport.height;
}

/** The admin page's Plan tab as `persona`, on the latest closed campaign. */
async function planTab(persona: string, locale: string): Promise<{ page: Page; app: FrameLocator }> {
  const { page } = await e2e.openAs(persona, `&view=admin&locale=${locale}`);
  const app = page.frameLocator(`iframe[data-frame-id="${ADMIN}"]`).first();
  await app.getByRole('tab', { name: 'Plan' }).click();
  return { page, app };
}

/** The plan of the demo's 2025 campaign (the latest closed one until a test closes this year's). */
async function plan2025(persona: string, locale: string) {
  const tab = await planTab(persona, locale);
  const picker = tab.app.getByRole('combobox', { name: locale === 'fr-FR' ? 'Campagne' : 'Campaign' });
  await picker.fill('2025');
  await picker.press('Enter');
  return tab;
}

describe('item 17: the plan at 400 px', () => {
  test.each(['en-US', 'fr-FR'])(
    'fits the screen: the tables scroll sideways inside, keys never wrap (%s)',
    async (locale) => {
      const { page } = await e2e.openAs('Grace Okafor', `&view=admin&locale=${locale}`, {
        width: 400,
        height: 900,
      });
      const app = page.frameLocator(`iframe[data-frame-id="${ADMIN}"]`).first();
      await app.getByRole('tab', { name: 'Plan' }).click();
      const picker = app.getByRole('combobox', { name: locale === 'fr-FR' ? 'Campagne' : 'Campaign' });
      await picker.fill('2025');
      await picker.press('Enter');
      const caption = locale === 'fr-FR' ? 'Actions candidates' : 'Candidate actions';
      const table = app.getByRole('table', { name: caption });
      await table.getByRole('link', { name: /^PROC-3/ }).waitFor();
      await page.waitForTimeout(500);
      // The frame is within the screen, and its page is not wider than the frame (the host's own top bar is not
      // the app's: it is left out).
      const frame = (await page.locator(`iframe[data-frame-id="${ADMIN}"]`).boundingBox())!;
      expect(frame.x + frame.width).toBeLessThanOrEqual(400);
      const inner = await app
        .locator('html')
        .evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
      expect(inner.scroll).toBeLessThanOrEqual(inner.client);
      // The table's region scrolls sideways to its last column (Manage), inside the frame.
      const region = table.locator('xpath=..');
      const scroll = await region.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        overflow: getComputedStyle(el).overflowX,
      }));
      expect(scroll.overflow).toBe('auto');
      const manage = table.getByRole('columnheader', { name: locale === 'fr-FR' ? 'Gérer' : 'Manage' });
      await manage.scrollIntoViewIfNeeded();
      const shown = (await manage.boundingBox())!;
      expect(shown.x + shown.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      // Every issue key is on one line.
      for (const key of await table.getByRole('link', { name: /^PROC-\d+/ }).all()) {
        const lines = await key.evaluate((a) => a.getClientRects().length);
        expect(lines).toBe(1);
      }
      await page.screenshot({ path: `${SHOTS}/e2e-plan-400-${locale}.png` });
      await table.getByRole('link', { name: /^PROC-3/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/e2e-plan-400-keys-${locale}.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe('item 10: where to act', () => {
  test.each([
    ['en-US', 'Where to act', 'Priority, from 0 to 1', 'No criterion'],
    ['fr-FR', 'Où agir', 'Priorité, de 0 à 1', 'Aucun critère'],
  ])(
    'explains the priority and draws only the quadrants it fills (%s)',
    async (locale, title, help, none) => {
      const { page, app } = await plan2025('Grace Okafor', locale);
      const section = app.getByRole('region', { name: title });
      await section.getByText(help, { exact: false }).waitFor();
      await expect(section.getByText(none).count()).resolves.toBe(0);
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `${SHOTS}/e2e-plan-where-to-act-${locale}.png` });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe('item 12: adjusting the date of a late action', () => {
  const TITLE = 'Publish the expected lead time of each purchase category';
  /** The team's French title (item 19): what the French reader's row shows. */
  const TITRE = 'Publier le délai attendu de chaque catégorie d’achat';

  test('the row shows the new date, no longer late, and the overdue counter drops', async () => {
    const en = await plan2025('Grace Okafor', 'en-US');
    const row = en.app.getByRole('row', { name: new RegExp(TITLE) });
    const overdueCount = en.app.getByText('Overdue', { exact: true }).first().locator('xpath=..');
    await row.getByText('Overdue', { exact: true }).waitFor();
    await expect(overdueCount.innerText()).resolves.toMatch(/Overdue\s*1$/);
    await row.getByRole('button', { name: `Adjust the due date of “${TITLE}”` }).click();
    const dialog = en.app.getByRole('dialog', { name: 'Adjust the due date' });
    await dialog.getByLabel(/^New due date/).fill('2027-03-31');
    await dialog.getByLabel(/^Reason/).fill('The lead times of the new portal are measured from January.');
    await dialog.getByRole('button', { name: 'Adjust' }).click();
    const confirmation = en.app.getByText(`The due date of “${TITLE}” is now Mar 31, 2027.`);
    await confirmation.waitFor();
    // Item 15: the confirmation, above the plan, is brought into view once the dialog has gone.
    await expect(inView(en.page, confirmation)).resolves.toBe(true);
    await en.page.screenshot({ path: `${SHOTS}/e2e-plan-adjusted-confirmation-en-US.png` });
    await row.getByText('Mar 31, 2027').waitFor();
    await expect(row.getByText('Overdue', { exact: true }).count()).resolves.toBe(0);
    await expect(row.innerText()).resolves.not.toContain('Oct 30, 2026');
    await expect(overdueCount.innerText()).resolves.toMatch(/Overdue\s*0$/);
    await row.scrollIntoViewIfNeeded();
    await en.page.screenshot({ path: `${SHOTS}/e2e-plan-adjusted-en-US.png` });
    expect(await seriousA11yViolations(en.page)).toEqual([]);
    await en.page.context().close();

    // In French, on a new page: the same date, in French, and nothing late.
    const fr = await plan2025('Grace Okafor', 'fr-FR');
    const frRow = fr.app.getByRole('row', { name: new RegExp(TITRE) });
    await frRow.getByText('31 mars 2027').waitFor();
    await expect(frRow.getByText('En retard', { exact: true }).count()).resolves.toBe(0);
    await frRow.scrollIntoViewIfNeeded();
    await fr.page.screenshot({ path: `${SHOTS}/e2e-plan-adjusted-fr-FR.png` });
    expect(await seriousA11yViolations(fr.page)).toEqual([]);
    await fr.page.context().close();
  });
});

describe('item 9: an action being weighed', () => {
  const TITLE = 'Weekly backlog review';

  beforeAll(async () => {
    const campaign = await invoke('Jean Rousseau', 'campaigns/get', { campaignId });
    await invoke('Jean Rousseau', 'campaigns/close', { campaignId, baseRevision: campaign.revision });
    await invoke('Grace Okafor', 'plan/saveAction', {
      campaignId,
      revision: 0,
      title: { 'en-US': TITLE },
      description: { 'en-US': 'Every week until the backlog is cleared.' },
      criterionIds: ['communication-lead-times'],
    });
  });

  test('a page that missed the opening is told the reason; once reloaded it offers no Edit or Delete', async () => {
    // Both pages are open before the weighing opens (another tab of the team opens it).
    const en = await planTab('Grace Okafor', 'en-US');
    const fr = await planTab('Grace Okafor', 'fr-FR');
    await en.app.getByRole('button', { name: `Edit “${TITLE}”` }).waitFor();
    await fr.app.getByRole('button', { name: `Modifier « ${TITLE} »` }).waitFor();
    await invoke('Grace Okafor', 'weighing/open', { campaignId, closesOn: today });

    await en.app.getByRole('button', { name: `Edit “${TITLE}”` }).click();
    const dialog = en.app.getByRole('dialog', { name: 'Edit action' });
    await dialog.getByRole('textbox', { name: /^Title in English/ }).fill(`${TITLE}, twice a week`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog
      .getByText('Customers are weighing this action: it stays as they read it until the weighing closes.')
      .waitFor();
    await expect(en.app.getByText('Changed by someone else').count()).resolves.toBe(0);
    await en.page.screenshot({ path: `${SHOTS}/e2e-plan-in-weighing-refused-en-US.png` });
    expect(await seriousA11yViolations(en.page)).toEqual([]);

    await fr.app.getByRole('button', { name: `Supprimer « ${TITLE} »` }).click();
    await fr.app
      .getByRole('dialog', { name: 'Supprimer cette action ?' })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    const reason = fr.app.getByText(/Les clients pondèrent cette action/);
    await reason.waitFor();
    // Item 15: the notice above the plan is brought into the view, clear of the host's sticky header.
    await expect(inView(fr.page, reason)).resolves.toBe(true);
    await expect(fr.app.getByText('Modifié par quelqu’un d’autre').count()).resolves.toBe(0);
    await fr.page.screenshot({ path: `${SHOTS}/e2e-plan-in-weighing-refused-fr-FR.png` });
    expect(await seriousA11yViolations(fr.page)).toEqual([]);

    for (const [side, locale, edit, note] of [
      [en, 'en-US', `Edit “${TITLE}”`, 'Being weighed by the customers'],
      [fr, 'fr-FR', `Modifier « ${TITLE} »`, 'En cours de pondération par les clients'],
    ] as const) {
      await side.page.reload();
      await side.app.getByRole('tab', { name: 'Plan' }).click();
      const row = side.app.getByRole('row', { name: new RegExp(TITLE) });
      await row.getByText(note, { exact: false }).waitFor();
      await expect(row.getByRole('button', { name: edit }).count()).resolves.toBe(0);
      await row.scrollIntoViewIfNeeded();
      await side.page.screenshot({ path: `${SHOTS}/e2e-plan-in-weighing-row-${locale}.png` });
      expect(await seriousA11yViolations(side.page)).toEqual([]);
      await side.page.context().close();
    }
  });
});
