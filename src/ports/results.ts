/**
 * Results are read from a snapshot written when a campaign closes (and rebuilt once reads have settled), so that
 * opening them costs the same few round trips whatever the number of respondents.
 */
import type { EvaluationModel } from '../domain/model';
import type { HistoryEntry, RatedAnswer } from '../domain/results';
import type { StoredCampaign } from './campaigns';

export interface ResultsSnapshot {
  campaignId: string;
  /** Epoch ms: a snapshot built soon after the close is rebuilt once storage reads have settled. */
  builtAt: number;
  /** The frozen criterion order the ratings were encoded in. */
  criterionIds: readonly string[];
  customers: readonly RatedAnswer[];
  selves: readonly RatedAnswer[];
  /** This campaign as later campaigns' trends see it. */
  entry: HistoryEntry;
  /** Campaigns closed before this one. */
  history: readonly HistoryEntry[];
}

export interface ResultsStore {
  /** One round trip (a batch get): the campaign and its snapshot, if built. */
  read(campaignId: string): Promise<{ campaign?: StoredCampaign; snapshot?: ResultsSnapshot }>;
  /**
   * One round trip (a batch get) for the second half of opening results: the frozen model version, and the earlier
   * campaigns of the snapshot's history (who may read their figures decides which trend points a reader sees).
   * Up to 24 campaigns a round trip.
   */
  context(
    model: { id: string; version: number },
    campaignIds: readonly string[],
  ): Promise<{ model?: EvaluationModel; campaigns: StoredCampaign[] }>;
  /** What trends need of earlier campaigns: their history entries (one round trip per 25). */
  entries(campaignIds: readonly string[]): Promise<HistoryEntry[]>;
  /** When the campaign's snapshot was built (one round trip), undefined if never. */
  builtAt(campaignId: string): Promise<number | undefined>;
  /** One transaction: the header and every shard, so a reader never sees half a snapshot. */
  write(snapshot: ResultsSnapshot): Promise<void>;
}
