import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { ReviewStore } from '../ports/followup';
import { StoredRecordError, type WriteOutcome } from '../ports/storage';
import type { ReviewSnapshot } from '../shared/contract/followup';
import { conditionally } from './conditional';
import { KEYS } from './keys';

const PAGE = 100;
const MAX_PAGES = 100;

/**
 * A review freezes each action's title as it read then. Reviews recorded before actions had languages hold one
 * plain string: read as the English (default) text, like a version-1 action (records/action.ts).
 */
const reviewedTitleSchema = z.union([
  z.object({ 'en-US': z.string(), 'fr-FR': z.string().optional() }),
  z.string().transform((title) => ({ 'en-US': title })),
]);

const reviewSchema = z.object({
  id: z.string(),
  at: z.number(),
  by: z.object({ accountId: z.string(), displayName: z.string() }),
  comment: z.string(),
  progress: z.object({ selected: z.number(), created: z.number(), done: z.number(), overdue: z.number() }),
  actions: z.array(
    z.object({
      id: z.string(),
      title: reviewedTitleSchema,
      key: z.string().optional(),
      statusCategory: z.enum(['new', 'indeterminate', 'done']).optional(),
      statusName: z.string().optional(),
      dueDate: z.string().optional(),
      overdue: z.boolean(),
    }),
  ),
});

/** The plan's review snapshots: plain keys, listed by prefix. */
export class KvsReviewStore implements ReviewStore {
  add(campaignId: string, review: ReviewSnapshot): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs.set(
        KEYS.planReview(campaignId, review.at, review.id),
        { schemaVersion: 1, ...review },
        {
          keyPolicy: 'FAIL_IF_EXISTS',
        },
      ),
    );
  }

  async list(campaignId: string): Promise<ReviewSnapshot[]> {
    const found: ReviewSnapshot[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      let query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(KEYS.planReviewPrefix(campaignId)))
        .limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const { results, nextCursor } = await query.getMany();
      for (const { key, value } of results) {
        const parsed = reviewSchema.safeParse(value);
        if (!parsed.success) throw new StoredRecordError(key, 'review snapshot: broken shape');
        found.push(parsed.data);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return found.sort((a, b) => b.at - a.at);
  }
}
