/**
 * The customers' weighing of candidate actions: each splits 100 points over the candidates the team put to them,
 * in the survey macro of the campaign (same page, binding and audience rules as the survey).
 */
import { z } from 'zod';
import type { LocalizedText } from '../../domain/model';
import type { ActionText } from '../../domain/plan';
import { LIMITS } from '../limits';
import { actionIdSchema, byCampaignSchema, daySchema, idSchema } from './common';
import { endpoint } from './endpoint';

export const ballotSchema = z
  .object({
    campaignId: idSchema,
    /** Points by action id; zeros may be left in. The total must be exactly 100. */
    points: z
      .record(actionIdSchema, z.number())
      .refine((points) => Object.keys(points).length <= LIMITS.actions, {
        message: 'has too many actions',
        params: { reason: 'field.tooBig' },
      }),
  })
  .strict();

export const openWeighingSchema = z.object({ campaignId: idSchema, closesOn: daySchema }).strict();

export type WeighingStatus = 'notOpen' | 'open' | 'closed';

/** A candidate as customers see it: the team's text and the criteria it answers, no owner, no Jira. */
export interface CandidateView {
  id: string;
  title: ActionText;
  description: ActionText;
  criteria: { id: string; text: LocalizedText }[];
}

export interface WeighingView {
  campaign: { id: string; name: LocalizedText; period: string };
  status: WeighingStatus;
  /** The last day customers can weigh (UTC). */
  closesOn?: string;
  candidates: CandidateView[];
  /** The caller's own ballot, when they cast one (they can change it while the weighing is open). */
  myBallot?: Record<string, number>;
}

/** The weighing's outcome as the team reads it in the plan. */
export interface WeighingSummary {
  status: WeighingStatus;
  closesOn?: string;
  /** Ballots cast. */
  ballots: number;
  /**
   * The actions put to the customers when the round opened (none before): while the round is open their text is
   * what customers weigh, so the plan refuses to edit or delete them (`plan.inWeighing`).
   */
  candidateIds: string[];
  /** The campaign's minimum group size (k): values show only from this many ballots. */
  minimumGroup: number;
  /** Fewer ballots than the campaign's minimum group size: values are hidden (one ballot is one person). */
  suppressed: boolean;
  /** By action id: mean points per voter (0–100), voters, supporters (> 0 points), rank (1 = most valued). */
  values: Record<string, { value: number; voters: number; supporters: number; rank: number }>;
}

export const weighingContract = {
  'weighing/get': endpoint(byCampaignSchema).returns<WeighingView>(),
  'weighing/submit': endpoint(ballotSchema).returns<WeighingView>(),
  'weighing/open': endpoint(openWeighingSchema).returns<WeighingSummary>(),
  'weighing/close': endpoint(byCampaignSchema).returns<WeighingSummary>(),
} as const;
