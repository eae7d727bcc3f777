/**
 * axe-core on the admin page's access gate (jsdom), the first admin's setup and no access, and its Roles tab, in
 * English and French. No serious or critical violation; colour contrast needs a real browser (see ./axe.ts).
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
  it('setup state', async () => {
    show(fakeBackend({ access: { accountId: ME, roles: [], canBootstrap: true } }), locale);
    await screen.findByRole('button', { name: A.setup.button });
    expect(await seriousViolations()).toEqual([]);
  });

  it('no-access state', async () => {
    show(fakeBackend({ access: { accountId: ME, roles: [], canBootstrap: false } }), locale);
    await screen.findByText(A.noAccess.message);
    expect(await seriousViolations()).toEqual([]);
  });

  it('Roles tab', async () => {
    const user = show(fakeBackend(), locale);
    await user.click(await screen.findByRole('tab', { name: A.tabs.roles }));
    await screen.findByRole('heading', { name: A.roles.heading });
    expect(await seriousViolations()).toEqual([]);
  });
});
