/**
 * The survey macro against a fake backend with the contract's semantics (test/ui/harness.ts FakeSurveyBackend):
 * states, the rating grid's keyboard behaviour, autosave and its reliability guarantees, submit, self-assessment,
 * proxy entry and participation. Every payload the UI sends is parsed with the contract's zod schema.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { CONTRACT } from '../../src/shared/contract';
import {
  errorResult,
  failure,
  FakeSurveyBackend,
  fullAnswers,
  installBridge,
  participationView,
  plain,
  responseView,
  surveyStateView,
  TEST_ACCOUNT_ID,
  useHost,
  type HostOptions,
} from './harness';
import type * as Boot from '../../static/app/src/app/boot';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

let App: typeof Boot.App;
let renderMain: Boot.RenderView;

beforeAll(async () => {
  installBridge(); // before the first import of @forge/bridge
  ({ App } = await import('../../static/app/src/app/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
});

let backend: FakeSurveyBackend;

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  // Whatever the test did, the UI never sent a payload the contract rejects.
  if (backend) expect(backend.invalid).toEqual([]);
  jest.useRealTimers();
});

const CRITERIA = DEFAULT_MODEL.sections.flatMap((s) => s.criteria);
const DRAFT_KEY = (kind = 'customer') => `procurement-crm.draft.v1:survey-2026:${kind}:${TEST_ACCOUNT_ID}`;

function show(b: FakeSurveyBackend, options: HostOptions = {}) {
  backend = b;
  const host = useHost({
    moduleKey: 'survey-macro',
    config: { campaignId: b.state.campaign.id },
    resolve: b.resolve,
    ...options,
  });
  render(<App render={renderMain} />);
  return host;
}

const groupOf = (criterionIndex: number) =>
  screen.getByRole('radiogroup', { name: CRITERIA[criterionIndex]!.text['en-US'] });

/** Fake timers for the autosave tests; user-event advances them while it types and clicks. */
function fakeTime() {
  jest.useFakeTimers({ now: new Date('2026-03-10T09:30:00Z') });
  return userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
}
const advance = async (ms: number) => {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });
};
const storedDraft = (kind = 'customer') => {
  const raw = window.localStorage.getItem(DRAFT_KEY(kind));
  return raw ? (JSON.parse(raw) as { answers: Record<string, unknown>; baseRevision: number }) : null;
};

