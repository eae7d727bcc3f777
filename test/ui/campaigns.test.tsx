/**
 * The admin page's Campaigns tab: the list, the editor (create, edit, people by name, anonymity locked once answers
 * exist, the server's field issues on the fields), in en-US and fr-FR. Opening and closing:
 * campaigns.lifecycle.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CONTRACT } from '../../src/shared/contract';
import { bootApp, showMain } from './app';
import { campaignView, fakeBackend, idOf, type UiBackend } from './backend';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

// Big forms and many keystrokes: room for a busy machine.
jest.setTimeout(30_000);

beforeAll(bootApp);

const A = en.ui.admin;
/** A name field: the language's label, completed by the name it is for ("English (en-US), Name"). */
const nameField = (lang: 'en-US' | 'fr-FR' = 'en-US', of: string = A.campaign.name, texts = en) =>
  screen.getByLabelText(`${texts.ui.languages[lang]}, ${of}`);

function show(backend: UiBackend, locale = 'en-US') {
  return showMain({ moduleKey: 'admin-page', locale, backend });
}

/** Picks a person in the user picker labelled `label`, searching by `query`. */
async function pick(user: ReturnType<typeof userEvent.setup>, label: string, query: string, name: string) {
  const input = screen.getByLabelText(label);
  await user.click(input);
  await user.type(input, query);
  await user.click(await screen.findByRole('option', { name }));
}

