/** The survey macro on the fake host: its backend, the questionnaire's parts, the autosave's clock and draft. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bootApp, showMain } from './app';
import {
  CRITERIA,
  fakeBackend,
  surveyStateView,
  TEST_ACCOUNT_ID,
  type Host,
  type HostOptions,
  type UiBackend,
} from './backend';

type SurveyState = ReturnType<typeof surveyStateView>;

/**
 * A test file of the survey macro: the app booted once, the browser's storage emptied and real timers back around
 * each test. Answers a `show` that shows the macro of a backend and hands that backend to `use` first.
 */
export function onSurveyPage(use: (backend: UiBackend) => void) {
  beforeAll(bootApp);
  beforeEach(() => window.localStorage.clear());
  afterEach(() => jest.useRealTimers());
  return (backend: UiBackend, options: HostOptions = {}): Host => {
    use(backend);
    return showSurvey(backend, options);
  };
}

/** A backend whose survey state is `state`. */
export const surveyBackend = (state: SurveyState = surveyStateView()): UiBackend =>
  fakeBackend({ survey: state });

/** The survey macro of the backend's campaign. */
export function showSurvey(backend: UiBackend, options: HostOptions = {}): Host {
  return showMain({
    moduleKey: 'survey-macro',
    config: { campaignId: backend.state.survey.campaign.id },
    backend,
    ...options,
  });
}

/** A member of the procurement team (outside the audience unless `me` says otherwise). */
export const teamState = (me: Partial<SurveyState['me']> = {}) =>
  surveyStateView({
    me: { eligibility: 'not-in-audience', isTeam: true, canProxy: true, canSeeParticipation: true, ...me },
  });

export const groupOf = (criterionIndex: number) =>
  screen.getByRole('radiogroup', { name: CRITERIA[criterionIndex]!.text['en-US'] });

export const DRAFT_KEY = (kind = 'customer') =>
  `procurement-crm.draft.v1:survey-2026:${kind}:${TEST_ACCOUNT_ID}`;

export const storedDraft = (kind = 'customer') => {
  const raw = window.localStorage.getItem(DRAFT_KEY(kind));
  return raw ? (JSON.parse(raw) as { answers: Record<string, unknown>; baseRevision: number }) : null;
};

/** Fake timers for the autosave tests; user-event advances them while it types and clicks. */
export function fakeTime() {
  jest.useFakeTimers({ now: new Date('2026-03-10T09:30:00Z') });
  return userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
}

export const advance = async (ms: number) => {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });
};
