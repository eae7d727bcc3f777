/**
 * Issue 7's acceptance for proxy entry, in real Chromium: a customer starts answering themselves (a draft with a
 * comment about their buyer); the buyer, choosing that customer for proxy entry, is told the answers are the
 * customer's own and gets no form, and nothing of the draft reaches the buyer's page. English and French, axe.
 */
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const criteria = DEFAULT_MODEL.sections.flatMap((section) => section.criteria);
const COMPLAINT = 'Grace never calls back about late orders';

const { openAs } = e2e;

test('a buyer cannot see or replace what a customer entered themselves', async () => {
  const alice = await openAs('Alice Martin');
  const first = alice.macro.getByRole('radiogroup', { name: criteria[0]!.text['en-US'] });
  await first.getByRole('radio', { name: '1 Dissatisfied' }).check();
  await alice.macro.getByRole('textbox').first().fill(COMPLAINT);
  await alice.macro.getByText(/^Saved at /).waitFor();
  await alice.page.context().close();

  const grace = await openAs('Grace Okafor');
  await grace.macro.getByRole('tab', { name: 'Enter answers for a customer' }).click();
  const panel = grace.macro.getByRole('tabpanel', { name: 'Enter answers for a customer' });
  const own = panel.getByText('Alice Martin has answered the survey themselves', { exact: false });
  for (let attempt = 1; ; attempt++) {
    const box = panel.getByRole('combobox', { name: 'Customer' });
    await box.fill('Alice');
    await panel
      .getByRole('option', { name: /Alice Martin/ })
      .first()
      .waitFor();
    await box.press('Enter');
    try {
      await own.waitFor({ timeout: 10000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  expect(await panel.getByRole('radiogroup').count()).toBe(0);
  expect(await panel.getByRole('button', { name: /Record answers/ }).count()).toBe(0);
  expect(await grace.macro.locator('body').innerText()).not.toContain(COMPLAINT);
  await grace.page.screenshot({ path: `${SHOTS}/e2e-proxy-own-answer-en.png`, fullPage: true });
  expect(await seriousA11yViolations(grace.page)).toEqual([]);

  await Promise.all([
    grace.page.waitForLoadState('load'),
    grace.page.selectOption('#locale-switcher', 'fr-FR'),
  ]);
  await grace.macro.getByRole('tab', { name: 'Saisir les réponses d’un client' }).click();
  const panelFr = grace.macro.getByRole('tabpanel', { name: 'Saisir les réponses d’un client' });
  const ownFr = panelFr.getByText('Alice Martin a déjà répondu à l’enquête', { exact: false });
  for (let attempt = 1; ; attempt++) {
    const box = panelFr.getByRole('combobox').first();
    await box.fill('Alice');
    await panelFr
      .getByRole('option', { name: /Alice Martin/ })
      .first()
      .waitFor();
    await box.press('Enter');
    try {
      await ownFr.waitFor({ timeout: 10000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  expect(await panelFr.getByRole('radiogroup').count()).toBe(0);
  await grace.page.screenshot({ path: `${SHOTS}/e2e-proxy-own-answer-fr.png`, fullPage: true });
  expect(await seriousA11yViolations(grace.page)).toEqual([]);
  await grace.page.context().close();
});
