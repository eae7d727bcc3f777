/**
 * Test data builders (valid by default, overrides for what a test is about), the contexts the app's frames send,
 * and actions drafted through the real endpoints.
 */
import type { CampaignRecord } from '../../src/adapters/records/campaign';
import { criteriaOf, type EvaluationModel } from '../../src/domain/model/model';
import type { Answers, AnswerValue } from '../../src/domain/survey/response';
import { DEMO_SITE } from '../../sandbox/products/site';
import type { Backend, JiraTarget } from './backend';
import { PEOPLE } from './people';

export const SURVEY_PAGE = DEMO_SITE.surveyPageId;
export const SURVEY_LOCAL_ID = 'b0c1d2e3-0000-4000-8000-000000000001';

/** A small model (2 sections, 3 criteria) so that answers stay short. */
export function aModel(overrides: Partial<EvaluationModel> = {}): EvaluationModel {
  const t = (en: string) => ({ 'en-US': en, 'fr-FR': `${en} (fr)` });
  return {
    id: 'test-model',
    version: 1,
    name: t('Test model'),
    sections: [
      {
        id: 'sourcing',
        title: t('Sourcing'),
        criteria: [
          { id: 'sourcing-price', text: t('Prices are competitive') },
          { id: 'sourcing-lead', text: t('Lead times are met') },
        ],
      },
      {
        id: 'service',
        title: t('Service'),
        criteria: [{ id: 'service-reachable', text: t('Buyers are reachable') }],
      },
    ],
    ...overrides,
  };
}

/** Answers to every criterion of `model`, all with `value` (and a comment, so that any rating is valid). */
export function answersFor(
  model: EvaluationModel,
  value: AnswerValue = 3,
  comment = 'Seen on the last order',
): Answers {
  const answers: Answers = {};
  for (const section of model.sections) {
    for (const criterion of section.criteria) answers[criterion.id] = { value, comment };
  }
  return answers;
}

export function aCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    schemaVersion: 2,
    scope: 'app',
    id: 'cmp-2026',
    names: { 'en-US': 'Procurement satisfaction 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
    period: '2026',
    opensOn: '2026-01-10',
    closesOn: '2026-02-28',
    status: 'open',
    anonymous: false,
    modelId: 'test-model',
    modelVersion: 1,
    // The criterion ids of aModel(), frozen when the campaign opened.
    criterionIds: criteriaOf(aModel()).map(({ criterion }) => criterion.id),
    audience: {
      departments: [
        {
          id: 'engineering',
          name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
          members: [PEOPLE.alice, PEOPLE.farid],
        },
        { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, members: [PEOPLE.bruno] },
        { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: [PEOPLE.chloe] },
      ],
      people: [PEOPLE.david],
    },
    team: [
      { accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [PEOPLE.david] } },
      { accountId: PEOPLE.hugo, portfolio: { departments: ['production', 'finance'], people: [] } },
    ],
    commentRequiredAtOrBelow: 2,
    results: { roles: ['admin', 'quality'], customersAfterClose: true },
    binding: { contentId: SURVEY_PAGE, localId: SURVEY_LOCAL_ID },
    openedAt: Date.UTC(2026, 0, 10, 8),
    createdAt: Date.UTC(2026, 0, 5, 8),
    revision: 3,
    ...overrides,
  };
}

/** The context the survey macro's frame sends (browser-supplied: content id and localId). */
export function macroContext(
  overrides: { contentId?: string; localId?: string; locale?: string } = {},
): Record<string, unknown> {
  return {
    moduleKey: 'survey-macro',
    locale: overrides.locale ?? 'en-US',
    localId: overrides.localId ?? SURVEY_LOCAL_ID,
    extension: {
      type: 'macro',
      content: { id: overrides.contentId ?? SURVEY_PAGE, type: 'page', subtype: null },
      space: { id: DEMO_SITE.space.id, key: DEMO_SITE.space.key },
      config: { campaignId: 'cmp-2026' },
    },
  };
}

/** The context the admin page's frame sends. */
export const ADMIN_PAGE = { moduleKey: 'admin-page', locale: 'en-US' };

/** The Jira project and issue type of the plan's issues (the Jira sandbox's). */
export const JIRA_TARGET: JiraTarget = { projectKey: 'PROC', issueTypeId: '10003' };

/**
 * `n` actions drafted and selected by Grace through the real endpoints, on the closed campaign `cmp-2026` (which
 * the test must have seeded). Throws on a refusal: a test that counts requests must not count a failed set-up.
 */
export async function draftSelected(
  b: Pick<Backend, 'call'>,
  n: number,
  overrides: (i: number) => Record<string, unknown> = () => ({}),
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const saved = await b.call(
      PEOPLE.grace,
      'plan/saveAction',
      {
        campaignId: 'cmp-2026',
        revision: 0,
        title: { 'en-US': `Action ${i + 1}` },
        description: { 'en-US': `What we will do, number ${i + 1}.` },
        criterionIds: ['sourcing-lead'],
        dueDate: '2026-09-30',
        ...overrides(i),
      },
      ADMIN_PAGE,
    );
    if (!saved.result.ok) throw new Error(`plan/saveAction: ${JSON.stringify(saved.result.error)}`);
    const selected = await b.call(
      PEOPLE.grace,
      'plan/select',
      { campaignId: 'cmp-2026', actionId: saved.result.data.id, revision: 1, selected: true },
      ADMIN_PAGE,
    );
    if (!selected.result.ok) throw new Error(`plan/select: ${JSON.stringify(selected.result.error)}`);
    ids.push(saved.result.data.id);
  }
  return ids;
}

/** The context the page banner's frame sends (`confluence:pageBanner`): no macro, no campaign. */
export const BANNER_CONTEXT = { moduleKey: 'page-banner', extension: { type: 'confluence:pageBanner' } };
