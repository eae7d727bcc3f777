/**
 * Survey responses in the `response` entity (attributes and indexes declared in manifest.yml).
 *
 * One item per person, campaign and kind, under a deterministic key, so a person can never hold two answers.
 * Every write is a transaction conditioned on the stored `revision` (absent for a creation), which makes the
 * last-writer-wins race of two tabs impossible: the stale one gets `false` and the handler answers CONFLICT.
 */
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ResponseFact } from '../domain/participation';
import type { ResponseRef, ResponseStore, StoredResponse, WriteExpectation } from '../ports/survey';
import type { StoredCampaign } from '../ports/campaigns';
import { StoredRecordError } from '../ports/storage';
import { withCampaignStillOpen } from './answered';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES, KEYS } from './keys';
import { readRecord } from './records/record';
import {
  fromResponseRecord,
  RESPONSE_RECORD,
  toResponseRecord,
  type ResponseRecord,
} from './records/response';

/** Only what participation needs: a record whose answers no longer parse still counts as an answer. */
const factSchema = z.object({
  kind: z.enum(['customer', 'self']),
  status: z.enum(['draft', 'submitted']),
  respondentKey: z.string(),
  departmentId: z.string().optional(),
});

const PAGE = 100;

function responseCondition(expected: WriteExpectation): ReturnType<Filter<ResponseRecord>['and']> {
  const filter = new Filter<ResponseRecord>();
  if (expected.revision === 0) return filter.and('revision', FilterConditions.notExists());
  const atRevision = filter.and('revision', FilterConditions.equalTo(expected.revision));
  const notSubmitted = expected.notSubmitted
    ? atRevision.and('status', FilterConditions.notEqualTo('submitted'))
    : atRevision;
  return expected.proxyOnly ? notSubmitted.and('proxyBy', FilterConditions.exists()) : notSubmitted;
}

const where = (key: string) => `${ENTITIES.response}/${key}`;

export function parse(key: string, value: unknown): StoredResponse | undefined {
  const record = readRecord(RESPONSE_RECORD, where(key), value);
  return record && fromResponseRecord(record);
}

function factOf(key: string, value: unknown): ResponseFact {
  const parsed = factSchema.safeParse(value);
  if (!parsed.success)
    throw new StoredRecordError(where(key), 'response record has no kind, status or respondent');
  const { kind, status, respondentKey, departmentId } = parsed.data;
  return departmentId === undefined
    ? { kind, status, respondentKey }
    : { kind, status, respondentKey, departmentId };
}

export class KvsResponseStore implements ResponseStore {
  private readonly entity = kvs.entity<ResponseRecord>(ENTITIES.response);

  /** One round trip. */
  async get(ref: ResponseRef): Promise<StoredResponse | undefined> {
    const key = KEYS.response(ref);
    return parse(key, await this.entity.get(key));
  }

  /** One round trip for up to 25 responses (a batch get), in the order asked. */
  async getMany(refs: readonly ResponseRef[]): Promise<(StoredResponse | undefined)[]> {
    if (refs.length === 0) return [];
    const keys = refs.map(KEYS.response);
    const { successfulKeys } = await kvs.batchGet<unknown>(
      keys.map((key) => ({ key, entityName: ENTITIES.response })),
    );
    const found = new Map(successfulKeys.map((item) => [item.key, item.value]));
    return keys.map((key) => parse(key, found.get(key)));
  }

  /**
   * One round trip: one transaction that writes `response` only if the stored one meets `expected`, and only if
   * the campaign is still at the revision read and open. The campaign's first answer sets `answered` on the
   * campaign in the same transaction (which moves its revision: a concurrent change of anonymity then fails).
   */
  async write(
    response: StoredResponse,
    expected: WriteExpectation,
    campaign: StoredCampaign,
    settles?: string,
  ): Promise<boolean> {
    let transaction = kvs
      .transact()
      .set<ResponseRecord>(KEYS.response(response), toResponseRecord(response), {
        entityName: ENTITIES.response,
        conditions: responseCondition(expected),
      });
    transaction = withCampaignStillOpen(transaction, campaign);
    // The answer and the end of its invitation are one write: the banner never outlives a submitted answer.
    if (settles !== undefined && response.status === 'submitted')
      transaction = transaction.delete(KEYS.pending(campaign.id, settles), { entityName: ENTITIES.pending });
    return (await conditionally(() => transaction.execute())) === 'written';
  }

  /** What participation needs of every response: one round trip per 100 responses. */
  async facts(campaignId: string): Promise<ResponseFact[]> {
    return this.each(campaignId, factOf);
  }

  /** Every response, answers included: one round trip per 100 responses. */
  async all(campaignId: string): Promise<StoredResponse[]> {
    return this.each(campaignId, (key, value) => parse(key, value)!);
  }

  /** Every response of a campaign through the `by-campaign` index. */
  private async each<T>(campaignId: string, read: (key: string, value: unknown) => T): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      let query = this.entity
        .query()
        .index(INDEXES.responseByCampaign, { partition: [campaignId] })
        .limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const { key, value } of page.results) out.push(read(key, value));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  /** One round trip: any response, draft or submitted, of either kind. */
  async hasAnswers(campaignId: string): Promise<boolean> {
    const page = await this.entity
      .query()
      .index(INDEXES.responseByCampaign, { partition: [campaignId] })
      .limit(1)
      .getMany();
    return page.results.length > 0;
  }
}
