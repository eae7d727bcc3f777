/** The follow-up's review snapshots. */
import type { ReviewSnapshot } from '../shared/contract/followup';
import type { WriteOutcome } from './storage';

export interface ReviewStore {
  /** Adds a review under its own id; 'conflict' when a review with that id exists (nothing is replaced). */
  add(campaignId: string, review: ReviewSnapshot): Promise<WriteOutcome>;
  /** Newest first. */
  list(campaignId: string): Promise<ReviewSnapshot[]>;
}
