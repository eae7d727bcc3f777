/** The customers' view of the improvement plan: what Procurement committed to, and where it stands. */
import type { CampaignStatus } from '../../domain/campaigns';
import type { LocalizedText } from '../../domain/model';
import type { ActionText } from '../../domain/plan';
import { byCampaignSchema } from './common';
import { endpoint } from './endpoint';

/** A commitment as customers read it: what, for which criteria, where it stands; no names, keys or reasons. */
export interface CommitmentView {
  id: string;
  title: ActionText;
  description: ActionText;
  criteria: { id: string; text: LocalizedText }[];
  status: 'planned' | 'inProgress' | 'done';
  dueDate?: string;
  /** Its due date has passed and it is not done. */
  overdue: boolean;
}

export interface CommitmentsView {
  campaign: { id: string; name: LocalizedText; period: string; status: CampaignStatus };
  commitments: CommitmentView[];
  /** `overdue`: how many are late (not done, due date passed), among those planned and in progress. */
  progress: { total: number; done: number; inProgress: number; planned: number; overdue: number };
}

export const commitmentsContract = {
  'commitments/get': endpoint(byCampaignSchema).returns<CommitmentsView>(),
} as const;
