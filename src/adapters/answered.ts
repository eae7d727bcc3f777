/**
 * What every answer's transaction adds for its campaign (a survey answer, a supplier rating): the campaign still
 * open at the revision read, and the first answer marking it `answered`, which fixes its anonymity from then on.
 */
import { Filter, FilterConditions, type kvs } from '@forge/kvs';
import type { StoredCampaign } from '../ports/campaigns';
import { ENTITIES } from './keys';
import { toCampaignRecord, type CampaignRecord } from './records/campaign';

type Transaction = ReturnType<typeof kvs.transact>;

export function withCampaignStillOpen(transaction: Transaction, campaign: StoredCampaign): Transaction {
  const campaignIsStill = new Filter<CampaignRecord>()
    .and('revision', FilterConditions.equalTo(campaign.revision))
    .and('status', FilterConditions.equalTo('open'));
  return campaign.answered
    ? transaction.check<CampaignRecord>(campaign.id, {
        entityName: ENTITIES.campaign,
        conditions: campaignIsStill,
      })
    : transaction.set<CampaignRecord>(
        campaign.id,
        toCampaignRecord({ ...campaign, answered: true, revision: campaign.revision + 1 }),
        { entityName: ENTITIES.campaign, conditions: campaignIsStill },
      );
}
