/**
 * Issue 16, item 19: the heatmap's "N" counts ratings (a person rates every criterion of a section), where "N"
 * elsewhere counts people: its caption says so. Only the wording (locales) changes; the results slice's own
 * screens and tests are results.test.tsx.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import { campaignView, failure, fakeBackend, resultsView } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

test.each([
  ['en-US', en, 'View results of Survey 2026', /\bN\b.*ratings/],
  ['fr-FR', fr, /^Voir les résultats de la campagne Enquête 2026$/, /\bN\b.*notes/],
] as const)('the heatmap says its N counts ratings, not people (%s)', async (locale, texts, button, says) => {
  const backend = fakeBackend({
    campaigns: [
      campaignView({
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
        status: 'closed',
        closedAt: Date.UTC(2026, 2, 31),
      }),
    ],
  });
  backend.on('results/get', () => ok(resultsView()));
  backend.on('results/comments', () => failure('NOT_FOUND'));
  showMain({ moduleKey: 'admin-page', locale, backend });
  await userEvent.setup().click(await screen.findByRole('button', { name: button }));
  const heatmap = await screen.findByRole('table', { name: texts.ui.results.heatmapCaption });
  expect(heatmap).toHaveTextContent(/N \d/);
  expect(texts.ui.results.heatmapCaption).toMatch(says);
});
