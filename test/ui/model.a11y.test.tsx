/**
 * axe-core on the admin page's Evaluation model tab (jsdom): a model in use, and read-only for a quality manager,
 * in English and French. No serious or critical violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { fakeBackend, ME, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

function show(backend: UiBackend, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  return userEvent.setup();
}

describe.each([
  ['en-US', en.ui.admin],
  ['fr-FR', fr.ui.admin],
])('admin page accessibility (%s)', (locale, A) => {
  it('Evaluation model tab (in use)', async () => {
    const user = show(fakeBackend({ inUse: true }), locale);
    await user.click(await screen.findByRole('tab', { name: A.tabs.model }));
    await screen.findByText(A.model.inUseTitle);
    expect(await seriousViolations()).toEqual([]);
  });

  it('read-only model for a quality manager', async () => {
    const user = show(
      fakeBackend({ access: { accountId: ME, roles: ['quality'], canBootstrap: false } }),
      locale,
    );
    await user.click(await screen.findByRole('tab', { name: A.tabs.model }));
    await screen.findAllByRole('listitem');
    expect(await seriousViolations()).toEqual([]);
  });
});
