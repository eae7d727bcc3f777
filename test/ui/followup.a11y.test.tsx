/**
 * axe-core on the follow-up macro (jsdom) with its reviews, and its review dialog, in English and French. No
 * serious or critical violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { reviewSnapshot } from './backend';
import { planBackend, planInEveryJiraState as plan } from './plan-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('plan views accessibility (%s)', (locale, texts) => {
  it('follow-up macro with its reviews, and its review dialog', async () => {
    const backend = planBackend({ plan: plan(), reviews: [reviewSnapshot()] });
    showMain({ moduleKey: 'followup-macro', locale, config: { campaignId: 'survey-2026' }, backend });
    const user = userEvent.setup();
    await screen.findByRole('table', { name: texts.ui.followup.caption });
    await user.click(screen.getByRole('button', { name: texts.ui.followup.reviews.show }));
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: texts.ui.followup.review.button }));
    await screen.findByRole('dialog');
    expect(await seriousViolations()).toEqual([]);
  });
});
