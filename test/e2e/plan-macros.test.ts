/**
 * Issue 16's plan macros in real Chromium over the seeded demo (page "Improvement plan 2025", its follow-up and
 * commitments macros): a customer reading the commitments is told whom the follow-up is for, never that the
 * campaign does not exist (item 11), and reads which commitment is late (item 16); a refresh while Jira is
 * disconnected says one thing (item 14); a quality manager records a review (item 20); a customer opening the
 * commitments macro's settings is told about that macro (item 19). English and French, axe, screenshots.
 */
import type { Page } from 'playwright-core';
import { COMMITMENTS_MACRO_LOCAL_ID, FOLLOWUP_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const PLAN_PAGE = '&page=65602';
const followUpOf = (page: Page) =>
  page.frameLocator(`iframe[data-frame-id="macro-${FOLLOWUP_MACRO_LOCAL_ID}"]`);
const commitmentsOf = (page: Page) =>
  page.frameLocator(`iframe[data-frame-id="macro-${COMMITMENTS_MACRO_LOCAL_ID}"]`);

test.each([
  [
    'en-US',
    'The follow-up of this plan is for the procurement team, administrators and quality managers.',
    'This campaign does not exist or was deleted.',
    'Late: planned for October 30, 2026',
    'Publish the expected lead time of each purchase category',
  ],
  [
    'fr-FR',
    'Le suivi de ce plan est destiné à l’équipe Achats, aux administrateurs et aux responsables qualité.',
    'Cette campagne n’existe pas ou a été supprimée.',
    'En retard : prévu pour le 30 octobre 2026',
    // The team's French title (item 19): the French customer reads it.
    'Publier le délai attendu de chaque catégorie d’achat',
  ],
])(
  'item 11: a customer is told whom the follow-up is for, under the same campaign’s commitments (%s)',
  async (locale, forWhom, missing, lateLine, lateTitle) => {
    const { page } = await e2e.openAs('Alice Martin', `${PLAN_PAGE}&locale=${locale}`);
    await followUpOf(page).getByText(forWhom).waitFor();
    await expect(followUpOf(page).getByText(missing).count()).resolves.toBe(0);
    // The same campaign's commitments are there, for her, on the same page; the late one says so (item 16).
    const late = commitmentsOf(page).getByRole('listitem').filter({ hasText: lateTitle });
    await late.getByText(lateLine).waitFor();
    await page.screenshot({ path: `${SHOTS}/e2e-followup-customer-${locale}.png`, fullPage: true });
    await late.screenshot({ path: `${SHOTS}/e2e-commitment-late-${locale}.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  },
);

test('item 14: a refresh while Jira is disconnected shows one state: Jira not reached, its last word shown', async () => {
  const { page } = await e2e.openAs('Grace Okafor', `${PLAN_PAGE}&locale=en-US`);
  const followUp = followUpOf(page);
  await followUp.getByRole('heading', { level: 2, name: 'Improvement plan follow-up' }).waitFor();
  e2e.host.jira.setConnected(false);
  try {
    await followUp.getByRole('button', { name: 'Refresh from Jira' }).click();
    await followUp.getByText('The statuses and dates shown are the ones Jira gave last.').waitFor();
    await expect(followUp.getByText('The follow-up shows Jira’s latest state.').count()).resolves.toBe(0);
    await followUp.getByText('Jira can’t be reached').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/e2e-followup-jira-unreachable-en-US.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
  } finally {
    e2e.host.jira.setConnected(true);
  }
  await page.context().close();
});

test('item 20: the quality manager records a review in the follow-up', async () => {
  const { page } = await e2e.openAs('Inès Garcia', `${PLAN_PAGE}&locale=fr-FR`);
  const followUp = followUpOf(page);
  await followUp.getByRole('button', { name: 'Enregistrer une revue' }).click();
  const dialog = followUp.getByRole('dialog', { name: 'Enregistrer une revue' });
  await dialog
    .getByRole('textbox', { name: /^Commentaire/ })
    .fill('Revue de direction : deux actions en retard.');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await followUp.getByText('La revue est enregistrée.').waitFor();
  await followUp.getByText('Revue de direction : deux actions en retard.').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/e2e-followup-quality-review-fr-FR.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

test('item 19: a customer opening the commitments macro’s settings is told about this macro, not a survey', async () => {
  const { page } = await e2e.openAs('Alice Martin', `${PLAN_PAGE}&locale=en-US`);
  await page.locator(`[data-edit-macro="${COMMITMENTS_MACRO_LOCAL_ID}"]`).click();
  const config = page.frameLocator('iframe.dialog-frame').first();
  await config.getByRole('heading', { name: 'You can’t change these settings' }).waitFor();
  await config.getByText('choose the campaign this macro shows', { exact: false }).waitFor();
  await expect(config.locator('body').innerText()).resolves.not.toMatch(/survey/i);
  await page.screenshot({ path: `${SHOTS}/e2e-commitments-settings-customer-en-US.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
