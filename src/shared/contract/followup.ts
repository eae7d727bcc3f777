/**
 * Following the plan up: the follow-up macro (the team's view, with review snapshots), the customers' commitments
 * view, and the Jira issue panel on each action's issue.
 */
import { z } from 'zod';
import type { CampaignStatus } from '../../domain/campaign';
import type { LocalizedText } from '../../domain/model';
import type { StatusCategory } from '../../domain/plan/follow-up';
import { LIMITS } from '../limits';
import { byCampaignSchema, emptySchema, idSchema, textSchema, type UserRef } from './common';
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
    title: string;
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

/** A commitment as customers read it: what, for which criteria, where it stands; no names, keys or reasons. */
export interface CommitmentView {
  id: string;
  title: string;
  description: string;
  criteria: { id: string; text: LocalizedText }[];
  status: 'planned' | 'inProgress' | 'done';
  dueDate?: string;
}

export interface CommitmentsView {
  campaign: { id: string; name: LocalizedText; period: string; status: CampaignStatus };
  commitments: CommitmentView[];
  progress: { total: number; done: number; inProgress: number; planned: number };
}

/** The panel on an action's Jira issue; `found: false` for any issue that is not one of the app's actions. */
export type IssuePanelView =
  | { found: false }
  | {
      found: true;
      campaign: { id: string; name: LocalizedText; period: string };
      action: { id: string; title: string };
      /** Scores only for those the campaign shares its results with; otherwise just the criteria. */
      criteria: {
        id: string;
        text: LocalizedText;
        score?: { n: number; mean: number | null; satisfaction: number | null };
      }[];
      scoresShown: boolean;
      weighing?: { value: number; voters: number };
      pageUrl?: string;
    };

export const followUpContract = {
  'followup/get': endpoint(byCampaignSchema).returns<FollowUpView>(),
  'followup/review': endpoint(reviewSchema).returns<ReviewSnapshot>(),
  'commitments/get': endpoint(byCampaignSchema).returns<CommitmentsView>(),
  /** The issue comes from the panel's context (checked against Jira as the user), never from the payload. */
  'issue-panel/get': endpoint(emptySchema).returns<IssuePanelView>(),
} as const;
