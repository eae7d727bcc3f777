/**
 * axe-core on every tab and state of the admin page (jsdom): no serious or critical violations. Colour contrast needs
 * a real browser (see the Chromium run); here it is left out as in a11y.test.tsx.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { installBridge, useHost } from './harness';
import { adminBackend, campaignView, ME, type AdminBackend } from './admin-harness';
import type * as Boot from '../../static/app/src/app/boot';
import type * as EntryMain from '../../static/app/src/entry-main';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;

beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
});

async function seriousViolations() {
  const results = await axe.run(document.documentElement, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function show(backend: AdminBackend, locale = 'en-US') {
  useHost({ moduleKey: 'admin-page', locale, resolve: backend.resolve });
  render(<App render={renderMain} />);
  return userEvent.setup();
}

const campaigns = () => [
  campaignView(),
  campaignView({
    id: 'survey-2024',
    name: { 'en-US': 'Survey 2024', 'fr-FR': 'Survey 2024' },
    status: 'open',
    anonymous: true,
    bound: true,
    hasAnswers: true,
  }),
];

describe.each([
  ['en-US', en.ui.admin],
  ['fr-FR', fr.ui.admin],
])('admin page accessibility (%s)', (locale, A) => {
  it('setup state', async () => {
    show(adminBackend({ access: { accountId: ME, roles: [], canBootstrap: true } }), locale);
    await screen.findByRole('button', { name: A.setup.button });
    expect(await seriousViolations()).toEqual([]);
  });

  it('no-access state', async () => {
    show(adminBackend({ access: { accountId: ME, roles: [], canBootstrap: false } }), locale);
    await screen.findByText(A.noAccess.message);
    expect(await seriousViolations()).toEqual([]);
  });

  it('Campaigns tab: list, editor and confirmation dialog', async () => {
    const user = show(adminBackend({ campaigns: campaigns() }), locale);
    await screen.findByRole('table');
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Survey 2024' }));
    await screen.findByRole('button', { name: A.campaign.close });
    // Opening the campaign also looks up the names of its people: wait for them, so that axe checks the settled
    // editor and no update lands outside act() while it runs.
    await screen.findByText('Alice Martin');
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: A.campaign.close }));
    await screen.findByRole('dialog');
    expect(await seriousViolations()).toEqual([]);
  });

  it('Campaigns tab: new campaign with validation errors', async () => {
    const user = show(adminBackend(), locale);
    await user.click(await screen.findByRole('button', { name: A.campaigns.create }));
    await user.click(await screen.findByRole('button', { name: A.campaign.addDepartment }));
    await user.click(screen.getByRole('button', { name: A.campaign.create }));
    await screen.findByText(A.validation.fixFields);
    expect(await seriousViolations()).toEqual([]);
  });

  it('Evaluation model tab (in use)', async () => {
    const user = show(adminBackend({ inUse: true }), locale);
    await user.click(await screen.findByRole('tab', { name: A.tabs.model }));
    await screen.findByText(A.model.inUseTitle);
    expect(await seriousViolations()).toEqual([]);
  });

  it('Roles tab', async () => {
    const user = show(adminBackend(), locale);
    await user.click(await screen.findByRole('tab', { name: A.tabs.roles }));
    await screen.findByRole('heading', { name: A.roles.heading });
    expect(await seriousViolations()).toEqual([]);
  });

  it('read-only model for a quality manager', async () => {
    const user = show(
      adminBackend({ access: { accountId: ME, roles: ['quality'], canBootstrap: false } }),
      locale,
    );
    await user.click(await screen.findByRole('tab', { name: A.tabs.model }));
    await screen.findAllByRole('listitem');
    expect(await seriousViolations()).toEqual([]);
  });

  it('read-only campaign summary for a quality manager', async () => {
    const user = show(
      adminBackend({
        access: { accountId: ME, roles: ['quality'], canBootstrap: false },
        campaigns: campaigns(),
      }),
      locale,
    );
    await user.click(await screen.findByRole('button', { name: 'Survey 2024' }));
    await screen.findByRole('region', { name: A.campaign.summary });
    await screen.findByText(/Grace Okafor/);
    expect(await seriousViolations()).toEqual([]);
  });
});
