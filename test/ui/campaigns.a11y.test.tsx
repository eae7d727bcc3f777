/**
 * axe-core on the admin page's Campaigns tab (jsdom): the list, the editor, its confirmation dialog, a new campaign
 * with validation errors, and the read-only summary, in English and French. No serious or critical violation;
 * colour contrast needs a real browser (see ./axe.ts).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { seriousViolations } from './axe';
import { campaignView, fakeBackend, ME, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

function show(backend: UiBackend, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
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
  it('Campaigns tab: list, editor and confirmation dialog', async () => {
    const user = show(fakeBackend({ campaigns: campaigns() }), locale);
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
    const user = show(fakeBackend(), locale);
    await user.click(await screen.findByRole('button', { name: A.campaigns.create }));
    await user.click(await screen.findByRole('button', { name: A.campaign.addDepartment }));
    await user.click(screen.getByRole('button', { name: A.campaign.create }));
    await screen.findByText(A.validation.fixFields);
    expect(await seriousViolations()).toEqual([]);
  });

  it('read-only campaign summary for a quality manager', async () => {
    const user = show(
      fakeBackend({
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

describe('accessibility (axe)', () => {
  it('admin page', async () => {
    // Every tab and state of the admin page: campaigns.a11y, model.a11y and roles.a11y.
    showMain({ moduleKey: 'admin-page', locale: 'fr-FR', backend: fakeBackend() });
    await screen.findAllByRole('tab');
    expect(await seriousViolations()).toEqual([]);
  });
});
