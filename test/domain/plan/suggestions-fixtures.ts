/** Results built the real way (resultsOf over rated answers), with each criterion's ratings given as a column. */
import type { EvaluationModel } from '../../../src/domain/model/model';
import type { AnswerValue } from '../../../src/domain/survey/response';
import {
  aggregate,
  historyEntryOf,
  resultsOf,
  type HistoryEntry,
  type RatedAnswer,
  type Results,
} from '../../../src/domain/results';

/** criterionId → the ratings of respondents 0, 1, 2…; a shorter column leaves the later respondents unanswered. */
export type Columns = Record<string, readonly (AnswerValue | undefined)[]>;

export function answersOf(columns: Columns, departmentId?: string): RatedAnswer[] {
  const people = Math.max(0, ...Object.values(columns).map((c) => c.length));
  return Array.from({ length: people }, (_, i) => ({
    ...(departmentId !== undefined ? { departmentId } : {}),
    ratings: Object.fromEntries(
      Object.entries(columns).flatMap(([id, column]) => (column[i] === undefined ? [] : [[id, column[i]]])),
    ),
  }));
}

/** A closed earlier campaign with these customers' answers, as trends read it. */
export const earlier = (model: EvaluationModel, columns: Columns): HistoryEntry =>
  historyEntryOf(
    { id: 'before', period: '2025', closedAt: 1000 },
    model,
    aggregate(model, answersOf(columns)),
    false,
  );

export function resultsFor(
  model: EvaluationModel,
  customers: Columns,
  options: { selves?: Columns; history?: HistoryEntry[]; k?: number } = {},
): Results {
  return resultsOf({
    campaign: { id: 'now', period: '2026', closedAt: 2000 },
    model,
    departments: [{ id: 'd', name: { 'en-US': 'D', 'fr-FR': 'D' } }],
    portfolios: [],
    customers: answersOf(customers, 'd'),
    selves: answersOf(options.selves ?? {}),
    k: options.k ?? 5,
    kComments: 10,
    history: options.history ?? [],
  });
}
