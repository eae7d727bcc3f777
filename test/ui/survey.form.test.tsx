/**
 * The survey macro's questionnaire: the rating grid and its keyboard behaviour, required comments, the submit with
 * its list of problems, and refused submits worded in the reader's language.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CRITERIA,
  errorResult,
  fullAnswers,
  plain,
  responseView,
  surveyStateView,
  type UiBackend,
} from './backend';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { advance, fakeTime, groupOf, storedDraft, surveyBackend, onSurveyPage } from './survey-page';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let backend: UiBackend;
const show = onSurveyPage((b) => (backend = b));

describe('survey macro: the rating grid', () => {
  it('renders every section and criterion with the 4-level scale plus "not applicable", and progress', async () => {
    show(surveyBackend());
    await screen.findAllByRole('radiogroup');
    for (const section of DEFAULT_MODEL.sections) {
      expect(screen.getByRole('heading', { name: section.title['en-US'] })).toBeInTheDocument();
      for (const criterion of section.criteria) {
        const group = screen.getByRole('radiogroup', { name: criterion.text['en-US'] });
        expect(
          within(group)
            .getAllByRole('radio')
            .map((r) => r.closest('label')?.textContent),
        ).toEqual([
          '1 Dissatisfied',
          '2 Not really satisfied',
          '3 Satisfied',
          '4 Very satisfied',
          'Not applicable',
        ]);
      }
    }
    const bar = screen.getByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuemax', String(CRITERIA.length));
    expect(screen.getByText(`0 of ${CRITERIA.length} answered`)).toBeInTheDocument();
  });

  it('keyboard: one tab stop per criterion, arrow keys move and select, Space selects', async () => {
    show(surveyBackend());
    const user = userEvent.setup();
    await screen.findAllByRole('radiogroup');
    const g1 = within(groupOf(0)).getAllByRole('radio');
    const g2 = within(groupOf(1)).getAllByRole('radio');

    // Nothing chosen yet: Tab goes from one criterion to the next, not from option to option.
    await user.tab();
    expect(g1[0]).toHaveFocus();
    await user.tab();
    expect(g2[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(g2[0]).toBeChecked();
    // Back into a group with nothing chosen: the browser focuses its last option, without selecting it.
    await user.tab({ shift: true });
    expect(g1[4]).toHaveFocus();
    expect(g1[4]).not.toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(g1[0]).toHaveFocus();
    expect(g1[0]).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(g1[1]).toHaveFocus();
    expect(g1[1]).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(g1[3]).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(g1[2]).toBeChecked();
    expect(g1.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    // Once rated, the comment field follows the criterion in the tab order, then the next criterion.
    await user.tab();
    expect(screen.getByRole('textbox', { name: en.ui.survey.commentLabel })).toHaveFocus();
    await user.tab();
    expect(g2[0]).toHaveFocus();
    expect(g2[0]).toBeChecked();
    expect(screen.getByText(`2 of ${CRITERIA.length} answered`)).toBeInTheDocument();
  });

  it('a low rating makes the comment required, with an inline message', async () => {
    show(surveyBackend());
    const user = userEvent.setup();
    await screen.findAllByRole('radiogroup');
    await user.click(within(groupOf(0)).getByRole('radio', { name: '2 Not really satisfied' }));
    const comment = screen.getByRole('textbox', { name: en.ui.survey.commentRequiredLabel });
    expect(comment).toBeRequired();
    expect(comment).toHaveAccessibleDescription(
      'Required for a rating of 2 or lower: describe a fact (what happened, when) that explains it.',
    );
    await user.click(within(groupOf(0)).getByRole('radio', { name: '3 Satisfied' }));
    expect(screen.getByRole('textbox', { name: en.ui.survey.commentLabel })).not.toBeRequired();
  });
});

describe('survey macro: submit', () => {
  it('lists the problems and moves the focus to the first one', async () => {
    show(surveyBackend());
    const user = userEvent.setup();
    await screen.findAllByRole('radiogroup');
    await user.click(within(groupOf(0)).getByRole('radio', { name: '1 Dissatisfied' }));
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    const summary = await screen.findByRole('heading', {
      name: `Before submitting, check ${CRITERIA.length} points`,
    });
    expect(summary).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `Comment required: ${CRITERIA[0]!.text['en-US']}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `No rating yet: ${CRITERIA[1]!.text['en-US']}` }),
    ).toBeInTheDocument();
    // First problem: the required comment of the first criterion.
    const comment = screen.getByRole('textbox', { name: en.ui.survey.commentRequiredLabel });
    expect(comment).toHaveFocus();
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(groupOf(1)).toHaveAttribute('aria-invalid', 'true');
    expect(groupOf(1)).toHaveAccessibleDescription(en.ui.survey.problem.missing);
    // A link moves the focus to its field.
    await user.click(screen.getByRole('link', { name: `No rating yet: ${CRITERIA[2]!.text['en-US']}` }));
    expect(within(groupOf(2)).getAllByRole('radio')[0]).toHaveFocus();
    expect(backend.payloadsOf('survey/submit')).toEqual([]);
    // Fixing a problem removes it from the list.
    await user.type(comment, 'Missing safety file');
    expect(
      screen.getByRole('heading', { name: `Before submitting, check ${CRITERIA.length - 1} points` }),
    ).toBeInTheDocument();
  });

  it('submits, thanks with the close date, and later edits are submitted again', async () => {
    const user = fakeTime();
    const answers = fullAnswers(3);
    show(surveyBackend(surveyStateView({ response: responseView({ answers, revision: 4 }) })));
    await screen.findAllByRole('radiogroup');
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    expect(await screen.findByRole('heading', { name: en.ui.survey.thanks.title })).toBeInTheDocument();
    expect(screen.getByText(/You can edit your answers until March 31, 2026/)).toBeInTheDocument();
    expect(backend.payloadsOf('survey/submit')).toEqual([
      { campaignId: 'survey-2026', kind: 'customer', answers, baseRevision: 4 },
    ]);
    expect(backend.state.stored.customer).toMatchObject({ status: 'submitted', revision: 5 });
    // Editing after submit re-submits (never turns the answer back into a draft).
    await user.click(within(groupOf(0)).getByRole('radio', { name: '4 Very satisfied' }));
    await advance(900);
    await waitFor(() => expect(backend.payloadsOf('survey/submit')).toHaveLength(2));
    expect(backend.payloadsOf('survey/saveDraft')).toEqual([]);
    expect(backend.state.stored.customer).toMatchObject({ status: 'submitted', revision: 6 });
    // An incomplete edit is kept in the browser, not sent, and says why.
    await user.click(within(groupOf(1)).getByRole('radio', { name: '1 Dissatisfied' }));
    await advance(900);
    expect(
      await screen.findByText(
        'Not submitted: 1 point to fix below. Your earlier submitted answers still count.',
      ),
    ).toBeInTheDocument();
    expect(backend.payloadsOf('survey/submit')).toHaveLength(2);
    expect(storedDraft()?.answers).toMatchObject({ 'hse-onsite': { value: 1 } });
  });

  it('a person outside any department chooses one, and it goes with the answer', async () => {
    const user = userEvent.setup();
    show(
      surveyBackend(
        surveyStateView({
          me: { eligibility: 'choose-department', departmentId: undefined },
          response: responseView({ answers: fullAnswers(4) }),
        }),
      ),
    );
    await screen.findAllByRole('radiogroup');
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    expect(await screen.findByRole('link', { name: en.ui.survey.problems.department })).toBeInTheDocument();
    const picker = await screen.findByRole('combobox', { name: en.ui.survey.department.label });
    await waitFor(() => expect(picker).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await user.click(await screen.findByText('Finance'));
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    await waitFor(() => expect(backend.payloadsOf('survey/submit')).toHaveLength(1));
    expect(backend.payloadsOf('survey/submit')[0]).toMatchObject({ departmentId: 'finance' });
  });
});

describe('survey macro: refused submits say why, in the reader’s language', () => {
  it('own answer: the code’s wording and the translated reason', async () => {
    const user = userEvent.setup();
    const b = surveyBackend(
      surveyStateView({ locale: 'fr-FR', response: responseView({ answers: fullAnswers(3) }) }),
    );
    b.on('survey/submit', () => errorResult('FORBIDDEN', 'survey.closed'));
    show(b, { locale: 'fr-FR' });
    await screen.findAllByRole('radiogroup');
    await user.click(screen.getByRole('button', { name: fr.ui.survey.submit }));
    expect(await screen.findByRole('heading', { name: fr.ui.survey.submitFailed })).toBeInTheDocument();
    expect(screen.getByText(fr.ui.errors.FORBIDDEN)).toBeInTheDocument();
    expect(screen.getByText(plain(fr.ui.reasons.survey.closed))).toBeInTheDocument();
  });
});
