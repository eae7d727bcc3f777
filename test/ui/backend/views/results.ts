/**
 * A results view as the server builds it: the real domain (resultsOf) over generated answers, so the UI is tested
 * against figures the backend really produces. Engineering's "Lead times" falls since 2025, the team rates
 * "Buyers are reachable" a point above its customers, and Legal (2 respondents) is below the threshold.
 */
import { criteriaOf, DEFAULT_MODEL } from '../../../../src/domain/model/model';
import type { AnswerValue } from '../../../../src/domain/survey/response';
import { aggregate, historyEntryOf, resultsOf, type RatedAnswer } from '../../../../src/domain/results';
import type { ResultsView } from '../../../../src/shared/contract/results';
import { idOf } from './people';

const CRITERIA = criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion.id);
export const FALLING = CRITERIA[2]!;
export const BLIND_SPOT = CRITERIA[5]!;

const DEPARTMENTS = [
  { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' }, size: 12 },
  { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, size: 8 },
  { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, size: 9 },
  { id: 'legal', name: { 'en-US': 'Legal', 'fr-FR': 'Juridique' }, size: 2 },
];

function answers(year: number): RatedAnswer[] {
  const out: RatedAnswer[] = [];
  let i = 0;
  for (const d of DEPARTMENTS) {
    for (let p = 0; p < d.size; p += 1, i += 1) {
      const ratings: Record<string, AnswerValue> = {};
      CRITERIA.forEach((id, c) => {
        const base = ((i + c) % 4) + 1;
        ratings[id] = (
          id === FALLING && year === 2026
            ? Math.max(1, base - 2)
            : id === BLIND_SPOT
              ? Math.min(base, 2)
              : base
        ) as 1 | 2 | 3 | 4;
      });
      out.push({ departmentId: d.id, ratings });
    }
  }
  return out;
}

export function resultsView(overrides: { scope?: 'full' | 'customer' } = {}): ResultsView {
  const closedAt = Date.UTC(2026, 2, 31);
  const previous = answers(2025);
  const history = [
    historyEntryOf(
      { id: 'survey-2025', period: '2025', closedAt: Date.UTC(2025, 2, 31) },
      DEFAULT_MODEL,
      aggregate(DEFAULT_MODEL, previous),
      false,
    ),
  ];
  const self: RatedAnswer = { ratings: Object.fromEntries(CRITERIA.map((id) => [id, 4 as const])) };
  const results = resultsOf({
    campaign: { id: 'survey-2026', period: '2026', closedAt },
    model: DEFAULT_MODEL,
    departments: DEPARTMENTS.map(({ id, name }) => ({ id, name })),
    portfolios: [{ buyerAccountId: idOf('Grace'), departments: ['engineering', 'finance'] }],
    customers: answers(2026),
    selves: [self],
    k: 5,
    kComments: 10,
    history,
  });
  const head = {
    campaign: {
      id: 'survey-2026',
      name: { 'en-US': 'Survey 2026', 'fr-FR': 'Enquête 2026' },
      period: '2026',
      status: 'closed' as const,
      anonymous: false,
      closedOn: '2026-03-31',
    },
    model: DEFAULT_MODEL,
    invited: 40,
    builtAt: closedAt,
  };
  if (overrides.scope === 'customer') {
    return {
      ...head,
      scope: 'customer',
      results: {
        thresholds: results.thresholds,
        overall: results.overall,
        trends: results.trends,
        departments: results.departments.filter((d) => d.id === 'engineering'),
      },
    };
  }
  return {
    ...head,
    scope: 'full',
    results,
    buyers: [{ accountId: idOf('Grace'), displayName: 'Grace Okafor' }],
  };
}
