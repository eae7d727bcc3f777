/** Results: a closed campaign's scores, gaps, trends and breakdowns, under the minimum group size. */
import type { CampaignStatus } from '../../domain/campaigns';
import type { EvaluationModel, LocalizedText } from '../../domain/model';
import type { Results, VisibleComment } from '../../domain/results';
import { z } from 'zod';
import { LIMITS } from '../limits';
import { byCampaignSchema, idSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

/** What a customer of the audience sees: the overall, its trends, and their own department's row. */
export type CustomerResults = Pick<Results, 'thresholds' | 'overall' | 'trends' | 'departments'>;

interface ResultsHead {
  campaign: {
    id: string;
    name: LocalizedText;
    period: string;
    status: CampaignStatus;
    anonymous: boolean;
    /** The day (UTC) it was really closed. */
    closedOn?: string;
  };
  /** The model version the campaign froze: sections, criteria and their texts. */
  model: EvaluationModel;
  /** People invited to answer: the response rate's denominator. */
  invited: number;
  /** When the figures were built (epoch ms). */
  builtAt: number;
}

/**
 * `full`: the roles the campaign shares its results with. `customer`: a customer of the audience, who sees the
 * overall and their own department only (no portfolios, heatmap, self-assessment, gaps or comments).
 */
export type ResultsView = ResultsHead &
  (
    | { scope: 'full'; results: Results; /** The portfolios' buyers, by name. */ buyers: UserRef[] }
    | { scope: 'customer'; results: CustomerResults }
  );

export const commentsQuerySchema = z
  .object({
    campaignId: idSchema,
    /** Absent: every criterion's comments (what the comments export reads). */
    criterionId: idSchema.optional(),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('na')]).optional(),
    /** A group id of `Results.departments` (the buckets start with `_`). */
    groupId: z
      .string()
      .max(LIMITS.id)
      .regex(/^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/, 'is not a group id')
      .optional(),
    /** The previous page's `nextCursor`, as it was sent (an offset into the ordered comments). */
    cursor: z.string().min(1).max(LIMITS.cursor).optional(),
  })
  .strict();

export interface CommentsPageView {
  /** Ordered by criterion, rating and text: never in an order that groups one person's comments. */
  comments: VisibleComment[];
  /** How many comments match, on every page. */
  total: number;
  /** More comments follow: ask again with it. */
  nextCursor?: string;
}

export const resultsContract = {
  'results/get': endpoint(byCampaignSchema).returns<ResultsView>(),
  'results/comments': endpoint(commentsQuerySchema).returns<CommentsPageView>(),
} as const;
