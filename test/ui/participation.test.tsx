/**
 * Participation in the survey macro: response rates overall, per department and per buyer portfolio, the reminder
 * to copy, anonymous campaigns and groups below the anonymity threshold, in English and French; and (issue 7)
 * what a closed campaign's and an outsider's participation show.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp } from './app';
import { participationView, surveyStateView, type HostOptions, type UiBackend } from './backend';
import { showSurvey, surveyBackend, teamState } from './survey-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

beforeAll(bootApp);

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  jest.useRealTimers();
});

const show = (b: UiBackend, options: HostOptions = {}) => showSurvey(b, options);

/** A member of the procurement team outside the audience, who sees participation but does not enter by proxy. */
const team = (me: Partial<ReturnType<typeof surveyStateView>['me']> = {}, campaign = {}) =>
  surveyStateView({
    campaign,
    me: { eligibility: 'not-in-audience', isTeam: true, canProxy: false, canSeeParticipation: true, ...me },
  });

describe('survey macro: participation', () => {
  it('participation: rates overall, per department and portfolio; Remind copies the reminder and says so by the list', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const host = show(surveyBackend(teamState()));
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    expect(await screen.findByText('Response rate: 45% (9 of 20 invited)')).toBeInTheDocument();
    const byDepartment = screen.getByRole('table', { name: 'By department' });
    expect(
      within(byDepartment)
        .getAllByRole('row')
        .map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent)),
    ).toEqual([
      ['Department', 'Responded', 'Invited', 'Response rate'],
      ['Engineering', '6', '12', '50%'],
      ['Finance', '3', '8', '38%'],
    ]);
    expect(screen.getByRole('table', { name: 'By buyer portfolio' })).toHaveTextContent(
      'Grace Okafor6' + '1250%',
    );
    const mine = screen.getByRole('list', { name: 'Grace Okafor’s customers: 2 not answered' });
    expect(
      within(mine)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('bdi')?.textContent),
    ).toEqual(['Bruno Lefèvre', 'Farid Benali']);
    await user.click(screen.getAllByRole('button', { name: 'Copy a reminder message' })[0]!);
    const { pageUrl } = participationView().reminder;
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        [
          'Reminder: Procurement survey 2026, survey open until March 31, 2026',
          '',
          'Hello,',
          '',
          'Your view of Procurement matters. The survey “Procurement survey 2026” is open until March 31, 2026.',
          'It takes about ten minutes; please back each rating with facts.',
          '',
          `Answer here: ${pageUrl}`,
          '',
          'Thank you!',
        ].join('\n'),
      ),
    );
    await waitFor(() =>
      expect(within(mine.parentElement!).getByRole('status')).toHaveTextContent(
        'Reminder copied. Paste it into a message to the 2 people who have not answered yet.',
      ),
    );
    expect(host.named('showFlag')).toEqual([]);
  });

  it('participation: without a clipboard, shows the message to copy by hand', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    show(surveyBackend(teamState()));
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    await user.click((await screen.findAllByRole('button', { name: 'Copy a reminder message' }))[0]!);
    const fallback = await screen.findByRole('textbox', { name: en.ui.participation.fallbackLabel });
    expect((fallback as HTMLTextAreaElement).value).toContain(participationView().reminder.pageUrl);
  });

  it('participation in an anonymous campaign hides who has not answered', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState({ canProxy: false }));
    b.state.participation = participationView({
      anonymous: true,
      portfolios: participationView().portfolios.map((p) => ({ ...p, pending: null })),
    });
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    expect(await screen.findByText(en.ui.participation.anonymous)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy a reminder message|Remind/ })).not.toBeInTheDocument();
  });

  /** An anonymous campaign with groups below the threshold (k = 5). */
  const belowThreshold = () =>
    participationView({
      anonymous: true,
      threshold: 5,
      overall: { invited: 24, responded: 11 },
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
          invited: 12,
          responded: 6,
        },
        {
          id: 'legal',
          name: { 'en-US': 'Legal', 'fr-FR': 'Legal' },
          invited: 9,
          responded: null,
          hidden: true,
        },
        {
          id: 'finance',
          name: { 'en-US': 'Finance', 'fr-FR': 'Finance' },
          invited: 3,
          responded: null,
          hidden: true,
        },
      ],
      portfolios: participationView().portfolios.map(({ buyer }, i) =>
        i === 0
          ? { buyer, invited: 12, responded: 6, pending: null }
          : { buyer, invited: 12, responded: null, hidden: true as const, pending: null },
      ),
    });

  it('participation below the anonymity threshold: "Below threshold", never 0 or empty, and why', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState({ canProxy: false }));
    b.state.participation = belowThreshold();
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    const table = await screen.findByRole('table', { name: 'By department' });
    const help = en.ui.participation.belowThresholdHelp.replace('{k}', '5');
    expect(table).toHaveAccessibleDescription(help);
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Finance')).toEqual(['Below threshold', '3', 'Below threshold']);
    expect(cells('Legal')).toEqual(['Below threshold', '9', 'Below threshold']);
    expect(cells('Engineering')).toEqual(['6', '12', '50%']);
    const portfolios = screen.getByRole('table', { name: 'By buyer portfolio' });
    expect(within(portfolios).getAllByRole('cell', { name: 'Below threshold' })).toHaveLength(2);
    expect(portfolios).toHaveAccessibleDescription(help);
    expect(screen.getAllByText(help)).toHaveLength(2);
    // The overall rate stays.
    expect(screen.getByText(/11 of 24 invited/)).toBeInTheDocument();
  });

  it('participation below the threshold, in French', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState({ canProxy: false }));
    b.state.survey = { ...b.state.survey, locale: 'fr-FR' };
    b.state.participation = belowThreshold();
    show(b, { locale: 'fr-FR' });
    await user.click(await screen.findByRole('tab', { name: fr.ui.participation.tab }));
    const table = await screen.findByRole('table', { name: fr.ui.participation.byDepartment });
    expect(within(table).getAllByRole('cell', { name: fr.ui.participation.belowThreshold })).toHaveLength(4);
    expect(screen.getAllByText(fr.ui.participation.belowThresholdHelp.replace('{k}', '5'))).toHaveLength(2);
  });

  it('participation of a named campaign: people not listed in a department have a row of their own', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(teamState({ canProxy: false }));
    b.state.participation = participationView({ unlisted: { invited: 4, responded: 1 } });
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    const table = await screen.findByRole('table', { name: 'By department' });
    const row = within(table).getByRole('rowheader', { name: 'Not listed in a department' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '4', '25%']);
    expect(screen.queryByText('Below threshold')).not.toBeInTheDocument();
    expect(table).not.toHaveAttribute('aria-describedby');
  });
});

