/**
 * The survey macro's autosave and its reliability guarantees: debounced, acknowledged, kept in the browser until
 * then, retried while the network is down, re-sent after a reload, a lost acknowledgement replayed as a no-op, and
 * a conflict with another tab said and resolved.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { responseView, surveyStateView, type UiBackend } from './backend';
import {
  advance,
  DRAFT_KEY,
  fakeTime,
  groupOf,
  storedDraft,
  surveyBackend,
  onSurveyPage,
} from './survey-page';
import en from '../../locales/en-US.json';

let backend: UiBackend;
const show = onSurveyPage((b) => (backend = b));

describe('survey macro: autosave', () => {
  it('is debounced (~800 ms after the last change) and acknowledged', async () => {
    const user = fakeTime();
    show(surveyBackend());
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
    expect(backend.state.stored.customer?.answers).toEqual({
      'hse-suppliers': { value: 3 },
      'hse-onsite': { value: 4 },
      'hse-environment': { value: 'na' },
    });
  });

  it('network failure: the draft stays in localStorage and is retried until acknowledged', async () => {
    const user = fakeTime();
    show(surveyBackend());
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
    expect(backend.state.stored.customer).toBeNull();
    // Back online: the next retry is acknowledged, and only then the browser's copy goes.
    backend.offline = false;
    await advance(30_000);
    await waitFor(() => expect(backend.state.stored.customer?.answers).toEqual(expected));
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(storedDraft()).toBeNull();
    expect(backend.payloadsOf('survey/saveDraft').at(-1)).toMatchObject({
      answers: expected,
      baseRevision: 0,
    });
  });

  it('"Retry now" and coming back online send at once', async () => {
    const user = fakeTime();
    show(surveyBackend());
    await screen.findAllByRole('radiogroup');
    backend.offline = true;
    await user.click(within(groupOf(0)).getByRole('radio', { name: '3 Satisfied' }));
    await advance(900);
    await screen.findByText(en.ui.survey.autosave.retrying);
    backend.offline = false;
    await user.click(screen.getByRole('button', { name: en.ui.survey.autosave.retryNow }));
    await advance(10);
    await waitFor(() =>
      expect(backend.state.stored.customer?.answers).toEqual({ 'hse-suppliers': { value: 3 } }),
    );
    backend.offline = true;
    await user.click(within(groupOf(1)).getByRole('radio', { name: '3 Satisfied' }));
    await advance(900);
    await screen.findByText(en.ui.survey.autosave.retrying);
    backend.offline = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await advance(10);
    await waitFor(() => expect(backend.state.stored.customer?.revision).toBe(2));
  });

  it('reload: the unacknowledged local draft wins over the older server copy and is re-sent', async () => {
    const user = fakeTime();
    const b = surveyBackend(
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
    await waitFor(() => expect(backend.state.stored.customer).toMatchObject({ answers: local, revision: 2 }));
    expect(storedDraft()).toBeNull();
    void user;
  });

  it('reload after a save whose acknowledgement was lost: the replay is a no-op, nothing is lost', async () => {
    fakeTime();
    const answers = { 'hse-suppliers': { value: 4 as const } };
    // The server stored revision 2 from this browser, but the browser never heard back.
    const b = surveyBackend(surveyStateView({ response: responseView({ answers, revision: 2 }) }));
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
    show(surveyBackend(surveyStateView({ response: responseView({ revision: 1 }) })));
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
