import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import type { Campaign } from '../domain/campaign';
import type { EvaluationModel } from '../domain/model';
import type { ModelHead } from '../domain/model-versions';
import type { CampaignStore, StoredCampaign } from '../resolvers/admin';
import type { CampaignReader, CampaignSummary } from '../resolvers/ports';
import { CAMPAIGN_INDEXES, conditionally, ENTITIES, KEYS, type WriteOutcome } from './keys';
import { headIsStill } from './model-store';
import { campaignRecordSchema, parseOrUndefined, toCampaign, type CampaignRecord } from './records';

const PAGE = 100;
/** A safety net against a corrupt cursor loop: 50 pages of 100 campaigns is far beyond a yearly cycle. */
const MAX_PAGES = 50;

const toStored = (record: CampaignRecord): StoredCampaign => ({
  ...toCampaign(record),
  createdAt: record.createdAt,
});
const toRecord = (campaign: StoredCampaign): CampaignRecord => ({ scope: 'app', ...campaign });

const stillAt = (revision: number) =>
  new Filter<CampaignRecord>().and('revision', FilterConditions.equalTo(revision));

/** Campaigns as `campaign` entities (key = campaign id), listed through the `by-scope-period` index. */
export class KvsCampaignStore implements CampaignReader, CampaignStore {
  private readonly campaigns = () => kvs.entity<CampaignRecord>(ENTITIES.campaign);

  async read(id: string): Promise<StoredCampaign | undefined> {
    const record = parseOrUndefined(campaignRecordSchema, await this.campaigns().get(id));
    return record ? toStored(record) : undefined;
  }

  async get(id: string): Promise<Campaign | undefined> {
    const stored = await this.read(id);
    if (!stored) return undefined;
    const { createdAt: _createdAt, ...campaign } = stored;
    return campaign;
  }

  /** What survey/getModel needs of a campaign. */
  async summary(id: string): Promise<CampaignSummary | undefined> {
    const stored = await this.read(id);
    return (
      stored && {
        id: stored.id,
        name: stored.name,
        period: stored.period,
        modelId: stored.modelId,
        modelVersion: stored.modelVersion,
      }
    );
  }

  /** Every campaign, by period: one round trip per 100 campaigns. Corrupt records are left out. */
  async list(): Promise<StoredCampaign[]> {
    return this.pages((cursor) => {
      const query = this.campaigns()
        .query()
        .index(CAMPAIGN_INDEXES.byScopePeriod, { partition: ['app'] })
        .limit(PAGE);
      return (cursor ? query.cursor(cursor) : query).getMany();
    });
  }

  /** Open campaigns whose closing day is before `today` (YYYY-MM-DD), through the `by-status-closes` index. */
  async dueForClose(today: string): Promise<StoredCampaign[]> {
    return this.pages((cursor) => {
      const query = this.campaigns()
        .query()
        .index(CAMPAIGN_INDEXES.byStatusCloses, { partition: ['open'] })
        .where(WhereConditions.lessThan(today))
        .limit(PAGE);
      return (cursor ? query.cursor(cursor) : query).getMany();
    });
  }

  /** A new campaign: refused (conflict) if the id exists. */
  create(campaign: StoredCampaign): Promise<WriteOutcome> {
    return conditionally(() =>
      this.campaigns().set(campaign.id, toRecord(campaign), { keyPolicy: 'FAIL_IF_EXISTS' }),
    );
  }

  /** Writes the campaign if it is still at `expectedRevision`. */
  update(campaign: StoredCampaign, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .set<CampaignRecord>(campaign.id, toRecord(campaign), {
          entityName: ENTITIES.campaign,
          conditions: stillAt(expectedRevision),
        })
        .execute(),
    );
  }

  /**
   * Opens a campaign in one transaction: the campaign (still at `expectedRevision`), the model head marking the
   * frozen version in use (still at its revision), the frozen version itself when it was only built in, and the
   * current campaign of survey/getModel.
   */
  open(
    campaign: StoredCampaign,
    expectedRevision: number,
    model: { head: ModelHead; expectedHeadRevision: number; materialize?: EvaluationModel },
  ): Promise<WriteOutcome> {
    let transaction = kvs
      .transact()
      .set<CampaignRecord>(campaign.id, toRecord(campaign), {
        entityName: ENTITIES.campaign,
        conditions: stillAt(expectedRevision),
      })
      .set<ModelHead>(model.head.modelId, model.head, {
        entityName: ENTITIES.modelHead,
        conditions: headIsStill(model.expectedHeadRevision),
      })
      .set(KEYS.currentCampaign, campaign.id);
    if (model.materialize)
      transaction = transaction.set(
        KEYS.model(model.materialize.id, model.materialize.version),
        model.materialize,
      );
    return conditionally(() => transaction.execute());
  }

  private async pages(
    fetch: (cursor: string | undefined) => Promise<{ results: { value: unknown }[]; nextCursor?: string }>,
  ): Promise<StoredCampaign[]> {
    const found: StoredCampaign[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { results, nextCursor } = await fetch(cursor);
      for (const { value } of results) {
        const record = parseOrUndefined(campaignRecordSchema, value);
        if (record) found.push(toStored(record));
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return found;
  }
}
