/**
 * Issue 16, item 8, in real Chromium: the proxy entry's customer picker opens its whole list inside the survey
 * macro's frame (the frame grows with the list, as the macro config's picker does) rather than under the frame's
 * bottom edge, where nobody could see whom to pick. English and French, axe.
 */
import type { Locator } from 'playwright-core';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
};

test.each([
  ['en-US', 'Enter answers for a customer', 'Customer'],
  ['fr-FR', 'Saisir les réponses d’un client', 'Client'],
])('the customer list shows whole, inside the macro’s frame (%s)', async (locale, tab, label) => {
  const { page, macro } = await e2e.openAs('Grace Okafor', `&locale=${locale}`);
  await macro.getByRole('tab', { name: tab }).click();
  const panel = macro.getByRole('tabpanel', { name: tab });
  await panel.getByRole('combobox', { name: label }).click();
  const options = panel.getByRole('option');
  await options.first().waitFor();
  expect(await options.count()).toBeGreaterThan(3);
  // The host resizes the frame to its content: give it the time of a frame or two.
  await page.waitForTimeout(300);
  const frame = await box(page.locator('iframe[data-frame-id^="macro-"]').first());
  // The list scrolls within itself past a few names: the whole list box is what must fit in the frame.
  const list = await box(panel.getByRole('listbox'));
  expect(list.y).toBeGreaterThanOrEqual(frame.y);
  expect(list.y + list.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
  await panel.getByRole('listbox').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/e2e-proxy-picker-${locale}.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
