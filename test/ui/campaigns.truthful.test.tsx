/**
 * Issue 7, "truthful screens", on the admin page's campaigns: the real close day, scheduled campaigns, a readable
 * read-only summary instead of a disabled form, French that reads correctly whatever the name, and (issue 8) the
 * minimum group sizes. The model editor's: model.test.tsx.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dayOf } from '../../src/domain/common/days';
import { fail } from '../../src/shared/result';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, idOf, ME, type UiBackend } from './backend';
import en from '../../locales/en-US.json';

jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;
const dayText = (day: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

function show(backend: UiBackend, locale = 'en-US') {
  showMain({ moduleKey: 'admin-page', locale, backend });
  return userEvent.setup();
}

async function openCampaign(user: ReturnType<typeof userEvent.setup>, name = 'Survey 2025') {
  await user.click(await screen.findByRole('button', { name }));
}

describe('item 12: the real close day', () => {
  const closedAt = Date.UTC(2025, 2, 12, 15);

  it('the list shows the day a campaign was really closed, not the planned one', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'closed', closedAt })] });
    show(backend);
    const table = await screen.findByRole('table', { name: A.campaigns.heading });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Mar 12, 2025');
    expect(row).not.toHaveTextContent('Mar 31, 2025');
  });

  it('closing by hand: the campaign then says it closed today', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'open' })] });
    const user = show(backend);
    await openCampaign(user);
    await user.click(await screen.findByRole('button', { name: A.campaign.close }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: A.campaign.closeConfirm }),
    );
    expect(await screen.findByText(A.campaign.closed)).toBeInTheDocument();
    expect(screen.getByText(`Closed on ${dayText(dayOf(Date.now()))}.`)).toBeInTheDocument();
  });
});

describe('item 13: scheduled campaigns', () => {
  it('the list shows a Scheduled lozenge', async () => {
    const backend = fakeBackend({
      campaigns: [campaignView({ status: 'scheduled', opensOn: '2099-01-05' })],
    });
    show(backend);
    const table = await screen.findByRole('table', { name: A.campaigns.heading });
    expect(within(table).getByText('Scheduled')).toBeInTheDocument();
  });

  it('"Open" before the opening day says it schedules; the scheduled campaign has no Close and stays editable', async () => {
    const backend = fakeBackend({
      campaigns: [campaignView({ opensOn: '2099-01-05', closesOn: '2099-02-27' })],
    });
    const user = show(backend);
    await openCampaign(user);
    expect(await screen.findByText(/Opening it now schedules it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: A.campaign.open }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('It opens on January 5, 2099: until then it is scheduled');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByText('Campaign scheduled: it opens on January 5, 2099.')).toBeInTheDocument();
    expect(backend.state.campaigns[0]!.status).toBe('scheduled');
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.close })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: A.campaign.open })).not.toBeInTheDocument();
    expect(screen.getByText(/scheduled: it opens by itself on January 5, 2099/)).toBeInTheDocument();
    expect(screen.getByLabelText(`${en.ui.languages['en-US']}, ${A.campaign.name}`)).toBeEnabled();
  });

  it('in French: « Programmée »', async () => {
    const backend = fakeBackend({
      campaigns: [campaignView({ status: 'scheduled', opensOn: '2099-01-05' })],
    });
    show(backend, 'fr-FR');
    const table = await screen.findByRole('table', { name: 'Campagnes' });
    expect(within(table).getByText('Programmée')).toBeInTheDocument();
  });
});

describe('item 14: a read-only summary for roles that cannot edit', () => {
  const quality = { accountId: idOf('Inès'), roles: ['quality' as const], canBootstrap: false };

  it('the quality manager reads the settings as text: no disabled form', async () => {
    const backend = fakeBackend({ access: quality, campaigns: [campaignView({ status: 'open' })] });
    const user = show(backend);
    await openCampaign(user);
    const summary = await screen.findByRole('region', { name: A.campaign.summary });
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    const terms = within(summary)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual(
      expect.arrayContaining(['Status', 'Period', 'Opens on', 'Closes on', 'Audience', 'Procurement team']),
    );
    const value = (term: string) =>
      within(summary).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(value('Period')).toBe('2025');
    expect(value('Opens on')).toBe('March 1, 2025');
    expect(value('Audience')).toMatch(/Engineering: 1 member/);
    expect(value('Audience')).toMatch(/Individual people: 1/);
    expect(await within(summary).findByText(/Grace Okafor/)).toBeInTheDocument();
    expect(value('Procurement team')).toMatch(/Engineering/);
    expect(backend.payloadsOf('campaigns/save')).toEqual([]);
  });

  it('names the quality manager may not look up are said to be unavailable, not "unknown"', async () => {
    const backend = fakeBackend({ access: quality, campaigns: [campaignView({ status: 'open' })] });
    backend.on('directory/users', () => fail('FORBIDDEN', 'forbidden.lookUpPeople'));
    const user = show(backend);
    await openCampaign(user);
    const summary = await screen.findByRole('region', { name: A.campaign.summary });
    expect(
      await within(summary).findByText('Buyer 1 (name not available to your role): Engineering'),
    ).toBeInTheDocument();
    expect(within(summary).queryByText(/Unknown person/)).not.toBeInTheDocument();
  });

  it('a closed campaign is a summary for the admin too, with its real close day', async () => {
    const closedAt = Date.UTC(2025, 2, 12, 15);
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'closed', closedAt })] });
    const user = show(backend);
    await openCampaign(user);
    const summary = await screen.findByRole('region', { name: A.campaign.summary });
    expect(
      within(summary).getByText('Closed on March 12, 2025 (planned: March 31, 2025)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Closed on March 12, 2025.')).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    void ME;
  });
});

describe('item 16: French that reads correctly whatever the name', () => {
  it('« Membres : Ingénierie », « Portefeuille : Grace Okafor »', async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    const user = show(backend, 'fr-FR');
    await openCampaign(user);
    await waitFor(() => expect(screen.getByLabelText('Membres : Ingénierie')).toBeInTheDocument());
    expect(await screen.findByRole('heading', { name: 'Portefeuille : Grace Okafor' })).toBeInTheDocument();
  });
});

describe('item 16: campaign and department names in both languages', () => {
  const bilingual = campaignView({
    name: { 'en-US': 'Survey 2025', 'fr-FR': 'Enquête 2025' },
  });

  it('the French admin page lists, heads and summarises campaigns by their French names', async () => {
    const backend = fakeBackend({
      access: { accountId: idOf('Inès'), roles: ['quality'], canBootstrap: false },
      campaigns: [bilingual],
    });
    const user = show(backend, 'fr-FR');
    const table = await screen.findByRole('table', { name: 'Campagnes' });
    expect(within(table).queryByText('Survey 2025')).not.toBeInTheDocument();
    await openCampaign(user, 'Enquête 2025');
    expect(await screen.findByRole('heading', { level: 2, name: 'Enquête 2025' })).toBeInTheDocument();
    const summary = await screen.findByRole('region', { name: 'Paramètres de la campagne' });
    expect(summary).toHaveTextContent('Ingénierie : 1 membre');
  });

  it('the editor has each name in English and in French, both required', async () => {
    const backend = fakeBackend({ campaigns: [bilingual] });
    const user = show(backend);
    await openCampaign(user);
    const name = await screen.findByRole('group', { name: A.campaign.name });
    expect(within(name).getByLabelText(`${en.ui.languages['fr-FR']}, ${A.campaign.name}`)).toHaveValue(
      'Enquête 2025',
    );
    const department = screen.getByRole('group', { name: A.campaign.departmentName });
    const french = within(department).getByLabelText(
      `${en.ui.languages['fr-FR']}, ${A.campaign.departmentName}`,
    );
    expect(french).toHaveValue('Ingénierie');
    await user.clear(french);
    await user.click(screen.getByRole('button', { name: A.campaign.save }));
    expect(await screen.findByText(A.validation.fixFields)).toBeInTheDocument();
    expect(french).toHaveAttribute('aria-invalid', 'true');
    expect(backend.payloadsOf('campaigns/save')).toEqual([]);
    // The portfolio checkbox still names the department (in English, the reader’s language).
    expect(screen.getByRole('checkbox', { name: 'Engineering' })).toBeInTheDocument();
  });
});

describe('issue 8: the minimum group sizes of a campaign', () => {
  it('are set in the editor (empty keeps the defaults) and refused below 3', async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    const user = show(backend);
    await openCampaign(user);
    const size = await screen.findByRole('spinbutton', { name: A.campaign.minGroupSize });
    await user.type(size, '2');
    await user.click(screen.getByRole('button', { name: A.campaign.save }));
    expect(await screen.findByText(A.validation.groupSize.replace('{max}', '100'))).toBeInTheDocument();
    expect(backend.payloadsOf('campaigns/save')).toEqual([]);
    await user.clear(size);
    await user.type(size, '7');
    await user.click(screen.getByRole('button', { name: A.campaign.save }));
    await waitFor(() => expect(backend.payloadsOf('campaigns/save')).toHaveLength(1));
    const [payload] = backend.payloadsOf('campaigns/save') as {
      campaign: { results: Record<string, unknown> };
    }[];
    expect(payload!.campaign.results).toEqual({
      roles: ['admin', 'team', 'quality'],
      customersAfterClose: false,
      minGroupSize: 7,
    });
  });
});
