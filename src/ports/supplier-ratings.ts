/** Supplier ratings given in a campaign's "Suppliers you use" step: one per campaign, rater key and supplier. */
import type { SupplierRating } from '../domain/supplier-model';
import type { StoredCampaign } from './campaigns';
import type { WriteOutcome } from './storage';

export interface StoredSupplierRating extends SupplierRating {
  campaignId: string;
  status: 'draft' | 'submitted';
  /** Optimistic concurrency: 1 for the first write, +1 at each. */
  revision: number;
  /** Epoch ms; absent in anonymous campaigns, like survey answers (a time could tell raters apart). */
  updatedAt?: number;
  /** The buyer who entered it for the rater (proxy entry, a later step). */
  proxiedBy?: string;
}

/** A rating to write, and the revision it was read at (0: none stored yet). */
export interface RatingWrite {
  rating: StoredSupplierRating;
  expectedRevision: number;
}

export interface SupplierRatingStore {
  /** One rater's ratings in a campaign, by supplier id: one round trip per 100 ratings. */
  mine(campaignId: string, raterKey: string): Promise<StoredSupplierRating[]>;
  /** Every rating of a campaign, by supplier id (the scorecards' build at close): one round trip per 100. */
  all(campaignId: string): Promise<StoredSupplierRating[]>;
  /**
   * Up to 20 ratings in one transaction: each if still at its expected revision, all only if the campaign is
   * still open at the revision read (the campaign's first answer also marks it answered, fixing its anonymity).
   */
  save(writes: readonly RatingWrite[], campaign: StoredCampaign): Promise<WriteOutcome>;
}
