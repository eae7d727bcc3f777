/**
 * The survey macro on the one fake backend (test/ui/backend): its states (not set up, not open, not in the
 * audience, refused, unknown, closed), the team's tabs, and French. The questionnaire is in survey.form.test.tsx,
 * the autosave in survey.autosave.test.tsx. Every payload the UI sends is parsed with the contract's zod schema.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showMain } from './app';
import {
  CRITERIA,
  errorResult,
  failure,
  fullAnswers,
  plain,
  responseView,
  surveyStateView,
  type UiBackend,
} from './backend';
import { advance, fakeTime, storedDraft, surveyBackend, teamState, onSurveyPage } from './survey-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let backend: UiBackend;
const show = onSurveyPage((b) => (backend = b));

describe('survey macro: states', () => {
  it('without a campaign in the macro config, says it is not set up yet and calls nothing', async () => {
    backend = surveyBackend();
    const host = showMain({ moduleKey: 'survey-macro', backend });
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.survey.notConfigured.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('Edit the macro to pick a campaign.')).toBeInTheDocument();
    expect(host.invocations()).toEqual([]);
  });

  it('header: campaign name, period, close date, status and the named notice', async () => {
    show(surveyBackend());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Procurement survey 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Period: 2026 · Open until March 31, 2026')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText(en.ui.survey.named)).toBeInTheDocument();
    expect(backend.calls[0]).toEqual({ key: 'survey/getState', payload: { campaignId: 'survey-2026' } });
  });

  it('anonymous campaign: says the answers are anonymous', async () => {
    show(surveyBackend(surveyStateView({ campaign: { anonymous: true } })));
    expect(await screen.findByText(/^Your answers are anonymous: /)).toBeInTheDocument();
    expect(screen.queryByText(en.ui.survey.named)).not.toBeInTheDocument();
  });

  it('not open yet: says when it opens, no questionnaire', async () => {
    show(surveyBackend(surveyStateView({ campaign: { status: 'draft' } })));
    expect(await screen.findByRole('heading', { name: en.ui.survey.notOpen.title })).toBeInTheDocument();
    expect(screen.getByText(/Answering opens on March 1, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('not in the audience: says so, no questionnaire', async () => {
    show(surveyBackend(surveyStateView({ me: { eligibility: 'not-in-audience' } })));
    expect(
      await screen.findByRole('heading', { name: en.ui.survey.notInAudience.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('binding refused (a copied macro): shows the server’s FORBIDDEN message', async () => {
    const b = surveyBackend();
    b.on('survey/getState', () => ({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        reason: 'survey.otherPage',
        message: 'This survey belongs to another page.',
      },
    }));
    show(b);
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.survey.refused.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('This survey belongs to another page.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('binding refused, in French: the reason is translated, never the server’s English message', async () => {
    const b = surveyBackend();
    b.on('survey/getState', () => errorResult('FORBIDDEN', 'survey.otherPage'));
    show(b, { locale: 'fr-FR' });
    const refused = await screen.findByText(plain(fr.ui.reasons.survey.otherPage));
    expect(refused).toHaveAttribute('data-error-code', 'FORBIDDEN');
    expect(screen.queryByText('This survey belongs to another page.')).not.toBeInTheDocument();
  });

  it('binding refused without a reason: the wording of the code, not the server’s message', async () => {
    const b = surveyBackend();
    b.on('survey/getState', () => failure('FORBIDDEN', 'Some English detail.'));
    show(b);
    expect(await screen.findByText(en.ui.errors.FORBIDDEN)).toHaveAttribute('data-error-code', 'FORBIDDEN');
    expect(screen.queryByText('Some English detail.')).not.toBeInTheDocument();
  });

  it('unknown campaign: asks to edit the macro; a network failure offers Retry', async () => {
    const b = surveyBackend();
    b.on('survey/getState', () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } }));
    show(b);
    expect(await screen.findByText(en.ui.survey.missing.body)).toBeInTheDocument();

    const down = surveyBackend();
    down.offline = true;
    show(down);
    const user = userEvent.setup();
    expect(await screen.findByText(en.ui.errors.UNAVAILABLE)).toBeInTheDocument();
    down.offline = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('radiogroup')).toHaveLength(CRITERIA.length);
  });

  it('closed: own answers read-only, nothing editable, nothing sent', async () => {
    const answers = {
      ...fullAnswers(3),
      'hse-suppliers': { value: 1 as const, comment: 'Late safety file' },
    };
    show(
      surveyBackend(
        surveyStateView({
          campaign: { status: 'closed' },
          response: responseView({ status: 'submitted', answers }),
        }),
      ),
    );
    expect(await screen.findByRole('heading', { name: en.ui.survey.closed.title })).toBeInTheDocument();
    expect(
      screen.getByText(/It closed on March 31, 2026\. Your answers are shown below/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.ui.survey.submit })).not.toBeInTheDocument();
    expect(screen.getByText('1 Dissatisfied')).toBeInTheDocument();
    expect(screen.getByText('Comment: Late safety file')).toBeInTheDocument();
    expect(screen.getAllByText('3 Satisfied')).toHaveLength(CRITERIA.length - 1);
    // A closed campaign's customers may have actions to weigh: the page reads the weighing (a lazily loaded step,
    // so wait for it), and writes nothing.
    await waitFor(() => expect(backend.keys()).toContain('weighing/get'));
    expect(backend.keys()).toEqual(['survey/getState', 'weighing/get']);
  });
});

describe('survey macro: the team', () => {
  it('a team member gets tabs; the self-assessment sends kind "self", kept apart', async () => {
    const user = fakeTime();
    show(surveyBackend(teamState({ eligibility: 'member' })));
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Customer survey',
      'Team self-assessment',
      'Enter answers for a customer',
      'Participation',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    // Arrow keys move between tabs.
    tabs[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Team self-assessment' });
    await user.click(
      within(panel)
        .getByRole('radiogroup', { name: CRITERIA[0]!.text['en-US'] })
        .querySelector('input[value="3"]')!,
    );
    await advance(900);
    await waitFor(() => expect(backend.payloadsOf('survey/saveDraft')).toHaveLength(1));
    expect(backend.payloadsOf('survey/saveDraft')[0]).toMatchObject({ kind: 'self', baseRevision: 0 });
    expect(backend.state.stored.self?.answers).toEqual({ 'hse-suppliers': { value: 3 } });
    expect(backend.state.stored.customer).toBeNull();
    expect(storedDraft('self')).toBeNull();
  });

  it('a buyer outside the audience lands on the self-assessment', async () => {
    show(surveyBackend(teamState()));
    const selected = await screen.findByRole('tab', { selected: true });
    expect(selected).toHaveTextContent('Team self-assessment');
  });
});

describe('survey macro in French', () => {
  it('translates the UI, the model and the dates', async () => {
    show(surveyBackend(surveyStateView({ locale: 'fr-FR', campaign: { anonymous: true } })), {
      locale: 'fr-FR',
    });
    expect(await screen.findByText('Période : 2026 · Ouverte jusqu’au 31 mars 2026')).toBeInTheDocument();
    expect(screen.getByText(/^Vos réponses sont anonymes : /)).toBeInTheDocument();
    const first = screen.getByRole('radiogroup', { name: CRITERIA[0]!.text['fr-FR'] });
    expect(within(first).getByRole('radio', { name: '1 Pas satisfait' })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Non applicable' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr.ui.survey.submit })).toBeInTheDocument();
    expect(screen.getByText(`0 réponse sur ${CRITERIA.length}`)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-FR');
  });
});
