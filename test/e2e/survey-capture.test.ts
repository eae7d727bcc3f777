/**
 * Issue 3's path in real Chromium, as new users would take it: a customer fills the survey, reloads mid-way and
 * finds the draft, submits and edits; a buyer self-assesses, enters one answer by proxy after a face-to-face review
 * and sees participation. axe runs on every view.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_MODEL } from '../../sandbox/demo/model';
import { SEED_DEPARTMENTS } from '../../sandbox/seed';
import { browserSuite, seriousA11yViolations, SHOTS } from './setup';

const e2e = browserSuite();

const { openAs } = e2e;
/** The open campaign's model: the demo's version 2. */
const criteria = DEMO_MODEL.sections.flatMap((section) => section.criteria);

/** Rates criteria [from, to) "3 Satisfied" (no comment needed above the campaign's threshold of 2). */
async function rate(scope: FrameLocator | ReturnType<FrameLocator['locator']>, from: number, to: number) {
  for (const criterion of criteria.slice(from, to)) {
    await scope
      .getByRole('radiogroup', { name: criterion.text['en-US'] })
      .getByRole('radio', { name: '3 Satisfied' })
      .check();
  }
}

test('the admin edits the model, then creates and opens a campaign', async () => {
  const { page } = await openAs('Jean Rousseau', '&view=admin');
  const admin = page.frameLocator('iframe[data-frame-id="page-admin-page"]').first();
  await admin.getByRole('tab', { name: 'Evaluation model' }).click();
  const criterion = admin.locator('#criterion-hse-suppliers-en-US');
  await criterion.fill('Selected suppliers meet our HSE requirements, checked at each renewal');
  // Version 2 is frozen into the open 2026 campaign (version 1 into 2024): saving creates version 3.
  await admin.getByRole('button', { name: 'Save as version 3' }).click();
  await admin.getByText('Evaluation model saved (version 3).').waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await admin.getByRole('tab', { name: 'Campaigns' }).click();
  await admin.getByRole('button', { name: 'Create campaign' }).first().click();
  // Each name in both languages (the label says which: "English (en-US), Name").
  const named = (language: string, of: string) =>
    admin.getByRole('textbox', { name: new RegExp(`^${language} \\([a-z]{2}-[A-Z]{2}\\)\\s*, ${of}$`) });
  await named('English', 'Name').fill('Buyer pulse 2027');
  await named('French', 'Name').fill('Baromètre des acheteurs 2027');
  await admin.getByRole('textbox', { name: 'Period' }).fill('2027');
  // Opening today: "Open" opens it (an opening day still ahead would schedule it, see scheduled-campaign.test.ts).
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await admin.getByLabel('Opens on').fill(day(0));
  await admin.getByLabel('Closes on').fill(day(56));
  await admin.getByRole('button', { name: 'Add department' }).click();
  await named('English', 'Department name').last().fill('Quality');
  await named('French', 'Department name').last().fill('Qualité');
  await pickOption(admin, 'Members of Quality', 'Garcia', /Inès Garcia/);
  // The member shows as a tag once the menu is closed.
  await expect(admin.getByRole('option', { name: /Inès Garcia/ }).count()).resolves.toBe(0);
  await admin.getByText('Inès Garcia', { exact: true }).waitFor();
  await admin.getByRole('button', { name: 'Create campaign' }).last().click();
  await admin.getByText('Campaign saved.').waitFor();
  await admin.getByRole('button', { name: 'Open campaign' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).click();
  await admin.getByText('Campaign opened: the audience can answer now.').waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-capture-admin-opened.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});

/**
 * Picks an option of an Atlaskit select by typing and pressing Enter, as a keyboard user would, until `chosen` shows:
 * the picker is loaded lazily, so keys typed before it is ready may land in its placeholder.
 */
async function pickOption(
  scope: ReturnType<FrameLocator['locator']> | FrameLocator,
  label: string,
  typed: string,
  option: RegExp,
  chosen?: ReturnType<FrameLocator['locator']>,
) {
  for (let attempt = 1; ; attempt++) {
    const box = scope.getByRole('combobox', { name: label });
    await box.fill(typed);
    await scope.getByRole('option', { name: option }).first().waitFor();
    await box.press('Enter');
    if (!chosen) return;
    try {
      await chosen.waitFor({ timeout: 10000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

test('a customer fills the survey, reloads and finds the draft, submits, then edits', async () => {
  const { page, macro } = await openAs('Alice Martin');
  await macro
    .getByRole('heading', { name: /Procurement satisfaction survey 2026/ })
    .first()
    .waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await rate(macro, 0, 8);
  await macro.getByText(/^Saved at /).waitFor();
  await page.reload();
  const again = page.frameLocator('iframe[data-frame-id^="macro-"]').first();
  for (const criterion of criteria.slice(0, 8)) {
    await expect(
      again
        .getByRole('radiogroup', { name: criterion.text['en-US'] })
        .getByRole('radio', { name: '3 Satisfied' })
        .isChecked(),
    ).resolves.toBe(true);
  }
  await again.getByText('8 of 17 answered', { exact: false }).first().waitFor();

  // A low rating needs a fact-based comment before submitting.
  await rate(again, 8, criteria.length);
  const first = again.getByRole('radiogroup', { name: criteria[0]!.text['en-US'] });
  await first.getByRole('radio', { name: '2 Not really satisfied' }).check();
  await again.getByRole('button', { name: 'Submit answers' }).click();
  await again.getByText(/Before submitting, check 1 point/).waitFor();
  await again
    .getByRole('textbox', { name: /Fact-based comment \(required\)/ })
    .first()
    .fill('Two orders in March arrived without the safety data sheet.');
  await again.getByRole('button', { name: 'Submit answers' }).click();
  await again.getByText('Thank you — your answers are submitted').waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-capture-customer-submitted.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Editing while the campaign is open re-submits.
  await again
    .getByRole('radiogroup', { name: criteria[5]!.text['en-US'] })
    .getByRole('radio', { name: '4 Very satisfied' })
    .check();
  await again
    .getByText(/^Changes submitted at /)
    .waitFor({ timeout: 15000 })
    .catch(async () => {
      await again.getByRole('button', { name: 'Submit changes' }).click();
      await again.getByText(/^Changes submitted at /).waitFor();
    });
  await page.context().close();

  // What is stored is what the customer sees: ask the resolver as Alice.
  const state = await e2e.invoke<{
    ok: boolean;
    data: { response: { status: string; answers: Record<string, { value: unknown; comment?: string }> } };
  }>('Alice Martin', 'macro-0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026', 'survey/getState', {
    campaignId: 'campaign-2026',
  });
  expect(state.ok).toBe(true);
  expect(state.data.response.status).toBe('submitted');
  expect(state.data.response.answers[criteria[0]!.id]).toEqual({
    value: 2,
    comment: 'Two orders in March arrived without the safety data sheet.',
  });
  expect(state.data.response.answers[criteria[5]!.id]?.value).toBe(4);
});

test('a buyer self-assesses, enters one answer by proxy and sees participation', async () => {
  const { page, macro } = await openAs('Grace Okafor');
  await macro.getByRole('tab', { name: 'Team self-assessment' }).click();
  const self = macro.getByRole('tabpanel', { name: 'Team self-assessment' });
  await rate(self, 0, criteria.length);
  await self.getByRole('button', { name: 'Submit answers' }).click();
  await self.getByText('Thank you — your answers are submitted').waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await macro.getByRole('tab', { name: 'Enter answers for a customer' }).click();
  const proxy = macro.getByRole('tabpanel', { name: 'Enter answers for a customer' });
  await pickOption(
    proxy,
    'Customer',
    'Bruno',
    /Bruno Lefèvre/,
    proxy.getByRole('button', { name: 'Record answers for Bruno Lefèvre' }),
  );
  await rate(proxy, 0, criteria.length);
  await proxy.getByRole('button', { name: 'Record answers for Bruno Lefèvre' }).click();
  await proxy.getByText(/^Recorded by proxy for: /).waitFor();
  await page.screenshot({ path: `${SHOTS}/e2e-capture-proxy.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);

  await macro.getByRole('tab', { name: 'Participation' }).click();
  const participation = macro.getByRole('tabpanel', { name: 'Participation' });
  await participation.getByRole('table', { name: 'By department' }).waitFor();
  await participation.getByRole('table', { name: 'By buyer portfolio' }).waitFor();
  // Bruno (Production) answered by proxy: his department shows 1 answer of its members.
  const production = participation
    .getByRole('table', { name: 'By department' })
    .getByRole('row', { name: /Production/ });
  const members = SEED_DEPARTMENTS.find((d) => d.id === 'production')!.members.length;
  await expect(
    production
      .getByRole('cell')
      .allTextContents()
      .then((cells) => cells.slice(0, 2)),
  ).resolves.toEqual(['1', String(members)]);
  await page.screenshot({ path: `${SHOTS}/e2e-capture-participation.png`, fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.context().close();
});
