/** Campaign records. */
import type { Campaign } from '../domain/campaigns';
import type { EvaluationModel, ModelHead } from '../domain/model';
import type { WriteOutcome } from './storage';
import type { SupplierModelVersion } from './supplier-model';

/** A campaign as stored: the domain campaign and when it was created. */
export type StoredCampaign = Campaign & { createdAt: number };

export interface CampaignStore {
  read(id: string): Promise<StoredCampaign | undefined>;
  /** Every campaign, by period (oldest first). */
  list(): Promise<StoredCampaign[]>;
  /** Every campaign in one status (scheduled ones, for the hourly job). */
  withStatus(status: Campaign['status']): Promise<StoredCampaign[]>;
  /** Open campaigns whose closing day is before `today`. */
  dueForClose(today: string): Promise<StoredCampaign[]>;
  /** A new campaign: conflict if the id exists. */
  create(campaign: StoredCampaign): Promise<WriteOutcome>;
  /** Writes the campaign if it is still at `expectedRevision`. */
  update(campaign: StoredCampaign, expectedRevision: number): Promise<WriteOutcome>;
  /**
   * The campaign and its model head in one transaction (and the frozen version when it was only built in); the
   * supplier model's head and version likewise when the campaign evaluates suppliers.
   */
  open(
    campaign: StoredCampaign,
    expectedRevision: number,
    model: { head: ModelHead; expectedHeadRevision: number; materialize?: EvaluationModel },
    supplierModel?: { head: ModelHead; expectedHeadRevision: number; materialize?: SupplierModelVersion },
  ): Promise<WriteOutcome>;
}
