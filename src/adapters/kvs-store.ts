import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { EvaluationModel } from '../domain/model';
import type { CampaignSummary, SurveyStore } from '../resolvers/ports';
import { KvsCampaignStore } from './campaign-store';
import { ENTITIES, KEYS } from './keys';
import { KvsModelStore } from './model-store';
import { parseOrUndefined, type CampaignRecord } from './records';

/**
 * Storage of survey/getModel, on top of the campaign and model stores. The current campaign
 * (`settings:current-campaign`) is the one opened last; campaign/open sets it in its transaction.
 */
export class KvsSurveyStore implements SurveyStore {
  constructor(
    private readonly campaigns = new KvsCampaignStore(),
    private readonly models = new KvsModelStore(),
  ) {}

  async currentCampaign(): Promise<CampaignSummary | undefined> {
    const id = parseOrUndefined(z.string(), await kvs.get<string>(KEYS.currentCampaign));
    return id ? this.campaign(id) : undefined;
  }

  campaign(id: string): Promise<CampaignSummary | undefined> {
    return this.campaigns.summary(id);
  }

  model(id: string, version: number): Promise<EvaluationModel | undefined> {
    return this.models.get(id, version);
  }

  /** Stores a model version as is (tests and the demo seed; the admin saves through model/save). */
  async saveModel(model: EvaluationModel): Promise<void> {
    await kvs.set(KEYS.model(model.id, model.version), model);
  }

  /** Makes a campaign the current one of survey/getModel (the demo seed; campaign/open does it itself). */
  async setCurrentCampaign(id: string): Promise<void> {
    await kvs.set(KEYS.currentCampaign, id);
  }

  /** Writes the campaign and makes it current in one transaction (tests and the demo seed). */
  async saveCurrentCampaign(record: CampaignRecord): Promise<void> {
    await kvs
      .transact()
      .set(record.id, record, { entityName: ENTITIES.campaign })
      .set(KEYS.currentCampaign, record.id)
      .execute();
  }
}
