/**
 * The supplier register in real Chromium on the local host (`?view=suppliers`): a buyer adds a supplier through the
 * modal and finds it by searching; a customer reads the refusal; axe finds nothing serious, in English and French.
 */
import type { Page } from 'playwright-core';
import { browserSuite, seriousA11yViolations } from './setup';

const e2e = browserSuite();
let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

const registerOf = (p: Page) => p.frameLocator('iframe[data-frame-id="page-suppliers-page"]');

test('a buyer adds a supplier and finds it by the start of its name', async () => {
  ({ page } = await e2e.openAs('Grace Okafor', '&view=suppliers&locale=en-US'));
  const register = registerOf(page);
  await register.getByRole('button', { name: 'Add supplier' }).click();
  const dialog = register.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Zeta Logistique');
  await dialog.getByLabel('Category').fill('Transport');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await register.getByText('The supplier is saved.').waitFor();
  await register.getByLabel('Search by name').fill('zeta');
  await register.getByRole('rowheader', { name: 'Zeta Logistique' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a customer is told the register is for the procurement team, in French too', async () => {
  ({ page } = await e2e.openAs('Alice Martin', '&view=suppliers&locale=fr-FR'));
  await registerOf(page)
    .getByText('Le référentiel fournisseurs est réservé à l’équipe Achats et aux responsables qualité.')
    .waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
});
