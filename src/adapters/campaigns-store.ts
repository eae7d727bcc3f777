import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import type { EvaluationModel, ModelHead } from '../domain/model';
import type { WriteOutcome } from '../ports/storage';
import type { CampaignStore, StoredCampaign } from '../ports/campaigns';
import type { SupplierModelVersion } from '../ports/supplier-model';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES, KEYS } from './keys';
import { headIsStill } from './model-store';
import {
  CAMPAIGN_RECORD,
  fromCampaignRecord,
  toCampaignRecord,
  type CampaignRecord,
} from './records/campaign';
import { toModelHeadRecord, toModelRecord, type ModelHeadRecord } from './records/model';
import { readRecord } from './records/record';
import { toSupplierModelRecord } from './records/supplier-model';

const PAGE = 100;
/** A safety net against a corrupt cursor loop: 50 pages of 100 campaigns is far beyond a yearly cycle. */
const MAX_PAGES = 50;

const stillAt = (revision: number) =>
  new Filter<CampaignRecord>().and('revision', FilterConditions.equalTo(revision));

export const parse = (key: string, value: unknown): StoredCampaign | undefined => {
  const record = readRecord(CAMPAIGN_RECORD, `${ENTITIES.campaign}/${key}`, value);
  return record && fromCampaignRecord(record);
};

/** Campaigns as `campaign` entities (key = campaign id), listed through the `by-scope-period` index. */
export class KvsCampaignStore implements CampaignStore {
  private readonly campaigns = () => kvs.entity<CampaignRecord>(ENTITIES.campaign);

  async read(id: string): Promise<StoredCampaign | undefined> {
    return parse(id, await this.campaigns().get(id));
  }

  /** Every campaign, by period: one round trip per 100 campaigns. */
  async list(): Promise<StoredCampaign[]> {
    return this.pages((cursor) => {
      const query = this.campaigns()
        .query()
        .index(INDEXES.campaignByScopePeriod, { partition: ['app'] })
        .limit(PAGE);
      return (cursor ? query.cursor(cursor) : query).getMany();
    });
  }

  /** Every campaign in `status`, through the `by-status-closes` index. */
  async withStatus(status: StoredCampaign['status']): Promise<StoredCampaign[]> {
    return this.pages((cursor) => {
      const query = this.campaigns()
        .query()
        .index(INDEXES.campaignByStatusCloses, { partition: [status] })
        .limit(PAGE);
      return (cursor ? query.cursor(cursor) : query).getMany();
    });
  }

  /** Open campaigns whose closing day is before `today` (YYYY-MM-DD), through the `by-status-closes` index. */
  async dueForClose(today: string): Promise<StoredCampaign[]> {
    return this.pages((cursor) => {
      const query = this.campaigns()
        .query()
        .index(INDEXES.campaignByStatusCloses, { partition: ['open'] })
        .where(WhereConditions.lessThan(today))
        .limit(PAGE);
      return (cursor ? query.cursor(cursor) : query).getMany();
    });
  }

  create(campaign: StoredCampaign): Promise<WriteOutcome> {
    return conditionally(() =>
      this.campaigns().set(campaign.id, toCampaignRecord(campaign), { keyPolicy: 'FAIL_IF_EXISTS' }),
    );
  }

  update(campaign: StoredCampaign, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .set<CampaignRecord>(campaign.id, toCampaignRecord(campaign), {
          entityName: ENTITIES.campaign,
          conditions: stillAt(expectedRevision),
        })
        .execute(),
    );
  }

  /**
   * Opens a campaign in one transaction: the campaign (still at `expectedRevision`), the model head marking the
   * frozen version in use (still at its revision), and the frozen version itself when it was only built in; the
   * supplier model's head and version the same way when the campaign evaluates suppliers.
   */
  open(
    campaign: StoredCampaign,
    expectedRevision: number,
    model: { head: ModelHead; expectedHeadRevision: number; materialize?: EvaluationModel },
    supplierModel?: { head: ModelHead; expectedHeadRevision: number; materialize?: SupplierModelVersion },
  ): Promise<WriteOutcome> {
    let transaction = kvs
      .transact()
      .set<CampaignRecord>(campaign.id, toCampaignRecord(campaign), {
        entityName: ENTITIES.campaign,
        conditions: stillAt(expectedRevision),
      })
      .set<ModelHeadRecord>(model.head.modelId, toModelHeadRecord(model.head), {
        entityName: ENTITIES.modelHead,
        conditions: headIsStill(model.expectedHeadRevision),
      });
    if (model.materialize) {
      transaction = transaction.set(
        KEYS.model(model.materialize.id, model.materialize.version),
        toModelRecord(model.materialize),
      );
    }
    if (supplierModel) {
      transaction = transaction.set<ModelHeadRecord>(
        KEYS.supplierModelHead(supplierModel.head.modelId),
        toModelHeadRecord(supplierModel.head),
        { entityName: ENTITIES.modelHead, conditions: headIsStill(supplierModel.expectedHeadRevision) },
      );
      const version = supplierModel.materialize;
      if (version)
        transaction = transaction.set(
          KEYS.supplierModel(version.model.id, version.model.version),
          toSupplierModelRecord(version),
        );
    }
    return conditionally(() => transaction.execute());
  }

  private async pages(
    fetch: (
      cursor: string | undefined,
    ) => Promise<{ results: { key: string; value: unknown }[]; nextCursor?: string }>,
  ): Promise<StoredCampaign[]> {
    const found: StoredCampaign[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { results, nextCursor } = await fetch(cursor);
      for (const { key, value } of results) {
        const campaign = parse(key, value);
        if (campaign) found.push(campaign);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return found;
  }
}
