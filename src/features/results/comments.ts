/**
 * results/comments: what customers wrote on one criterion, a page at a time, under the comments' own minimum group
 * size. Never who wrote it, nor (for the whole campaign) their group.
 */
import { readAsCaller, thresholdsOf } from './policy';
import {
  commentAccessOf,
  commentCriteriaOf,
  commentRefusal,
  commentsOf,
  orderComments,
} from '../../domain/results';
import type { Ports } from '../../ports';
import type { CommentsPageView } from '../../shared/contract/results';
import { fail, isFailure, issue, ok, type Result } from '../../shared/result';
import type { Request } from '../router';
import { preparing, settledSnapshot } from './build';

/** Comments a page. */
const PAGE_SIZE = 50;

/**
 * results/comments: the comments on one criterion (optionally one rating, optionally one group; or every
 * criterion, for the export), for the roles the campaign shares its results with, once closed and settled.
 *
 * Every matching comment is gathered, then ordered by criterion, rating and text, and only then paged: in storage
 * order (by respondent key, the account id in a named campaign) a person's comments would sit together and could be
 * told apart, and a storage cursor would let a reader cut the list at any respondent. The cursor is an offset into
 * that order. Round trips: the caller's roles and the snapshot, then one per 100 responses.
 */
export async function getComments(
  { payload, accountId, access }: Request<'results/comments'>,
  ports: Ports,
): Promise<Result<CommentsPageView>> {
  const offset = offsetOf(payload.cursor);
  if (offset === undefined) return badCursor();
  const reader = await readAsCaller(ports, payload.campaignId, { accountId, access });
  if (isFailure(reader)) return reader;
  const { campaign } = reader;
  // Customers see the overall and their department's figures, not what people wrote.
  if (reader.allowed.kind !== 'full') return fail('FORBIDDEN', 'results.notShared');
  const snapshot = await settledSnapshot(ports, campaign, reader.stored);
  if (!snapshot) return preparing(ports, campaign);
  const departments = campaign.audience.departments.map((d) => ({ id: d.id, name: d.name }));
  const counted = { departments, customers: snapshot.customers, ...thresholdsOf(campaign) };
  if (commentRefusal(payload, commentAccessOf(counted))) return fail('FORBIDDEN', 'results.commentsHidden');
  // A comment says its rating: a criterion whose figures are hidden here keeps its comments too.
  const shown = commentCriteriaOf({ ...counted, criterionIds: snapshot.criterionIds }, payload.groupId);
  if (payload.criterionId !== undefined && !shown.has(payload.criterionId))
    return fail('FORBIDDEN', 'results.tooFewAnswers');
  const submitted = (await ports.responses.all(campaign.id)).filter(
    (r) => r.kind === 'customer' && r.status === 'submitted',
  );
  const ordered = orderComments(
    commentsOf(submitted, payload, new Set(departments.map((d) => d.id))).filter((c) =>
      shown.has(c.criterionId),
    ),
    snapshot.criterionIds,
  );
  if (offset > ordered.length) return badCursor();
  const end = offset + PAGE_SIZE;
  const comments = ordered.slice(offset, end);
  return ok(
    end < ordered.length
      ? { comments, total: ordered.length, nextCursor: String(end) }
      : { comments, total: ordered.length },
  );
}

const badCursor = () =>
  fail('INVALID_PAYLOAD', 'results.badCursor', undefined, [issue('cursor', 'field.invalid')]);

/** The browser's cursor: an offset, digits only; undefined when it is anything else. */
function offsetOf(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  return /^\d{1,7}$/.test(cursor) ? Number(cursor) : undefined;
}
