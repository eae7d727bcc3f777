/** Participation: who answered, per department and portfolio, under the anonymity threshold. */
import type { LocalizedText } from '../../domain/model';
import { byCampaignSchema, type UserRef } from './common';
import { endpoint } from './endpoint';

/**
 * One group of a participation breakdown: its rate, or, below the anonymity threshold (anonymous campaigns), only
 * its invited count with `hidden: true` and no responded count ("below threshold", never 0).
 */
export type GroupRateView =
  | { invited: number; responded: number; hidden?: undefined }
  | { invited: number; responded: null; hidden: true };

export interface ParticipationView {
  campaignId: string;
  anonymous: boolean;
  /** In an anonymous campaign of fewer invited people than the threshold, hidden like any group. */
  overall: GroupRateView;
  /** The minimum group size (invited people) under which a breakdown row is hidden: anonymous campaigns only. */
  threshold: number | null;
  departments: ({ id: string; name: LocalizedText } & GroupRateView)[];
  /** People invited but not listed in any department, in a row of their own: named campaigns only, else null. */
  unlisted: { invited: number; responded: number } | null;
  portfolios: ({
    buyer: UserRef;
    /** Who has not answered yet: named campaigns and the campaign's own team only (else null). */
    pending: UserRef[] | null;
  } & GroupRateView)[];
  /** What the buyer's reminder links to (the UI words the reminder in the reader's language). */
  reminder: { pageUrl: string | null };
  /**
   * The page banner's reminders sent by buyers: how many in all, and in named campaigns for the team, who received
   * how many and the last one's day and sender (null otherwise: in an anonymous campaign only counts are told).
   */
  reminders: { sent: number; people: number; byPerson: RemindedView[] | null };
}

export interface RemindedView {
  accountId: string;
  count: number;
  /** The last reminder: when (epoch ms) and by which buyer. */
  lastAt: number;
  lastBy: UserRef;
}

export const participationContract = {
  'participation/get': endpoint(byCampaignSchema).returns<ParticipationView>(),
} as const;
