/**
 * results/comments: what customers wrote on one criterion, a page at a time, under the comments' own minimum group
 * size. Never who wrote it, nor (for the whole campaign) their group.
 */
import { resultsAccessOf } from '../../domain/results/access';
import {
  commentAccessOf,
  commentRefusal,
  commentsOf,
  effectiveThreshold,
  type VisibleComment,
} from '../../domain/results';
import type { Ports } from '../../ports';
import { BadCursorError } from '../../ports/storage';
import type { CommentsPageView } from '../../shared/contract/results';
import { fail, isFailure, issue, ok, type Result } from '../../shared/result';
import { campaignMissing } from '../common/guards';
import type { Request } from '../router';
import { buildResults } from './build';

/** A page of comments gathers at most this many, reading at most PAGES pages of 100 responses. */
const WANTED = 25;
const PAGES = 3;

/**
 * results/comments: the comments on one criterion (optionally one rating, optionally one group), for the roles the
 * campaign shares its results with, once closed; a page at a time. Round trips: the caller's roles and the
 * snapshot (to know which groups may show comments), then up to three pages of responses.
 */
export async function getComments(
  { payload, accountId, access }: Request<'results/comments'>,
  ports: Ports,
): Promise<Result<CommentsPageView>> {
  const [{ roles }, read] = await Promise.all([access(), ports.results.read(payload.campaignId)]);
  const { campaign } = read;
  if (!campaign) return campaignMissing();
  const allowed = resultsAccessOf(campaign, roles, accountId);
  if (allowed.kind === 'refused') {
    if (allowed.reason === 'not-entitled') return campaignMissing();
    return fail('FORBIDDEN', allowed.reason === 'not-closed' ? 'results.notClosed' : 'results.notShared');
  }
  // Customers see the overall and their department's figures, not what people wrote.
  if (allowed.kind !== 'full') return fail('FORBIDDEN', 'results.notShared');
  const snapshot = read.snapshot ?? (await buildResults(ports, campaign));
  const departments = campaign.audience.departments.map((d) => ({ id: d.id, name: d.name }));
  const refusal = commentRefusal(
    payload,
    commentAccessOf({
      departments,
      customers: snapshot.customers,
      k: effectiveThreshold(campaign.results.minGroupSize, 5),
      kComments: effectiveThreshold(campaign.results.minCommentGroupSize, 10),
    }),
  );
  if (refusal) return fail('FORBIDDEN', 'results.commentsHidden');
  const departmentIds = new Set(departments.map((d) => d.id));
  const comments: VisibleComment[] = [];
  let cursor = payload.cursor;
  for (let page = 0; page < PAGES && comments.length < WANTED; page += 1) {
    const read = await readPage(ports, campaign.id, cursor);
    if (isFailure(read)) return read;
    const submitted = read.responses.filter((r) => r.kind === 'customer' && r.status === 'submitted');
    comments.push(...commentsOf(submitted, payload, departmentIds));
    cursor = read.nextCursor;
    if (!cursor) break;
  }
  return ok(cursor ? { comments, nextCursor: cursor } : { comments });
}

/** The cursor is the browser's: one that storage refuses gets a typed error, not INTERNAL. */
async function readPage(ports: Pick<Ports, 'responses'>, campaignId: string, cursor: string | undefined) {
  try {
    return await ports.responses.page(campaignId, cursor);
  } catch (error) {
    if (error instanceof BadCursorError) {
      return fail('INVALID_PAYLOAD', 'results.badCursor', undefined, [issue('cursor', 'field.invalid')]);
    }
    throw error;
  }
}
