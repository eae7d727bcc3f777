/**
 * The rules of a "Suppliers you use" save (issue 17, item 3): what a batch of ratings may hold against the
 * campaign's frozen supplier model, and the ratings it writes. Pure: the handler reads, this decides.
 */
import { isCommentRequired, type SupplierAnswer, type SupplierRating } from '../supplier-model';
import type { SupplierStatus } from '../suppliers';

/** The most ratings one save carries (one transaction of the KVS holds 25 operations). */
export const MAX_RATINGS_PER_SAVE = 20;

/** One rating as the rater sends it, at the revision they read (0: new). */
export interface RatingEntry {
  supplierId: string;
  answers: Record<string, SupplierAnswer>;
  comments: Record<string, string>;
  revision: number;
  submit: boolean;
}

/** What a campaign froze of its supplier model when it opened. */
export interface FrozenSupplierQuestions {
  criterionIds: readonly string[];
  commentRequiredAtOrBelow: 0 | 1 | 2;
}

export type RatingReason =
  | 'supplierRatings.twice'
  | 'supplierRatings.unknownSupplier'
  | 'supplierRatings.unknownCriterion'
  | 'supplierRatings.incomplete'
  | 'supplierRatings.commentRequired';

export interface RatingProblem {
  path: string;
  reason: RatingReason;
  params?: Record<string, string>;
}

/** A rating as it will be stored: the domain rating, its status and next revision. */
export type PlannedRating = SupplierRating & { status: 'draft' | 'submitted'; revision: number };

/**
 * Why a batch cannot be saved, by path (`ratings.{i}...`): a supplier twice, answers or comments for criteria
 * the frozen model does not have, and on submit an unanswered criterion or a missing required comment.
 */
export function ratingProblems(
  entries: readonly RatingEntry[],
  questions: FrozenSupplierQuestions,
): RatingProblem[] {
  const problems: RatingProblem[] = [];
  const known = new Set(questions.criterionIds);
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `ratings.${i}`;
    if (seen.has(entry.supplierId))
      problems.push({ path: `${at}.supplierId`, reason: 'supplierRatings.twice' });
    seen.add(entry.supplierId);
    for (const [field, values] of [
      ['answers', entry.answers],
      ['comments', entry.comments],
    ] as const) {
      for (const id of Object.keys(values))
        if (!known.has(id))
          problems.push({ path: `${at}.${field}.${id}`, reason: 'supplierRatings.unknownCriterion' });
    }
    if (entry.submit) problems.push(...submitProblems(entry, questions, at));
  });
  return problems;
}

function submitProblems(entry: RatingEntry, questions: FrozenSupplierQuestions, at: string): RatingProblem[] {
  const problems: RatingProblem[] = [];
  for (const id of questions.criterionIds) {
    const answer = Object.hasOwn(entry.answers, id) ? entry.answers[id] : undefined;
    if (answer === undefined) {
      problems.push({ path: `${at}.answers.${id}`, reason: 'supplierRatings.incomplete' });
    } else if (isCommentRequired(questions, answer) && !hasText(entry.comments, id)) {
      problems.push({ path: `${at}.comments.${id}`, reason: 'supplierRatings.commentRequired' });
    }
  }
  return problems;
}

const hasText = (comments: Record<string, string>, id: string): boolean =>
  Object.hasOwn(comments, id) && comments[id]!.trim() !== '';

/** Only suppliers of the register that are still in use (not archived) can be rated. */
export function supplierProblems(
  entries: readonly Pick<RatingEntry, 'supplierId'>[],
  statusOf: (supplierId: string) => SupplierStatus | undefined,
): RatingProblem[] {
  return entries.flatMap(({ supplierId }, i) => {
    const status = statusOf(supplierId);
    return status === undefined || status === 'archived'
      ? [{ path: `ratings.${i}.supplierId`, reason: 'supplierRatings.unknownSupplier' as const }]
      : [];
  });
}

/** The ratings a valid batch writes: empty comments dropped, the status asked for, the next revision. */
export function plannedRatings(
  entries: readonly RatingEntry[],
  rater: { raterKey: string; departmentId: string | null },
): PlannedRating[] {
  return entries.map((entry) => ({
    supplierId: entry.supplierId,
    raterKey: rater.raterKey,
    departmentId: rater.departmentId,
    answers: { ...entry.answers },
    comments: Object.fromEntries(Object.entries(entry.comments).filter(([, text]) => text.trim() !== '')),
    status: entry.submit ? 'submitted' : 'draft',
    revision: entry.revision + 1,
  }));
}
