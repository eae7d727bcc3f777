/**
 * Issue 7, "truthful screens", in the survey macro: what is really sent and counted, the real close day, scheduled
 * campaigns, which notice, one status lozenge, French plurals and names, and text people typed isolated. Who sees
 * names and reminders in participation: participation.test.tsx; proxy entry: proxy.test.tsx.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showMain } from './app';
import {
  campaignView,
  CRITERIA,
  fakeBackend,
  fullAnswers,
  participationView,
  plain,
  responseView,
  surveyStateView,
  type UiBackend,
} from './backend';
import { advance, fakeTime, groupOf, surveyBackend, onSurveyPage } from './survey-page';
import en from '../../locales/en-US.json';

let backend: UiBackend;
const show = onSurveyPage((b) => (backend = b));

const statusLine = () => document.querySelector('[data-sync-phase]')!;

/** A member of the procurement team outside the audience, who sees participation but does not enter by proxy. */
const team = (me: Partial<ReturnType<typeof surveyStateView>['me']> = {}, campaign = {}) =>
  surveyStateView({
    campaign,
    me: { eligibility: 'not-in-audience', isTeam: true, canProxy: false, canSeeParticipation: true, ...me },
  });

describe('item 11: an edit that cannot be submitted says so, and why', () => {
  it('a rating 1 without its comment on a submitted answer: not sent, the criterion named, no "saved" claim', async () => {
    const user = fakeTime();
    show(
      surveyBackend(
        surveyStateView({
          response: responseView({ status: 'submitted', answers: fullAnswers(3), revision: 4 }),
        }),
      ),
    );
    await screen.findAllByRole('radiogroup');
    await user.click(within(groupOf(0)).getByRole('radio', { name: '1 Dissatisfied' }));
    await advance(900);
    await waitFor(() => expect(statusLine()).toHaveAttribute('data-sync-phase', 'held'));
    expect(backend.payloadsOf('survey/submit')).toEqual([]);
    // The status line says it is not submitted, and does not blame unanswered questions (all are answered).
    expect(statusLine()).toHaveTextContent(/not submitted/i);
    expect(statusLine()).not.toHaveTextContent(/every question/i);
    // Nothing claims the change is submitted.
    expect(screen.queryByText(/submitted again as you make them/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en.ui.survey.thanks.title })).not.toBeInTheDocument();
    // What is not sent and why: this criterion needs a fact-based comment; the earlier answer still counts.
    expect(
      screen.getByRole('link', { name: `Comment required: ${CRITERIA[0]!.text['en-US']}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your latest change is not submitted/)).toBeInTheDocument();
    expect(screen.getByText(/answers you submitted before still count/)).toBeInTheDocument();
    // Fixing it sends it.
    await user.type(screen.getByRole('textbox', { name: en.ui.survey.commentRequiredLabel }), 'Late file');
    await advance(900);
    await waitFor(() => expect(backend.payloadsOf('survey/submit')).toHaveLength(1));
    expect(await screen.findByRole('heading', { name: en.ui.survey.thanks.title })).toBeInTheDocument();
  });
});

describe('item 12: a closed campaign shows its real close day and what was not counted', () => {
  const closed = { status: 'closed' as const, closesOn: '2026-03-31', closedOn: '2026-03-12' };

  it('header and answer say the day it was really closed', async () => {
    show(
      surveyBackend(
        surveyStateView({
          campaign: closed,
          response: responseView({ status: 'submitted', answers: fullAnswers(3) }),
        }),
      ),
    );
    expect(await screen.findByText('Period: 2026 · Closed on March 12, 2026')).toBeInTheDocument();
    expect(screen.getByText(/It closed on March 12, 2026\./)).toBeInTheDocument();
    expect(screen.queryByText(/March 31, 2026/)).not.toBeInTheDocument();
  });

  it('without closedOn (older server), falls back on the planned close day', async () => {
    show(surveyBackend(surveyStateView({ campaign: { status: 'closed' } })));
    expect(await screen.findByText('Period: 2026 · Closed on March 31, 2026')).toBeInTheDocument();
  });

  it('a draft never submitted: says it was not submitted and is not counted', async () => {
    show(
      surveyBackend(
        surveyStateView({
          campaign: closed,
          response: responseView({ status: 'draft', answers: fullAnswers(3) }),
        }),
      ),
    );
    const notice = await screen.findByText(/was never submitted/);
    expect(notice).toHaveTextContent(/not counted/);
    expect(screen.queryByText(/Your answers are shown below/)).not.toBeInTheDocument();
  });
});

describe('item 13: a scheduled campaign', () => {
  it('says it is scheduled, when it opens, and shows no questionnaire', async () => {
    show(surveyBackend(surveyStateView({ campaign: { status: 'scheduled', opensOn: '2026-04-06' } })));
    expect(await screen.findByText('Period: 2026 · Scheduled — opens on April 6, 2026')).toBeInTheDocument();
    expect(screen.getByText('Scheduled')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.ui.survey.notOpen.title })).toBeInTheDocument();
    expect(screen.getByText(/Answering opens on April 6, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('in French: « Programmée — ouvre le … »', async () => {
    show(
      surveyBackend(
        surveyStateView({ locale: 'fr-FR', campaign: { status: 'scheduled', opensOn: '2026-04-06' } }),
      ),
      { locale: 'fr-FR' },
    );
    expect(
      await screen.findByText(plain('Période : 2026 · Programmée — ouvre le 6 avril 2026')),
    ).toBeInTheDocument();
    expect(screen.getByText('Programmée')).toBeInTheDocument();
  });
});

describe('item 14: who sees names, reminders and which notice', () => {
  it('a team member of a named campaign gets the team’s wording, not the customer-facing one', async () => {
    show(surveyBackend(team()));
    await screen.findByRole('tab', { name: 'Team self-assessment' });
    expect(screen.queryByText(en.ui.survey.named)).not.toBeInTheDocument();
    expect(screen.queryByText(/your buyer can follow up with you/)).not.toBeInTheDocument();
    expect(screen.getByText(/customers’ answers are recorded with their names/)).toBeInTheDocument();
  });
});

describe('item 14: one status lozenge for the macro and the admin page', () => {
  /** The classes of the lozenge's text and of the boxes around it (the appearance is a class of one of them). */
  const look = (element: HTMLElement) =>
    [element, element.parentElement, element.parentElement?.parentElement]
      .map((e) => e?.className)
      .join(' | ');

  it('an open campaign looks the same in the macro and in the admin list', async () => {
    show(surveyBackend());
    const inMacro = look(await screen.findByText('Open'));
    cleanup();
    const admin = fakeBackend({ campaigns: [campaignView({ status: 'open' })] });
    showMain({ moduleKey: 'admin-page', backend: admin });
    const table = await screen.findByRole('table', { name: en.ui.admin.campaigns.heading });
    expect(look(within(table).getByText('Open'))).toBe(inMacro);
  });
});

describe('item 16: French plurals', () => {
  it('« 1 point », « 17 points », « 0 réponse sur 17 », « 2 réponses sur 17 »', async () => {
    const user = userEvent.setup();
    show(surveyBackend(surveyStateView({ locale: 'fr-FR' })), { locale: 'fr-FR' });
    await screen.findAllByRole('radiogroup');
    expect(screen.getByText('0 réponse sur 17')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer mes réponses' }));
    expect(
      await screen.findByRole('heading', { name: plain('Avant d’envoyer, vérifiez 17 points') }),
    ).toBeInTheDocument();
    const first = screen.getByRole('radiogroup', { name: CRITERIA[0]!.text['fr-FR'] });
    await user.click(within(first).getByRole('radio', { name: '3 Satisfait' }));
    expect(screen.getByText('1 réponse sur 17')).toBeInTheDocument();
    const second = screen.getByRole('radiogroup', { name: CRITERIA[1]!.text['fr-FR'] });
    await user.click(within(second).getByRole('radio', { name: '3 Satisfait' }));
    expect(screen.getByText('2 réponses sur 17')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: plain('Avant d’envoyer, vérifiez 15 points') }),
    ).toBeInTheDocument();
  });

  it('English: « check 1 point »', async () => {
    const user = userEvent.setup();
    show(surveyBackend(surveyStateView({ response: responseView({ answers: fullAnswers(3) }) })));
    await screen.findAllByRole('radiogroup');
    await user.click(within(groupOf(0)).getByRole('radio', { name: '1 Dissatisfied' }));
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    expect(
      await screen.findByRole('heading', { name: 'Before submitting, check 1 point' }),
    ).toBeInTheDocument();
  });
});

describe('item 16: campaign and department names in the reader’s language', () => {
  it('a French reader sees the campaign’s and the departments’ French names', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(
      surveyStateView({
        locale: 'fr-FR',
        me: { eligibility: 'choose-department', departmentId: undefined, canSeeParticipation: true },
      }),
    );
    b.state.participation = participationView();
    show(b, { locale: 'fr-FR' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Enquête Achats 2026' })).toBeInTheDocument();
    expect(screen.queryByText('Procurement survey 2026')).not.toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: /service/i });
    await user.click(picker);
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByText('Ingénierie')).toBeInTheDocument();
    expect(screen.queryByText('Engineering')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    const table = await screen.findByRole('table', { name: /service/i });
    expect(within(table).getByText('Ingénierie')).toBeInTheDocument();
    expect(within(table).queryByText('Engineering')).not.toBeInTheDocument();
  });

  it('an English reader sees the English names', async () => {
    show(surveyBackend(surveyStateView()));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Procurement survey 2026' }),
    ).toBeInTheDocument();
  });
});

describe('item 16: the rating scale', () => {
  it('an empty radio circle has a bold border (readable in the dark theme too)', async () => {
    show(surveyBackend());
    await screen.findAllByRole('radiogroup');
    const empty = within(groupOf(0)).getByRole('radio', { name: '4 Very satisfied' });
    expect(empty.style.getPropertyValue('--radio-border-color')).toMatch(/--ds-border-bold/);
  });
});

describe('issue 7, item 8: text people typed is isolated', () => {
  it('shows a comment and the campaign name inside bidi isolation', async () => {
    const first = CRITERIA[0]!.id;
    const answers = { ...fullAnswers(3), [first]: { value: 2 as const, comment: 'שלום delivered late' } };
    show(
      surveyBackend(
        surveyStateView({
          campaign: {
            status: 'closed',
            closedOn: '2026-03-01',
            name: { 'en-US': 'Enquête ‏2026', 'fr-FR': 'Enquête ‏2026' },
          },
          response: responseView({ status: 'submitted', answers }),
        }),
      ),
    );
    const comment = await screen.findByText(/שלום delivered late/);
    expect(comment.closest('bdi')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { level: 1 }).querySelector('bdi')).not.toBeNull();
  });
});
