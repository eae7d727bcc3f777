/**
 * Issue 16's plan screens in real Chromium over the seeded demo: an action the customers are weighing offers no
 * Edit or Delete and says why, and a page that missed the opening gets the server's reason, not "changed by
 * someone else" (item 9). English and French, axe, screenshots.
 */
import type { FrameLocator, Page } from 'playwright-core';
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

/** The admin page's Plan tab as `persona`, on the latest closed campaign. */
async function planTab(persona: string, locale: string): Promise<{ page: Page; app: FrameLocator }> {
  const { page } = await e2e.openAs(persona, `&view=admin&locale=${locale}`);
  const app = page.frameLocator(`iframe[data-frame-id="${ADMIN}"]`).first();
  await app.getByRole('tab', { name: 'Plan' }).click();
  return { page, app };
}

describe('item 9: an action being weighed', () => {
  const TITLE = 'Weekly backlog review';

  beforeAll(async () => {
    const campaign = await invoke('Jean Rousseau', 'campaigns/get', { campaignId });
    await invoke('Jean Rousseau', 'campaigns/close', { campaignId, baseRevision: campaign.revision });
    await invoke('Grace Okafor', 'plan/saveAction', {
      campaignId,
      revision: 0,
      title: TITLE,
      description: 'Every week until the backlog is cleared.',
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
    await dialog.getByRole('textbox', { name: /^Title/ }).fill(`${TITLE}, twice a week`);
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
    await reason.scrollIntoViewIfNeeded();
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
