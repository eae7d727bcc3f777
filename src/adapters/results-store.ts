/**
 * Results snapshots as plain KVS keys (records/results.ts): the header and its shards are written in one
 * transaction and read with the campaign in one batch get.
 */
import { kvs } from '@forge/kvs';
import type { EvaluationModel } from '../domain/model';
import type { HistoryEntry } from '../domain/results';
import type { ResultsSnapshot, ResultsStore } from '../ports/results';
import type { StoredCampaign } from '../ports/campaigns';
import { ENTITIES, KEYS } from './keys';
import { CAMPAIGN_RECORD, fromCampaignRecord } from './records/campaign';
import { fromModelRecord, MODEL_RECORD } from './records/model';
import { readRecord } from './records/record';
import {
  fromResultsRecords,
  RESULTS_HEADER,
  RESULTS_SHARD,
  SHARDS,
  toResultsRecords,
  type ResultsShardRecord,
} from './records/results';

const BATCH = 25;
const shardKeys = (campaignId: string) =>
  Array.from({ length: SHARDS }, (_, i) => KEYS.resultsShard(campaignId, i));

export class KvsResultsStore implements ResultsStore {
  async read(campaignId: string): Promise<{ campaign?: StoredCampaign; snapshot?: ResultsSnapshot }> {
    const headerKey = KEYS.resultsHeader(campaignId);
    const keys = shardKeys(campaignId);
    const { successfulKeys } = await kvs.batchGet<unknown>([
      { key: campaignId, entityName: ENTITIES.campaign },
      { key: headerKey },
      ...keys.map((key) => ({ key })),
    ]);
    const values = new Map(
      successfulKeys.map((item) => [`${item.entityName ?? ''}/${item.key}`, item.value]),
    );
    const campaignRecord = readRecord(
      CAMPAIGN_RECORD,
      `${ENTITIES.campaign}/${campaignId}`,
      values.get(`${ENTITIES.campaign}/${campaignId}`),
    );
    const campaign = campaignRecord && fromCampaignRecord(campaignRecord);
    const header = readRecord(RESULTS_HEADER, headerKey, values.get(`/${headerKey}`));
    if (!header) return campaign ? { campaign } : {};
    const shards = keys.map(
      (key): ResultsShardRecord =>
        readRecord(RESULTS_SHARD, key, values.get(`/${key}`)) ?? { schemaVersion: 1, rows: [] },
    );
    const snapshot = fromResultsRecords(header, shards);
    return campaign ? { campaign, snapshot } : { snapshot };
  }

  async context(
    model: { id: string; version: number },
    campaignIds: readonly string[],
  ): Promise<{ model?: EvaluationModel; campaigns: StoredCampaign[] }> {
    const modelKey = KEYS.model(model.id, model.version);
    const campaigns: StoredCampaign[] = [];
    let found: EvaluationModel | undefined;
    for (let i = 0; i === 0 || i < campaignIds.length; i += BATCH - 1) {
      const ids = campaignIds.slice(i, i + BATCH - 1);
      const { successfulKeys } = await kvs.batchGet<unknown>([
        ...(i === 0 ? [{ key: modelKey }] : []),
        ...ids.map((key) => ({ key, entityName: ENTITIES.campaign })),
      ]);
      for (const item of successfulKeys) {
        if (item.entityName === ENTITIES.campaign) {
          const record = readRecord(CAMPAIGN_RECORD, `${ENTITIES.campaign}/${item.key}`, item.value);
          if (record) campaigns.push(fromCampaignRecord(record));
        } else if (item.key === modelKey) {
          const record = readRecord(MODEL_RECORD, modelKey, item.value);
          if (record) found = fromModelRecord(record);
        }
      }
    }
    return found ? { model: found, campaigns } : { campaigns };
  }

  async entries(campaignIds: readonly string[]): Promise<HistoryEntry[]> {
    const entries: HistoryEntry[] = [];
    for (let i = 0; i < campaignIds.length; i += BATCH) {
      const keys = campaignIds.slice(i, i + BATCH).map(KEYS.resultsHeader);
      const { successfulKeys } = await kvs.batchGet<unknown>(keys.map((key) => ({ key })));
      const found = new Map(successfulKeys.map((item) => [item.key, item.value]));
      for (const key of keys) {
        const header = readRecord(RESULTS_HEADER, key, found.get(key));
        if (header) entries.push(header.entry);
      }
    }
    return entries;
  }

  async builtAt(campaignId: string): Promise<number | undefined> {
    const key = KEYS.resultsHeader(campaignId);
    return readRecord(RESULTS_HEADER, key, await kvs.get<unknown>(key))?.builtAt;
  }

  async write(snapshot: ResultsSnapshot): Promise<void> {
    const { header, shards } = toResultsRecords(snapshot);
    let transaction = kvs.transact().set(KEYS.resultsHeader(snapshot.campaignId), header);
    shards.forEach((shard, i) => {
      transaction = transaction.set(KEYS.resultsShard(snapshot.campaignId, i), shard);
    });
    await transaction.execute();
  }
}
