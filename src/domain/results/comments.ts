/**
 * Which comments a results reader may see (issue 8, "comments browser"): for one criterion, optionally one rating,
 * for the whole campaign or for one group whose comments may be shown grouped (`Results.commentGroups`, at the
 * comments' own threshold, with complementary suppression). A comment never carries who wrote it, nor its group
 * when shown for the whole campaign (a small group's comment would be recognised by it). Pure data and functions.
 */
import type { AnswerValue } from '../survey';
import { groupOf } from './groups';

export interface CommentSource {
  departmentId?: string;
  answers: Readonly<Record<string, { value: AnswerValue; comment?: string }>>;
}

export interface CommentFilter {
  /** Absent: every criterion (an export). */
  criterionId?: string;
  rating?: AnswerValue;
  /** A group id as in `Results.departments`; absent for the whole campaign. */
  groupId?: string;
}

export interface VisibleComment {
  criterionId: string;
  rating: AnswerValue;
  text: string;
}

export type CommentRefusal = 'overall-hidden' | 'group-hidden';

/** Whether this filter may be shown at all, given what the results allow. */
export function commentRefusal(
  filter: Pick<CommentFilter, 'groupId'>,
  allowed: { overallComments: boolean; commentGroups: readonly string[] },
): CommentRefusal | undefined {
  if (!allowed.overallComments) return 'overall-hidden';
  if (filter.groupId !== undefined && !allowed.commentGroups.includes(filter.groupId)) return 'group-hidden';
  return undefined;
}

/** The comments of `sources` that match, in the order given, without their authors or groups. */
export function commentsOf(
  sources: readonly CommentSource[],
  filter: CommentFilter,
  departmentIds: ReadonlySet<string>,
): VisibleComment[] {
  const out: VisibleComment[] = [];
  for (const source of sources) {
    if (filter.groupId !== undefined && groupOf(departmentIds, source.departmentId) !== filter.groupId)
      continue;
    const ids =
      filter.criterionId === undefined
        ? Object.keys(source.answers)
        : Object.hasOwn(source.answers, filter.criterionId)
          ? [filter.criterionId]
          : [];
    for (const criterionId of ids) {
      const answer = source.answers[criterionId];
      const text = answer?.comment?.trim();
      if (!answer || !text) continue;
      if (filter.rating !== undefined && answer.value !== filter.rating) continue;
      out.push({ criterionId, rating: answer.value, text });
    }
  }
  return out;
}

const RATING_ORDER: Record<string, number> = { '1': 0, '2': 1, '3': 2, '4': 3, na: 4 };

/**
 * Comments in an order that says nothing of who wrote them: by criterion (the model's order), rating, then text.
 * In the order they were read a person's comments would sit together.
 */
export function orderComments(
  comments: readonly VisibleComment[],
  criterionIds: readonly string[],
): VisibleComment[] {
  const position = new Map(criterionIds.map((id, i) => [id, i]));
  const at = (c: VisibleComment) => position.get(c.criterionId) ?? criterionIds.length;
  return [...comments].sort(
    (a, b) =>
      at(a) - at(b) ||
      (RATING_ORDER[String(a.rating)] ?? 5) - (RATING_ORDER[String(b.rating)] ?? 5) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
}
