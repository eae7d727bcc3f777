/**
 * axe-core on the Jira issue panel (jsdom), with and without scores, in English and French. No serious or critical
 * violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { fakeBackend, issuePanelFound } from './backend';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe.each(['en-US', 'fr-FR'] as const)('plan views accessibility (%s)', (locale) => {
  it.each([
    ['with scores', issuePanelFound()],
    ['without scores', issuePanelFound({ scoresShown: false })],
  ])('issue panel %s', async (_name, view) => {
    showMain({ moduleKey: 'action-issue-panel', locale, backend: fakeBackend({ issuePanel: view }) });
    await screen.findByRole('heading', { level: 2 });
    expect(await seriousViolations()).toEqual([]);
  });
});
