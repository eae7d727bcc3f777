import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { EvaluationModel } from '../domain/model';
import type { CampaignSummary, SurveyStore } from '../resolvers/ports';
import { evaluationModelSchema } from '../shared/contract';
import { ENTITIES, KEYS } from './keys';

/** The campaign entity as stored (attributes declared in manifest.yml under app.storage.entities). */
const campaignRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  period: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  modelId: z.string(),
  modelVersion: z.number().int(),
  createdAt: z.number().int(),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;

/** Stored data is foreign data too: parse it, and treat a corrupt record as missing rather than trusting it. */
function parseOrUndefined<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const toSummary = (record: CampaignRecord): CampaignSummary => ({
  id: record.id,
  name: record.name,
  period: record.period,
  modelId: record.modelId,
  modelVersion: record.modelVersion,
});

export class KvsSurveyStore implements SurveyStore {
  async currentCampaign(): Promise<CampaignSummary | undefined> {
    const id = parseOrUndefined(z.string(), await kvs.get<string>(KEYS.currentCampaign));
    return id ? this.campaign(id) : undefined;
  }

  async campaign(id: string): Promise<CampaignSummary | undefined> {
    const record = parseOrUndefined(
      campaignRecordSchema,
      await kvs.entity<CampaignRecord>(ENTITIES.campaign).get(id),
    );
    return record ? toSummary(record) : undefined;
  }

  async model(id: string, version: number): Promise<EvaluationModel | undefined> {
    return parseOrUndefined(evaluationModelSchema, await kvs.get(KEYS.model(id, version)));
  }

  async saveModel(model: EvaluationModel): Promise<void> {
    await kvs.set(KEYS.model(model.id, model.version), model);
  }

  /** Writes the campaign and makes it current in one transaction. */
  async saveCurrentCampaign(record: CampaignRecord): Promise<void> {
    await kvs
      .transact()
      .set(record.id, record, { entityName: ENTITIES.campaign })
      .set(KEYS.currentCampaign, record.id)
      .execute();
  }
}
