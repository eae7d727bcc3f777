/** Following the plan up: the follow-up macro (the team's view of the plan) and its review snapshots. */
import { z } from 'zod';
import type { StatusCategory } from '../../domain/followup';
import type { ActionText } from '../../domain/plan';
import { LIMITS } from '../limits';
import { byCampaignSchema, idSchema, textSchema, type UserRef } from './common';
import { endpoint } from './endpoint';
import type { PlanView } from './plan';

export const reviewSchema = z
  .object({ campaignId: idSchema, comment: textSchema({ min: 1, max: LIMITS.reviewComment }) })
  .strict();

/** The plan's state frozen at a periodic review, with the reviewers' comment. */
export interface ReviewSnapshot {
  id: string;
  at: number;
  by: UserRef;
  comment: string;
  progress: PlanView['progress'];
  actions: {
    id: string;
    /** As the team wrote it at the review, in both languages they gave. */
    title: ActionText;
    key?: string;
    statusCategory?: StatusCategory;
    statusName?: string;
    dueDate?: string;
    overdue: boolean;
  }[];
}

export interface FollowUpView {
  plan: PlanView;
  /** Newest first. */
  reviews: ReviewSnapshot[];
}

export const followUpContract = {
  'followup/get': endpoint(byCampaignSchema).returns<FollowUpView>(),
  'followup/review': endpoint(reviewSchema).returns<ReviewSnapshot>(),
} as const;
