/**
 * A campaign's life on the admin page: opened after a confirmation, closed (an anonymous one's key destroyed),
 * read-only once closed, and a save refused because someone else changed it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, type UiBackend } from './backend';
import en from '../../locales/en-US.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;
/** A name field: the language's label, completed by the name it is for ("English (en-US), Name"). */
const nameField = (lang: 'en-US' | 'fr-FR' = 'en-US', of: string = A.campaign.name, texts = en) =>
  screen.getByLabelText(`${texts.ui.languages[lang]}, ${of}`);

function show(backend: UiBackend, locale = 'en-US') {
  return showMain({ moduleKey: 'admin-page', locale, backend });
}

describe('campaigns', () => {
  it('opens a campaign only after a confirmation that explains the frozen model version', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ modelVersion: 4 })] });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    await user.click(await screen.findByRole('button', { name: A.campaign.open }));
    const dialog = await screen.findByRole('dialog', { name: 'Open Survey 2025?' });
    expect(within(dialog).getByText(/freezes version 4 of the evaluation model/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: A.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.payloadsOf('campaigns/open')).toEqual([]);

    await user.click(screen.getByRole('button', { name: A.campaign.open }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: A.campaign.openConfirm }),
    );
    expect(await screen.findByText(A.campaign.opened)).toBeInTheDocument();
    expect(backend.payloadsOf('campaigns/open')).toEqual([{ campaignId: 'survey-2025', baseRevision: 3 }]);
    expect(screen.getByRole('button', { name: A.campaign.close })).toBeInTheDocument();
  });

  it('closing an anonymous campaign warns that the pseudonym key is destroyed, then the campaign is read-only', async () => {
    const backend = fakeBackend({
      campaigns: [campaignView({ status: 'open', anonymous: true, hasAnswers: true })],
    });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    await user.click(await screen.findByRole('button', { name: A.campaign.close }));
    const dialog = await screen.findByRole('dialog', { name: 'Close Survey 2025?' });
    expect(within(dialog).getByText(A.campaign.closeConsequence)).toBeInTheDocument();
    expect(within(dialog).getByText(A.campaign.closeAnonymous)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: A.campaign.closeConfirm }));
    expect(await screen.findByText(A.campaign.closedReadOnly)).toBeInTheDocument();
    expect(backend.payloadsOf('campaigns/close')).toEqual([{ campaignId: 'survey-2025', baseRevision: 3 }]);
    expect(screen.getByRole('region', { name: A.campaign.summary })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.save })).not.toBeInTheDocument();
  });

  it('a closed campaign is read-only', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'closed' })] });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    expect(await screen.findByText(A.campaign.closedReadOnly)).toBeInTheDocument();
    // Read-only: the settings as text, no form controls at all.
    expect(screen.getByRole('region', { name: A.campaign.summary })).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.queryByRole('button', { name: A.campaign.save })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.addDepartment })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.open })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.close })).not.toBeInTheDocument();
  });

  it('shows CONFLICT as "changed by someone else" and reloads the latest version', async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    backend.state.campaigns = [
      campaignView({
        name: { 'en-US': 'Survey 2025 (theirs)', 'fr-FR': 'Survey 2025 (theirs)' },
        revision: 4,
      }),
    ];
    await screen.findByRole('group', { name: A.campaign.name });
    await user.type(nameField('en-US'), ' (mine)');
    await user.click(screen.getByRole('button', { name: A.campaign.save }));
    expect(await screen.findByText(A.conflict.message)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: A.conflict.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: A.conflict.reload }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Survey 2025 (theirs)' }),
    ).toBeInTheDocument();
    expect(nameField('en-US')).toHaveValue('Survey 2025 (theirs)');
  });
});
