/**
 * What only a browser shows (issue 7): the rating scale stacks one option per row on a narrow screen, empty radio
 * circles are readable in the dark theme, the macro config's campaign list is not clipped and its title shows once,
 * and the model editor's save bar stays in view. Screenshots in en and fr, light and dark.
 */
import type { Locator } from 'playwright-core';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const criterion = DEFAULT_MODEL.sections[0]!.criteria[0]!;

const open = e2e.openAs;

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return found;
};

test.each([
  ['en-US', 'light'],
  ['fr-FR', 'dark'],
])('at 400 px the scale stacks, one option per row (%s, %s)', async (locale, theme) => {
  const { page, macro } = await open('Alice Martin', `&locale=${locale}&theme=${theme}`, {
    width: 400,
    height: 900,
  });
  const group = macro.getByRole('radiogroup', { name: criterion.text[locale as 'en-US' | 'fr-FR'] });
  await group.waitFor();
  const boxes = await Promise.all((await group.locator('label').all()).map(box));
  expect(boxes).toHaveLength(5);
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i]!.x - boxes[0]!.x)).toBeLessThan(2);
    expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
  }
  await group.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/e2e-scale-400-${locale}-${theme}.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

test('dark theme: an empty radio circle is drawn at least 1 px wide, 3:1 against what is behind it', async () => {
  const { page, macro } = await open('Alice Martin', '&theme=dark');
  await macro.locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
  const radio = macro
    .getByRole('radiogroup', { name: criterion.text['en-US'] })
    .getByRole('radio', { name: '4 Very satisfied' });
  await radio.waitFor();
  const ratio = await radio.evaluate((input) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    let node: Element | null = input.parentElement;
    let background = 'rgb(0, 0, 0)';
    while (node) {
      const color = getComputedStyle(node).backgroundColor;
      const parts = rgb(color);
      if (parts.length >= 3 && (parts.length < 4 || parts[3]! > 0)) {
        background = color;
        break;
      }
      node = node.parentElement;
    }
    const style = getComputedStyle(input);
    const [a, b] = [luminance(rgb(style.borderTopColor)), luminance(rgb(background))];
    // Atlaskit draws the circle scaled down (transform: scale(.625)): the border shrinks with it.
    const scale = style.transform === 'none' ? 1 : new DOMMatrix(style.transform).a;
    return {
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      width: parseFloat(style.borderTopWidth) * scale,
    };
  });
  expect(ratio.contrast).toBeGreaterThanOrEqual(3);
  expect(ratio.width).toBeGreaterThanOrEqual(1);
  await page.context().close();
});

const CONFIG_TEXT = {
  'en-US': { title: 'Survey settings', campaign: /Campaign/, save: 'Save' },
  'fr-FR': { title: 'Paramètres de l’enquête', campaign: /Campagne/, save: 'Enregistrer' },
} as const;

test.each([
  ['en-US', 'light'],
  ['en-US', 'dark'],
  ['fr-FR', 'light'],
  ['fr-FR', 'dark'],
] as const)(
  'macro config: the whole campaign list shows, and the title shows once (%s, %s)',
  async (locale, theme) => {
    const text = CONFIG_TEXT[locale];
    const { page } = await open('Jean Rousseau', `&locale=${locale}&theme=${theme}`);
    await page.getByRole('button', { name: 'Edit macro settings' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const config = page.frameLocator('iframe.dialog-frame').first();
    const options = config.getByRole('radiogroup', { name: text.campaign }).getByRole('radio');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(1);
    // Every campaign and the Save button are inside the frame: nothing to scroll to or cut off at its edge.
    const frame = await box(page.locator('iframe.dialog-frame'));
    for (const last of [
      await box(options.last()),
      await box(config.getByRole('button', { name: text.save })),
    ]) {
      expect(last.y).toBeGreaterThanOrEqual(frame.y);
      expect(last.y + last.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    }
    // The host's dialog shows the title; the app keeps it only for assistive technology.
    await config.getByRole('heading', { level: 1, name: text.title }).waitFor({ state: 'attached' });
    const shown = await box(config.locator('#config-title').locator('xpath=..'));
    expect(shown.width * shown.height).toBeLessThanOrEqual(1);
    // The host page is in English whatever the app's locale (the manifest's `config.title`).
    await expect(page.getByRole('heading', { name: 'Survey settings' }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/e2e-config-open-${locale}-${theme}.png` });
    // Keyboard: the arrows move the choice within the group.
    await options.first().focus();
    await options.first().press('ArrowDown');
    await expect(options.nth(1).isChecked()).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  },
);

test.each([
  ['en-US', 'light'],
  ['fr-FR', 'dark'],
])('model editor: the save bar stays in view while scrolling (%s, %s)', async (locale, theme) => {
  const { page } = await open('Jean Rousseau', `&view=admin&locale=${locale}&theme=${theme}`);
  const admin = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await admin
    .getByRole('tab', { name: locale === 'fr-FR' ? 'Modèle d’évaluation' : 'Evaluation model' })
    .click();
  const save = admin.getByRole('button', {
    name: locale === 'fr-FR' ? /^Enregistrer en version/ : /^Save as version/,
  });
  await save.waitFor();
  await admin.locator('#criterion-hse-suppliers-en-US').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(300);
  const viewport = page.viewportSize()!;
  const bar = await box(save);
  expect(bar.y).toBeGreaterThanOrEqual(0);
  expect(bar.y + bar.height).toBeLessThanOrEqual(viewport.height);
  await page.screenshot({ path: `${SHOTS}/e2e-model-savebar-${locale}-${theme}.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

test('Remind says what it did next to the button, never as a flag over the list', async () => {
  const { page, macro } = await open('Grace Okafor', '');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.host.url });
  await macro.getByRole('tab', { name: 'Participation' }).click();
  const panel = macro.getByRole('tabpanel', { name: 'Participation' });
  await panel.getByRole('button', { name: 'Copy a reminder message' }).first().click();
  const notice = panel.getByRole('status').filter({ hasText: /Reminder copied|Copy the reminder/ });
  await notice.waitFor();
  await expect(page.locator('#flags').locator('*').count()).resolves.toBe(0);
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/e2e-remind-notice.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
