/** The follow-up's review snapshots. */
import type { ReviewSnapshot } from '../shared/contract/followup';

export interface ReviewStore {
  add(campaignId: string, review: ReviewSnapshot): Promise<void>;
  /** Newest first. */
  list(campaignId: string): Promise<ReviewSnapshot[]>;
}
