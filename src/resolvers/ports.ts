import type { EvaluationModel } from '../domain/model';

/** A campaign as the survey needs it. The full campaign record grows with the campaign work. */
export interface CampaignSummary {
  id: string;
  name: string;
  period: string;
  modelId: string;
  modelVersion: number;
}

/** Storage, as the resolvers see it: implemented on @forge/kvs in src/adapters. */
export interface SurveyStore {
  currentCampaign(): Promise<CampaignSummary | undefined>;
  campaign(id: string): Promise<CampaignSummary | undefined>;
  model(id: string, version: number): Promise<EvaluationModel | undefined>;
}
