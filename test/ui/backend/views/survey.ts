/** Builders with overrides for the survey macro's views (contract types, never copied). */
import { DEFAULT_MODEL, type EvaluationModel } from '../../../../src/domain/model/model';
import type { Answers, AnswerValue } from '../../../../src/domain/survey/response';
import type { ParticipationView } from '../../../../src/shared/contract/participation';
import type { ResponseView, SurveyStateView } from '../../../../src/shared/contract/survey';
import type { Locale } from '../../../../src/shared/i18n';
import { TEST_ACCOUNT_ID } from './people';

export function surveyStateView(
  overrides: {
    campaign?: Partial<SurveyStateView['campaign']>;
    me?: Partial<SurveyStateView['me']>;
    response?: ResponseView | null;
    selfAssessment?: ResponseView | null;
    departments?: SurveyStateView['departments'];
    locale?: Locale;
    model?: EvaluationModel;
  } = {},
): SurveyStateView {
  return {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Procurement survey 2026', 'fr-FR': 'Enquête Achats 2026' },
      period: '2026',
      status: 'open',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
      anonymous: false,
      commentRequiredAtOrBelow: 2,
      ...overrides.campaign,
    },
    model: overrides.model ?? DEFAULT_MODEL,
    locale: overrides.locale ?? 'en-US',
    me: {
      eligibility: 'member',
      departmentId: 'engineering',
      isTeam: false,
      canProxy: false,
      canSeeParticipation: false,
      ...overrides.me,
    },
    departments: overrides.departments ?? [
      { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' } },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' } },
    ],
    response: overrides.response ?? null,
    selfAssessment: overrides.selfAssessment ?? null,
  };
}

export function responseView(overrides: Partial<ResponseView> = {}): ResponseView {
  return {
    kind: 'customer',
    status: 'draft',
    answers: {},
    revision: 1,
    updatedDay: '2026-03-02',
    enteredByProxy: false,
    ...overrides,
  };
}

/** Every criterion answered: the given value (comments added where the default rule requires them). */
export function fullAnswers(value: AnswerValue = 3, model: EvaluationModel = DEFAULT_MODEL): Answers {
  return Object.fromEntries(
    model.sections
      .flatMap((s) => s.criteria)
      .map((c) => [
        c.id,
        value !== 'na' && value <= 2 ? { value, comment: `Fact about ${c.id}` } : { value },
      ]),
  );
}

export function participationView(overrides: Partial<ParticipationView> = {}): ParticipationView {
  return {
    campaignId: 'survey-2026',
    anonymous: false,
    overall: { invited: 20, responded: 9 },
    threshold: null,
    unlisted: null,
    departments: [
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
        invited: 12,
        responded: 6,
      },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, invited: 8, responded: 3 },
    ],
    portfolios: [
      {
        buyer: { accountId: TEST_ACCOUNT_ID, displayName: 'Grace Okafor' },
        invited: 12,
        responded: 6,
        pending: [
          { accountId: '712020:5a1e0000-0000-4000-8000-000000000002', displayName: 'Bruno Lefèvre' },
          { accountId: '712020:5a1e0000-0000-4000-8000-000000000006', displayName: 'Farid Benali' },
        ],
      },
      {
        buyer: { accountId: '712020:5a1e0000-0000-4000-8000-000000000012', displayName: 'Hugo Moreau' },
        invited: 8,
        responded: 3,
        pending: [{ accountId: '712020:5a1e0000-0000-4000-8000-000000000003', displayName: 'Chloé Dubois' }],
      },
    ],
    reminder: {
      pageUrl: 'https://example.atlassian.net/wiki/spaces/PROC/pages/123',
    },
    reminders: { sent: 0, people: 0, byPerson: [] },
    ...overrides,
  };
}