describe('campaigns', () => {
  it('lists campaigns with status, dates, anonymity and page binding', async () => {
    const backend = fakeBackend({
      campaigns: [
        campaignView(),
        campaignView({
          id: 'survey-2024',
          name: { 'en-US': 'Survey 2024', 'fr-FR': 'Survey 2024' },
          status: 'closed',
          anonymous: true,
          bound: true,
        }),
      ],
    });
    show(backend);
    const table = await screen.findByRole('table', { name: A.campaigns.heading });
    const rows = within(table).getAllByRole('row');
    expect(
      rows.map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [],
      ['Survey 2025', '2025', 'Draft', 'Mar 1, 2025', 'Mar 31, 2025', 'Named', 'Not on a page yet', '', ''],
      [
        'Survey 2024',
        '2025',
        'Closed',
        'Mar 1, 2025',
        'Mar 31, 2025',
        'Anonymous',
        'On a page',
        'View results',
        'Plan',
      ],
    ]);
    // Only a closed campaign has results to view and a plan, named for assistive technology.
    expect(within(table).getAllByRole('button', { name: /^View results/ })).toHaveLength(1);
    expect(within(table).getByRole('button', { name: 'View results of Survey 2024' })).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: 'Improvement plan of Survey 2024' }),
    ).toBeInTheDocument();
  });

  it('creates a campaign: the save payload is what the contract accepts', async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: A.campaigns.create }));
    expect(await screen.findByRole('heading', { level: 2, name: A.campaign.newHeading })).toBeInTheDocument();

    // Client-side validation first: nothing is sent while the name is missing, in either language.
    await user.click(screen.getByRole('button', { name: A.campaign.create }));
    expect(await screen.findByText(A.validation.fixFields)).toBeInTheDocument();
    expect(nameField('en-US')).toHaveAttribute('aria-invalid', 'true');
    expect(nameField('fr-FR')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.payloadsOf('campaigns/save')).toEqual([]);
    await user.type(nameField('en-US'), 'Survey 2026');
    await user.click(screen.getByRole('button', { name: A.campaign.create }));
    expect(await screen.findByText(A.validation.fixFields)).toBeInTheDocument();
    expect(nameField('en-US')).not.toHaveAttribute('aria-invalid');
    expect(nameField('fr-FR')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.payloadsOf('campaigns/save')).toEqual([]);

    await user.type(nameField('fr-FR'), 'Enquête 2026');
    await user.clear(screen.getByLabelText(A.campaign.period));
    await user.type(screen.getByLabelText(A.campaign.period), '2026');
    await user.clear(screen.getByLabelText(A.campaign.opensOn));
    await user.type(screen.getByLabelText(A.campaign.opensOn), '2026-03-01');
    await user.clear(screen.getByLabelText(A.campaign.closesOn));
    await user.type(screen.getByLabelText(A.campaign.closesOn), '2026-03-31');
    await user.click(screen.getByLabelText(A.campaign.anonymous));
    await user.click(screen.getByRole('radio', { name: A.campaign.commentRule1 }));
    await user.click(screen.getByRole('checkbox', { name: A.roles.quality }));
    await user.click(screen.getByRole('checkbox', { name: A.campaign.customersAfterClose }));

    await user.click(screen.getByRole('button', { name: A.campaign.addDepartment }));
    await user.type(nameField('en-US', A.campaign.departmentName), 'Engineering');
    await user.type(nameField('fr-FR', A.campaign.departmentName), 'Ingénierie');
    await pick(user, 'Members of Engineering', 'ali', 'Alice Martin');
    await pick(user, A.campaign.people, 'bru', 'Bruno Lefèvre');
    await pick(user, A.campaign.teamMembers, 'gra', 'Grace Okafor');
    await user.click(
      within(screen.getByRole('group', { name: A.campaign.portfolioDepartments })).getByRole('checkbox', {
        name: 'Engineering',
      }),
    );
    await pick(user, 'People served by Grace Okafor', 'bru', 'Bruno Lefèvre');

    await user.click(screen.getByRole('button', { name: A.campaign.create }));
    expect(await screen.findByText(A.campaign.saved)).toBeInTheDocument();

    const [payload] = backend.payloadsOf('campaigns/save');
    const parsed = CONTRACT['campaigns/save'].input.parse(payload);
    expect(parsed).toEqual({
      baseRevision: 0,
      campaign: {
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
        period: '2026',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
        anonymous: true,
        modelId: 'procurement-default',
        audience: {
          departments: [
            {
              id: 'department-1',
              name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
              members: [idOf('Alice')],
            },
          ],
          people: [idOf('Bruno')],
        },
        team: [
          { accountId: idOf('Grace'), portfolio: { departments: ['department-1'], people: [idOf('Bruno')] } },
        ],
        commentRequiredAtOrBelow: 1,
        results: { roles: ['admin', 'team'], customersAfterClose: true },
      },
    });
    // Now a saved draft: the heading is its name and it can be opened.
    expect(screen.getByRole('heading', { level: 2, name: 'Survey 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: A.campaign.open })).toBeEnabled();
  });

  it('edits a campaign with its revision and shows stored people by name', async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    expect(await screen.findByText('Alice Martin')).toBeInTheDocument();
    expect(screen.getByText('Bruno Lefèvre')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Portfolio of Grace Okafor' })).toBeInTheDocument();
    await user.type(nameField('en-US'), ' (pilot)');
    // Unsaved changes: opening waits for a save.
    expect(screen.getByRole('button', { name: A.campaign.open })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: A.campaign.save }));
    expect(await screen.findByText(A.campaign.saved)).toBeInTheDocument();
    expect(backend.payloadsOf('campaigns/save')).toEqual([
      expect.objectContaining({
        baseRevision: 3,
        campaign: expect.objectContaining({
          id: 'survey-2025',
          name: { 'en-US': 'Survey 2025 (pilot)', 'fr-FR': 'Survey 2025' },
        }),
      }),
    ]);
    expect(screen.getByRole('button', { name: A.campaign.open })).toBeEnabled();
  });

  it('locks anonymity once answers exist, and says why', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'open', hasAnswers: true })] });
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    const toggle = await screen.findByLabelText(A.campaign.anonymous);
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(A.campaign.anonymousLocked);
    expect(nameField('en-US')).toBeEnabled();
  });

  it("maps the server's INVALID_PAYLOAD issues onto the fields", async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    backend.on('campaigns/save', () => ({
      ok: false,
      error: {
        code: 'INVALID_PAYLOAD',
        message: 'bad',
        issues: [
          {
            path: 'campaign.audience.departments.0.name.fr-FR',
            reason: 'field.tooLong',
            params: { max: 120 },
            message: 'is too long (at most 120)',
          },
          { path: 'campaign.somethingElse', reason: 'field.unknownKey', message: 'is not an accepted field' },
        ],
      },
    }));
    const user = userEvent.setup();
    show(backend);
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    await user.click(await screen.findByRole('button', { name: A.campaign.save }));
    expect(await screen.findByText('is too long (at most 120)')).toBeInTheDocument();
    expect(nameField('fr-FR', A.campaign.departmentName)).toHaveAttribute('aria-invalid', 'true');
    expect(nameField('en-US', A.campaign.departmentName)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('is not an accepted field')).toBeInTheDocument();
  });

  it('words server issues in the reader’s language; an issue without a reason gets a generic message', async () => {
    const backend = fakeBackend({ campaigns: [campaignView()] });
    backend.on('campaigns/save', () => ({
      ok: false,
      error: {
        code: 'INVALID_PAYLOAD',
        reason: 'request.invalid',
        params: { key: 'campaigns/save' },
        message: 'The request to campaigns/save is not valid.',
        issues: [
          {
            path: 'campaign.audience.departments.0.name.fr-FR',
            reason: 'field.tooLong',
            params: { max: 120 },
            message: 'is too long (at most 120)',
          },
          { path: 'campaign.somethingElse', message: 'Unrecognized key' },
        ],
      },
    }));
    const user = userEvent.setup();
    show(backend, 'fr-FR');
    const F = fr.ui.admin;
    await user.click(await screen.findByRole('button', { name: 'Survey 2025' }));
    await user.click(await screen.findByRole('button', { name: F.campaign.save }));
    expect(await screen.findByText(fr.ui.reasons.field.tooLong.replace('{max}', '120'))).toBeInTheDocument();
    expect(nameField('fr-FR', F.campaign.departmentName, fr)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(fr.ui.errors.field)).toBeInTheDocument();
    expect(screen.queryByText('Unrecognized key')).not.toBeInTheDocument();
    expect(screen.queryByText('is too long (at most 120)')).not.toBeInTheDocument();
  });

  it('renders in French', async () => {
    const backend = fakeBackend({ campaigns: [campaignView({ status: 'open' })] });
    const user = userEvent.setup();
    show(backend, 'fr-FR');
    const F = fr.ui.admin;
    expect(await screen.findByRole('tab', { name: F.tabs.campaigns })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: F.tabs.model })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: F.tabs.roles })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: F.campaigns.heading });
    expect(within(table).getByText('Ouverte')).toBeInTheDocument();
    expect(within(table).getByText('1 mars 2025')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: F.campaigns.column.closes })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Survey 2025' }));
    expect(await screen.findByRole('button', { name: F.campaign.close })).toBeInTheDocument();
    expect(screen.getByLabelText(F.campaign.anonymous)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: F.campaign.commentRule2 })).toBeChecked();
  });
});

describe('issue 16, item 19: the campaign list', () => {
  it.each([
    ['en-US', en],
    ['fr-FR', fr],
  ] as const)(
    'a closed campaign never placed on a page is not “not on a page yet” (%s)',
    async (locale, texts) => {
      const backend = fakeBackend({
        campaigns: [
          campaignView({ id: 'survey-2026', status: 'open', bound: false }),
          campaignView({
            id: 'survey-2024',
            name: { 'en-US': 'Survey 2024', 'fr-FR': 'Survey 2024' },
            status: 'closed',
            bound: false,
          }),
        ],
      });
      show(backend, locale);
      const table = await screen.findByRole('table', { name: texts.ui.admin.campaigns.heading });
      const closed = within(table).getByRole('row', { name: /Survey 2024/ });
      expect(closed).toHaveTextContent(texts.ui.admin.campaigns.neverBound);
      expect(closed).not.toHaveTextContent(texts.ui.admin.campaigns.unbound);
      const open = within(table)
        .getAllByRole('row')
        .find((r) => r !== closed && r.textContent?.includes(texts.ui.admin.campaigns.unbound));
      expect(open).toBeDefined();
    },
  );
});