describe('survey macro: states', () => {
  it('without a campaign in the macro config, says it is not set up yet and calls nothing', async () => {
    backend = new FakeSurveyBackend();
    const host = useHost({ moduleKey: 'survey-macro', resolve: backend.resolve });
    render(<App render={renderMain} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.survey.notConfigured.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('Edit the macro to pick a campaign.')).toBeInTheDocument();
    expect(host.invocations()).toEqual([]);
  });

  it('header: campaign name, period, close date, status and the named notice', async () => {
    show(new FakeSurveyBackend());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Procurement survey 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Period: 2026 · Open until March 31, 2026')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText(en.ui.survey.named)).toBeInTheDocument();
    expect(backend.calls[0]).toEqual({ key: 'survey/getState', payload: { campaignId: 'survey-2026' } });
  });

  it('anonymous campaign: says the answers are anonymous', async () => {
    show(new FakeSurveyBackend(surveyStateView({ campaign: { anonymous: true } })));
    expect(await screen.findByText(/^Your answers are anonymous: /)).toBeInTheDocument();
    expect(screen.queryByText(en.ui.survey.named)).not.toBeInTheDocument();
  });

  it('not open yet: says when it opens, no questionnaire', async () => {
    show(new FakeSurveyBackend(surveyStateView({ campaign: { status: 'draft' } })));
    expect(await screen.findByRole('heading', { name: en.ui.survey.notOpen.title })).toBeInTheDocument();
    expect(screen.getByText(/Answering opens on March 1, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('not in the audience: says so, no questionnaire', async () => {
    show(new FakeSurveyBackend(surveyStateView({ me: { eligibility: 'not-in-audience' } })));
    expect(
      await screen.findByRole('heading', { name: en.ui.survey.notInAudience.title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('binding refused (a copied macro): shows the server’s FORBIDDEN message', async () => {
    const b = new FakeSurveyBackend();
    b.override['survey/getState'] = () => ({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        reason: 'survey.otherPage',
        message: 'This survey belongs to another page.',
      },
    });
    show(b);
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.survey.refused.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('This survey belongs to another page.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('binding refused, in French: the reason is translated, never the server’s English message', async () => {
    const b = new FakeSurveyBackend();
    b.override['survey/getState'] = () => errorResult('FORBIDDEN', 'survey.otherPage');
    show(b, { locale: 'fr-FR' });
    const refused = await screen.findByText(plain(fr.ui.reasons.survey.otherPage));
    expect(refused).toHaveAttribute('data-error-code', 'FORBIDDEN');
    expect(screen.queryByText('This survey belongs to another page.')).not.toBeInTheDocument();
  });

  it('binding refused without a reason: the wording of the code, not the server’s message', async () => {
    const b = new FakeSurveyBackend();
    b.override['survey/getState'] = () => failure('FORBIDDEN', 'Some English detail.');
    show(b);
    expect(await screen.findByText(en.ui.errors.FORBIDDEN)).toHaveAttribute('data-error-code', 'FORBIDDEN');
    expect(screen.queryByText('Some English detail.')).not.toBeInTheDocument();
  });

  it('unknown campaign: asks to edit the macro; a network failure offers Retry', async () => {
    const b = new FakeSurveyBackend();
    b.override['survey/getState'] = () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } });
    show(b);
    expect(await screen.findByText(en.ui.survey.missing.body)).toBeInTheDocument();

    const down = new FakeSurveyBackend();
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
      new FakeSurveyBackend(
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

describe('survey macro: the rating grid', () => {
  it('renders every section and criterion with the 4-level scale plus "not applicable", and progress', async () => {
    show(new FakeSurveyBackend());
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
    show(new FakeSurveyBackend());
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
    show(new FakeSurveyBackend());
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

describe('survey macro: autosave', () => {
  it('is debounced (~800 ms after the last change) and acknowledged', async () => {
    const user = fakeTime();
    show(new FakeSurveyBackend());
    await screen.findAllByRole('radiogroup');
    await user.click(within(groupOf(0)).getByRole('radio', { name: '3 Satisfied' }));
    await user.click(within(groupOf(1)).getByRole('radio', { name: '4 Very satisfied' }));
    // Kept in the browser at once, before anything is sent.
    expect(storedDraft()?.answers).toEqual({ 'hse-suppliers': { value: 3 }, 'hse-onsite': { value: 4 } });
    expect(backend.keys()).toEqual(['survey/getState']);
    await advance(700);
    expect(backend.keys()).toEqual(['survey/getState']);
    await advance(200);
    await waitFor(() => expect(backend.keys()).toEqual(['survey/getState', 'survey/saveDraft']));
    expect(backend.payloadsOf('survey/saveDraft')).toEqual([
      {
        campaignId: 'survey-2026',
        kind: 'customer',
        answers: { 'hse-suppliers': { value: 3 }, 'hse-onsite': { value: 4 } },
        baseRevision: 0,
      },
    ]);
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(storedDraft()).toBeNull();
    // The next save builds on the acknowledged revision.
    await user.click(within(groupOf(2)).getByRole('radio', { name: 'Not applicable' }));
    await advance(900);
    await waitFor(() => expect(backend.payloadsOf('survey/saveDraft')).toHaveLength(2));
    expect(backend.payloadsOf('survey/saveDraft')[1]).toMatchObject({ baseRevision: 1 });
    expect(backend.stored.customer?.answers).toEqual({
      'hse-suppliers': { value: 3 },
      'hse-onsite': { value: 4 },
      'hse-environment': { value: 'na' },
    });
  });

  it('network failure: the draft stays in localStorage and is retried until acknowledged', async () => {
    const user = fakeTime();
    show(new FakeSurveyBackend());
    await screen.findAllByRole('radiogroup');
    backend.offline = true;
    await user.click(within(groupOf(0)).getByRole('radio', { name: '1 Dissatisfied' }));
    await user.type(screen.getByRole('textbox', { name: en.ui.survey.commentRequiredLabel }), 'No HSE plan');
    await advance(900);
    expect(await screen.findByText(en.ui.survey.autosave.retrying)).toBeInTheDocument();
    const expected = { 'hse-suppliers': { value: 1, comment: 'No HSE plan' } };
    expect(storedDraft()).toEqual(expect.objectContaining({ answers: expected, baseRevision: 0 }));
    const attempts = () => backend.payloadsOf('survey/saveDraft').length;
    expect(attempts()).toBe(1);
    // Backoff: retried again and again while the network is down, the draft never leaves the browser.
    await advance(1_300);
    await waitFor(() => expect(attempts()).toBe(2));
    await advance(2_600);
    await waitFor(() => expect(attempts()).toBe(3));
    expect(storedDraft()?.answers).toEqual(expected);
    expect(backend.stored.customer).toBeNull();
    // Back online: the next retry is acknowledged, and only then the browser's copy goes.
    backend.offline = false;
    await advance(30_000);
    await waitFor(() => expect(backend.stored.customer?.answers).toEqual(expected));
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(storedDraft()).toBeNull();
    expect(backend.payloadsOf('survey/saveDraft').at(-1)).toMatchObject({
      answers: expected,
      baseRevision: 0,
    });
  });

  it('"Retry now" and coming back online send at once', async () => {
    const user = fakeTime();
    show(new FakeSurveyBackend());
    await screen.findAllByRole('radiogroup');
    backend.offline = true;
    await user.click(within(groupOf(0)).getByRole('radio', { name: '3 Satisfied' }));
    await advance(900);
    await screen.findByText(en.ui.survey.autosave.retrying);
    backend.offline = false;
    await user.click(screen.getByRole('button', { name: en.ui.survey.autosave.retryNow }));
    await advance(10);
    await waitFor(() => expect(backend.stored.customer?.answers).toEqual({ 'hse-suppliers': { value: 3 } }));
    backend.offline = true;
    await user.click(within(groupOf(1)).getByRole('radio', { name: '3 Satisfied' }));
    await advance(900);
    await screen.findByText(en.ui.survey.autosave.retrying);
    backend.offline = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await advance(10);
    await waitFor(() => expect(backend.stored.customer?.revision).toBe(2));
  });

  it('reload: the unacknowledged local draft wins over the older server copy and is re-sent', async () => {
    const user = fakeTime();
    const b = new FakeSurveyBackend(
      surveyStateView({
        response: responseView({ answers: { 'hse-suppliers': { value: 2, comment: 'old' } }, revision: 1 }),
      }),
    );
    const local = { 'hse-suppliers': { value: 4 }, 'hse-onsite': { value: 3 } };
    window.localStorage.setItem(
      DRAFT_KEY(),
      JSON.stringify({ answers: local, baseRevision: 1, changedAt: Date.now() }),
    );
    show(b);
    await screen.findAllByRole('radiogroup');
    expect(within(groupOf(0)).getByRole('radio', { name: '4 Very satisfied' })).toBeChecked();
    expect(within(groupOf(1)).getByRole('radio', { name: '3 Satisfied' })).toBeChecked();
    await advance(10);
    await waitFor(() =>
      expect(backend.payloadsOf('survey/saveDraft')).toEqual([
        { campaignId: 'survey-2026', kind: 'customer', answers: local, baseRevision: 1 },
      ]),
    );
    await waitFor(() => expect(backend.stored.customer).toMatchObject({ answers: local, revision: 2 }));
    expect(storedDraft()).toBeNull();
    void user;
  });

  it('reload after a save whose acknowledgement was lost: the replay is a no-op, nothing is lost', async () => {
    fakeTime();
    const answers = { 'hse-suppliers': { value: 4 as const } };
    // The server stored revision 2 from this browser, but the browser never heard back.
    const b = new FakeSurveyBackend(surveyStateView({ response: responseView({ answers, revision: 2 }) }));
    window.localStorage.setItem(DRAFT_KEY(), JSON.stringify({ answers, baseRevision: 1, changedAt: 0 }));
    show(b);
    await screen.findAllByRole('radiogroup');
    await advance(10);
    await waitFor(() => expect(backend.payloadsOf('survey/saveDraft')).toHaveLength(1));
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(storedDraft()).toBeNull();
    expect(screen.queryByText(en.ui.survey.conflict.title)).not.toBeInTheDocument();
  });

  it('CONFLICT (another tab saved meanwhile): reloads the server state and tells the user', async () => {
    const user = fakeTime();
    show(new FakeSurveyBackend(surveyStateView({ response: responseView({ revision: 1 }) })));
    await screen.findAllByRole('radiogroup');
    backend.writeElsewhere('customer', { 'hse-suppliers': { value: 4 }, 'hse-onsite': { value: 4 } });
    await user.click(within(groupOf(0)).getByRole('radio', { name: '1 Dissatisfied' }));
    await advance(900);
    expect(await screen.findByRole('heading', { name: en.ui.survey.conflict.title })).toBeInTheDocument();
    expect(backend.keys()).toEqual(['survey/getState', 'survey/saveDraft', 'survey/getState']);
    // The server's latest answers are shown, the refused local copy is gone.
    await waitFor(() =>
      expect(within(groupOf(0)).getByRole('radio', { name: '4 Very satisfied' })).toBeChecked(),
    );
    expect(within(groupOf(1)).getByRole('radio', { name: '4 Very satisfied' })).toBeChecked();
    expect(storedDraft()).toBeNull();
    await user.click(screen.getByRole('button', { name: en.ui.survey.conflict.dismiss }));
    expect(screen.queryByRole('heading', { name: en.ui.survey.conflict.title })).not.toBeInTheDocument();
  });
});

describe('survey macro: submit', () => {
  it('lists the problems and moves the focus to the first one', async () => {
    show(new FakeSurveyBackend());
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
    show(new FakeSurveyBackend(surveyStateView({ response: responseView({ answers, revision: 4 }) })));
    await screen.findAllByRole('radiogroup');
    await user.click(screen.getByRole('button', { name: en.ui.survey.submit }));
    expect(await screen.findByRole('heading', { name: en.ui.survey.thanks.title })).toBeInTheDocument();
    expect(screen.getByText(/You can edit your answers until March 31, 2026/)).toBeInTheDocument();
    expect(backend.payloadsOf('survey/submit')).toEqual([
      { campaignId: 'survey-2026', kind: 'customer', answers, baseRevision: 4 },
    ]);
    expect(backend.stored.customer).toMatchObject({ status: 'submitted', revision: 5 });
    // Editing after submit re-submits (never turns the answer back into a draft).
    await user.click(within(groupOf(0)).getByRole('radio', { name: '4 Very satisfied' }));
    await advance(900);
    await waitFor(() => expect(backend.payloadsOf('survey/submit')).toHaveLength(2));
    expect(backend.payloadsOf('survey/saveDraft')).toEqual([]);
    expect(backend.stored.customer).toMatchObject({ status: 'submitted', revision: 6 });
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
      new FakeSurveyBackend(
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
    const b = new FakeSurveyBackend(
      surveyStateView({ locale: 'fr-FR', response: responseView({ answers: fullAnswers(3) }) }),
    );
    b.override['survey/submit'] = () => errorResult('FORBIDDEN', 'survey.closed');
    show(b, { locale: 'fr-FR' });
    await screen.findAllByRole('radiogroup');
    await user.click(screen.getByRole('button', { name: fr.ui.survey.submit }));
    expect(await screen.findByRole('heading', { name: fr.ui.survey.submitFailed })).toBeInTheDocument();
    expect(screen.getByText(fr.ui.errors.FORBIDDEN)).toBeInTheDocument();
    expect(screen.getByText(plain(fr.ui.reasons.survey.closed))).toBeInTheDocument();
  });

  it('proxy entry: the translated reason; without one, only the code’s wording', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(
      surveyStateView({
        me: { eligibility: 'not-in-audience', isTeam: true, canProxy: true, canSeeParticipation: true },
      }),
    );
    b.proxy['712020:5a1e0000-0000-4000-8000-000000000002'] = responseView({ answers: fullAnswers(4) });
    b.override['proxy/submit'] = () => errorResult('INVALID_PAYLOAD', 'proxy.notInPortfolio');
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    await user.click(await screen.findByText('Bruno Lefèvre'));
    const record = await screen.findByRole('button', { name: 'Record answers for Bruno Lefèvre' });
    await user.click(record);
    expect(
      await screen.findByText('This person is not one of your portfolio’s customers.'),
    ).toBeInTheDocument();
    expect(screen.getByText(en.ui.errors.INVALID_PAYLOAD)).toBeInTheDocument();
    b.override['proxy/submit'] = () => failure('FORBIDDEN', 'English only');
    await user.click(record);
    expect(await screen.findByText(en.ui.errors.FORBIDDEN)).toBeInTheDocument();
    expect(screen.queryByText('English only')).not.toBeInTheDocument();
    expect(
      screen.queryByText('This person is not one of your portfolio’s customers.'),
    ).not.toBeInTheDocument();
  });
});

describe('survey macro: team, proxy and participation', () => {
  const teamState = (me: Partial<ReturnType<typeof surveyStateView>['me']> = {}) =>
    surveyStateView({
      me: { eligibility: 'not-in-audience', isTeam: true, canProxy: true, canSeeParticipation: true, ...me },
    });

  it('a team member gets tabs; the self-assessment sends kind "self", kept apart', async () => {
    const user = fakeTime();
    show(new FakeSurveyBackend(teamState({ eligibility: 'member' })));
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
    expect(backend.stored.self?.answers).toEqual({ 'hse-suppliers': { value: 3 } });
    expect(backend.stored.customer).toBeNull();
    expect(storedDraft('self')).toBeNull();
  });

  it('a buyer outside the audience lands on the self-assessment', async () => {
    show(new FakeSurveyBackend(teamState()));
    const selected = await screen.findByRole('tab', { selected: true });
    expect(selected).toHaveTextContent('Team self-assessment');
  });

  it('proxy entry: picks a pending customer, loads, fills and submits by proxy', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(teamState());
    const bruno = '712020:5a1e0000-0000-4000-8000-000000000002';
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    const picker = await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel });
    await user.click(picker);
    // Only the signed-in buyer's own pending customers.
    expect(screen.queryByText('Chloé Dubois')).not.toBeInTheDocument();
    await user.click(await screen.findByText('Bruno Lefèvre'));
    await waitFor(() =>
      expect(backend.payloadsOf('proxy/get')).toEqual([
        { campaignId: 'survey-2026', customerAccountId: bruno },
      ]),
    );
    const panel = screen.getByRole('tabpanel', { name: 'Enter answers for a customer' });
    expect(
      await within(panel).findByText(
        /recorded as Bruno Lefèvre’s, marked as entered by proxy after a face-to-face review/,
      ),
    ).toBeInTheDocument();
    for (const criterion of CRITERIA) {
      await user.click(
        within(within(panel).getByRole('radiogroup', { name: criterion.text['en-US'] })).getByRole('radio', {
          name: '4 Very satisfied',
        }),
      );
    }
    await user.click(within(panel).getByRole('button', { name: 'Record answers for Bruno Lefèvre' }));
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    expect(backend.payloadsOf('proxy/submit')[0]).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: bruno,
      answers: fullAnswers(4),
      baseRevision: 0,
    });
    expect(await within(panel).findByText('Recorded by proxy for: Bruno Lefèvre.')).toBeInTheDocument();
    expect(backend.proxy[bruno]).toMatchObject({ enteredByProxy: true });
    // Bruno is listed in a department: nobody asked for one.
    expect(within(panel).queryByRole('combobox', { name: /department/ })).not.toBeInTheDocument();
  });

  const farid = '712020:5a1e0000-0000-4000-8000-000000000006';
  const proxyDepartmentLabel = en.ui.survey.proxy.department.label.replace('{name}', 'Farid Benali');

  async function openProxyFor(user: ReturnType<typeof userEvent.setup>, name: string) {
    await user.click(await screen.findByRole('tab', { name: 'Enter answers for a customer' }));
    await user.click(await screen.findByRole('combobox', { name: en.ui.survey.proxy.customerLabel }));
    await user.click(await screen.findByText(name));
    return screen.getByRole('tabpanel', { name: 'Enter answers for a customer' });
  }

  it('proxy entry for a customer listed in no department: asks for it, required, and sends it', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(teamState());
    b.proxyUnlisted.add(farid);
    show(b);
    const panel = await openProxyFor(user, 'Farid Benali');
    const picker = await within(panel).findByRole('combobox', { name: proxyDepartmentLabel });
    expect(picker).toBeRequired();
    expect(picker).toHaveAccessibleDescription(
      expect.stringContaining(en.ui.survey.proxy.department.help.replace('{name}', 'Farid Benali')),
    );
    for (const criterion of CRITERIA) {
      await user.click(
        within(within(panel).getByRole('radiogroup', { name: criterion.text['en-US'] })).getByRole('radio', {
          name: '4 Very satisfied',
        }),
      );
    }
    const record = within(panel).getByRole('button', { name: 'Record answers for Farid Benali' });
    // Without a department the submit stays in the browser, names the problem and moves the focus there.
    await user.click(record);
    expect(
      await within(panel).findByRole('link', {
        name: en.ui.survey.proxy.department.problem.replace('{name}', 'Farid Benali'),
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(picker).toHaveFocus());
    expect(backend.payloadsOf('proxy/submit')).toEqual([]);
    await user.keyboard('{ArrowDown}');
    await user.click(await within(panel).findByText('Finance'));
    await user.click(record);
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    const sent = CONTRACT['proxy/submit'].input.parse(backend.payloadsOf('proxy/submit')[0]);
    expect(sent).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: farid,
      answers: fullAnswers(4),
      departmentId: 'finance',
      baseRevision: 0,
    });
    expect(await within(panel).findByText('Recorded by proxy for: Farid Benali.')).toBeInTheDocument();
    expect(backend.proxy[farid]).toMatchObject({ enteredByProxy: true, departmentId: 'finance' });
  });

  it('proxy entry for an unlisted customer who already answered: their department is preselected', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(teamState());
    b.proxyUnlisted.add(farid);
    b.proxy[farid] = responseView({ answers: fullAnswers(3), departmentId: 'finance', revision: 2 });
    show(b);
    const panel = await openProxyFor(user, 'Farid Benali');
    await within(panel).findByRole('combobox', { name: proxyDepartmentLabel });
    expect(await within(panel).findByText('Finance')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Record answers for Farid Benali' }));
    await waitFor(() => expect(backend.payloadsOf('proxy/submit')).toHaveLength(1));
    expect(CONTRACT['proxy/submit'].input.parse(backend.payloadsOf('proxy/submit')[0])).toEqual({
      campaignId: 'survey-2026',
      customerAccountId: farid,
      answers: fullAnswers(3),
      departmentId: 'finance',
      baseRevision: 2,
    });
  });

  it('participation: rates overall, per department and portfolio; Remind copies the reminder and says so by the list', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const host = show(new FakeSurveyBackend(teamState()));
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
        .map((li) => li.textContent),
    ).toEqual(['Bruno Lefèvre', 'Farid Benali']);
    await user.click(screen.getAllByRole('button', { name: 'Remind' })[0]!);
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
    show(new FakeSurveyBackend(teamState()));
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    await user.click((await screen.findAllByRole('button', { name: 'Remind' }))[0]!);
    const fallback = await screen.findByRole('textbox', { name: en.ui.participation.fallbackLabel });
    expect((fallback as HTMLTextAreaElement).value).toContain(participationView().reminder.pageUrl);
  });

  it('participation in an anonymous campaign hides who has not answered', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(teamState({ canProxy: false }));
    b.participation = participationView({
      anonymous: true,
      portfolios: participationView().portfolios.map((p) => ({ ...p, pending: null })),
    });
    show(b);
    await user.click(await screen.findByRole('tab', { name: 'Participation' }));
    expect(await screen.findByText(en.ui.participation.anonymous)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remind' })).not.toBeInTheDocument();
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
    const b = new FakeSurveyBackend(teamState({ canProxy: false }));
    b.participation = belowThreshold();
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
    const b = new FakeSurveyBackend(teamState({ canProxy: false }));
    b.state = { ...b.state, locale: 'fr-FR' };
    b.participation = belowThreshold();
    show(b, { locale: 'fr-FR' });
    await user.click(await screen.findByRole('tab', { name: fr.ui.participation.tab }));
    const table = await screen.findByRole('table', { name: fr.ui.participation.byDepartment });
    expect(within(table).getAllByRole('cell', { name: fr.ui.participation.belowThreshold })).toHaveLength(4);
    expect(screen.getAllByText(fr.ui.participation.belowThresholdHelp.replace('{k}', '5'))).toHaveLength(2);
  });

  it('participation of a named campaign: people not listed in a department have a row of their own', async () => {
    const user = userEvent.setup();
    const b = new FakeSurveyBackend(teamState({ canProxy: false }));
    b.participation = participationView({ unlisted: { invited: 4, responded: 1 } });
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

describe('survey macro in French', () => {
  it('translates the UI, the model and the dates', async () => {
    show(new FakeSurveyBackend(surveyStateView({ locale: 'fr-FR', campaign: { anonymous: true } })), {
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
