/**
 * The admin page's access gate (the first admin's setup, no role, a team member's read-only tabs) and its Roles
 * tab, against the one fake backend.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTRACT } from '../../src/shared/contract';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, idOf, ME, plain, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

// Big forms and many keystrokes: room for a busy machine.
jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;

function show(backend: UiBackend, locale = 'en-US') {
  return showMain({ moduleKey: 'admin-page', locale, backend });
}

async function showTab(backend: UiBackend, tab: string, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: tab }));
  return user;
}

describe('access gate', () => {
  it('offers the setup to a Confluence admin when the app has no admin, and shows the tabs once claimed', async () => {
    const backend = fakeBackend({ access: { accountId: ME, roles: [], canBootstrap: true } });
    const user = userEvent.setup();
    show(backend);
    expect(await screen.findByRole('heading', { level: 2, name: A.setup.heading })).toBeInTheDocument();
    expect(screen.getByText(A.setup.why)).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: A.setup.button }));
    expect(await screen.findByRole('tab', { name: A.tabs.campaigns })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: A.tabs.roles })).toBeInTheDocument();
    expect(backend.payloadsOf('roles/bootstrap')).toEqual([{}]);
  });

  it('says when the setup is refused', async () => {
    const backend = fakeBackend({ access: { accountId: ME, roles: [], canBootstrap: true } });
    backend.on('roles/bootstrap', () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } }));
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: A.setup.button }));
    expect(await screen.findByText(A.setup.refused)).toBeInTheDocument();
  });

  it('tells a person without a role to ask an admin, and loads nothing else', async () => {
    const backend = fakeBackend({ access: { accountId: ME, roles: [], canBootstrap: false } });
    show(backend);
    expect(await screen.findByRole('heading', { name: A.noAccess.title })).toBeInTheDocument();
    expect(screen.getByText(A.noAccess.message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.setup.button })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(backend.calls.map((c) => c.key)).toEqual(['roles/getAccess']);
  });

  it('shows team members the campaigns and the model read-only, without the Roles tab', async () => {
    const backend = fakeBackend({
      access: { accountId: idOf('Grace'), roles: ['team'], canBootstrap: false },
      campaigns: [campaignView()],
    });
    const user = userEvent.setup();
    show(backend);
    expect(await screen.findByRole('tab', { name: A.tabs.campaigns })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: A.tabs.model })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: A.tabs.roles })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Survey 2025' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaigns.create })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Survey 2025' }));
    expect(await screen.findByText(A.campaign.readOnlyRole)).toBeInTheDocument();
    // A summary as text, not a disabled form.
    expect(screen.getByRole('region', { name: A.campaign.summary })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: A.campaign.name })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: A.campaign.save })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.open })).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: A.tabs.model }));
    expect(await screen.findByRole('heading', { level: 2, name: A.model.heading })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(backend.payloadsOf('model/save')).toEqual([]);
  });
});

describe('roles', () => {
  it('shows the roles by name and saves them; at least one admin is required', async () => {
    const backend = fakeBackend();
    const user = await showTab(backend, A.tabs.roles);
    expect(await screen.findByRole('heading', { level: 2, name: A.roles.heading })).toBeInTheDocument();
    expect(screen.getByText('Jean Rousseau')).toBeInTheDocument();
    expect(screen.getByText('Grace Okafor')).toBeInTheDocument();
    expect(screen.getByText('Inès Garcia')).toBeInTheDocument();

    // Remove the only admin: refused before sending.
    await user.click(screen.getByRole('button', { name: 'Remove Jean Rousseau' }));
    await user.click(screen.getByRole('button', { name: A.roles.save }));
    expect(await screen.findByText(A.roles.atLeastOneAdmin)).toBeInTheDocument();
    expect(backend.payloadsOf('roles/set')).toEqual([]);

    const admins = screen.getByLabelText(A.roles.adminsLabel);
    await user.type(admins, 'jean');
    await user.click(await screen.findByRole('option', { name: 'Jean Rousseau' }));
    const team = screen.getByLabelText(A.roles.teamLabel);
    await user.type(team, 'bru');
    await user.click(await screen.findByRole('option', { name: 'Bruno Lefèvre' }));
    await user.click(screen.getByRole('button', { name: A.roles.save }));
    expect(await screen.findByText(A.roles.saved)).toBeInTheDocument();
    const [payload] = backend.payloadsOf('roles/set');
    expect(CONTRACT['roles/set'].input.parse(payload)).toEqual({
      admins: [ME],
      team: [idOf('Grace'), idOf('Bruno')],
      quality: [idOf('Inès')],
    });
  });
});

describe('issue 16, item 19: what each role may do, by what exists', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)('promises no ISO linking, which is not built yet (%s)', async (locale, texts) => {
    await showTab(fakeBackend(), texts.ui.admin.tabs.roles, locale);
    await screen.findByRole('heading', { level: 2, name: texts.ui.admin.roles.heading });
    expect(screen.getByText(plain(texts.ui.admin.roles.qualityHelp))).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/ISO/);
  });
});
