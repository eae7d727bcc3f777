/**
 * The follow-up and commitments macros' config screen: the same campaign picker as the survey macro's, under their
 * own title and help; saving submits the chosen campaign and binds nothing.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showConfig } from './app';
import { campaignView, fakeBackend, USERS } from './backend';
import en from '../../locales/en-US.json';

beforeAll(bootApp);

describe('the new macros’ config screen', () => {
  it.each([
    ['followup-macro', en.ui.followup.configTitle, en.ui.followup.configHelp],
    ['commitments-macro', en.ui.commitments.configTitle, en.ui.commitments.configHelp],
  ])('%s picks a campaign and binds nothing', async (moduleKey, title, help) => {
    const b = fakeBackend({
      access: { accountId: USERS[0]!.accountId, roles: ['team'], canBootstrap: false },
      campaigns: [
        campaignView({
          id: 'survey-2025',
          name: { 'en-US': 'Survey 2025', 'fr-FR': 'Survey 2025' },
          period: '2025',
          status: 'closed',
          opensOn: '2025-03-01',
          closesOn: '2025-03-31',
          anonymous: false,
          bound: true,
        }),
      ],
    });
    const host = showConfig({ moduleKey, backend: b });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(help)).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'Survey 2025 (2025) — Closed' }));
    await user.click(screen.getByRole('button', { name: en.ui.config.save }));
    await waitFor(() => expect(host.named('submit')).toHaveLength(1));
    expect(host.named('submit')[0]!.payload).toEqual({ config: { campaignId: 'survey-2025' } });
    expect(b.keys()).not.toContain('binding/bind');
    expect(b.invalid).toEqual([]);
  });
});