describe('item 12: a closed campaign shows its real close day and what was not counted', () => {
  const closed = { status: 'closed' as const, closesOn: '2026-03-31', closedOn: '2026-03-12' };

  it('participation of a closed campaign: no Remind, no "not answered yet" call to action', async () => {
    const user = userEvent.setup();
    show(surveyBackend(team({ eligibility: 'member' }, closed)));
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    expect(await screen.findByText('Response rate: 45% (9 of 20 invited)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy a reminder message|Remind/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en.ui.participation.pendingTitle })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Did not answer' })).toBeInTheDocument();
  });
});

describe('item 14: who sees names, reminders and which notice', () => {
  it('someone outside the campaign team (admin, quality manager) sees rates only: no names, no Remind', async () => {
    const user = userEvent.setup();
    show(surveyBackend(team({ isTeam: false })));
    // Only one tab (participation): shown without a tab list.
    expect(await screen.findByText('Response rate: 45% (9 of 20 invited)')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By buyer portfolio' })).toBeInTheDocument();
    expect(screen.queryByText('Bruno Lefèvre')).not.toBeInTheDocument();
    expect(screen.queryByText('Chloé Dubois')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy a reminder message|Remind/ })).not.toBeInTheDocument();
    void user;
  });
});

describe('item 15: the reminder', () => {
  it('dates are worded in the reader’s language; the confirmation shows next to the list, not as a flag', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const b = surveyBackend(team());
    const pageUrl = 'https://example.atlassian.net/wiki/spaces/PROC/pages/123';
    b.state.participation = participationView({ reminder: { pageUrl } });
    const host = show(b);
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    await user.click((await screen.findAllByRole('button', { name: 'Copy a reminder message' }))[0]!);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('March 31, 2026');
    expect(text).not.toContain('2026-03-31');
    expect(text).toContain(pageUrl);
    const card = screen.getByRole('list', {
      name: 'Grace Okafor’s customers: 2 not answered',
    }).parentElement!;
    expect(await within(card).findByRole('status')).toHaveTextContent(/Reminder copied/);
    expect(host.named('showFlag')).toEqual([]);
  });
});

describe('issue 16, item 19: who has not answered, by name', () => {
  it.each([['en-US'], ['fr-FR']] as const)(
    'is listed in alphabetical order, accents and case as the reader’s language sorts them (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const names = ['Zoé Bernard', 'Émile Faure', 'alice Roux', 'Chloé Dubois', 'Bruno Lefèvre'];
      const view = participationView();
      view.portfolios[0] = {
        ...view.portfolios[0]!,
        pending: names.map((displayName, i) => ({
          accountId: `712020:5a1e0000-0000-4000-8000-0000000009${String(i).padStart(2, '0')}`,
          displayName,
        })),
      };
      const b = surveyBackend(team());
      b.state.participation = view;
      show(b, { locale });
      await user.click(await screen.findByRole('tab', { name: 'Participation' }));
      const list = await screen.findByRole('list', { name: /Grace Okafor/ });
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('bdi')?.textContent),
      ).toEqual(['alice Roux', 'Bruno Lefèvre', 'Chloé Dubois', 'Émile Faure', 'Zoé Bernard']);
    },
  );
});
