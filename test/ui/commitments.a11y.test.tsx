/**
 * axe-core on the customers' commitments macro (jsdom), in English and French. No serious or critical violation;
 * colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { fakeBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each([
  ['en-US', en],
  ['fr-FR', fr],
] as const)('plan views accessibility (%s)', (locale, texts) => {
  it('commitments macro', async () => {
    showMain({
      moduleKey: 'commitments-macro',
      locale,
      config: { campaignId: 'survey-2026' },
      backend: fakeBackend(),
    });
    await screen.findByRole('heading', { level: 2, name: texts.ui.commitments.title });
    expect(await seriousViolations()).toEqual([]);
  });
});
