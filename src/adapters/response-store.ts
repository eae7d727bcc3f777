/**
 * Survey responses in the `response` entity (attributes and indexes declared in manifest.yml).
 *
 * One item per person, campaign and kind, under a deterministic key, so a person can never hold two answers.
 * Every write is a transaction conditioned on the stored `revision` (absent for a creation), which makes the
 * last-writer-wins race of two tabs impossible: the stale one gets `false` and the resolver answers CONFLICT.
 */
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ResponseFact } from '../domain/participation';
import type { ResponseKind } from '../domain/response';
import type { ResponseFacts } from '../resolvers/ports';
import type { ResponseRef, ResponseStore, StoredResponse } from '../resolvers/survey';
import { answersSchema } from '../shared/contract';
import { conditionally, ENTITIES } from './keys';
import { parseOrUndefined } from './records';

/** Index names of the `response` entity (manifest.yml). */
export const RESPONSE_INDEXES = {
  byCampaign: 'by-campaign',
  byCampaignDepartment: 'by-campaign-department',
} as const;

/** The entity key: campaign, kind and respondent key (account id, or pseudonym in an anonymous campaign). */
export const responseKey = ({ campaignId, kind, respondentKey }: ResponseRef): string =>
  `${campaignId}:${kind}:${respondentKey}`;

const kindSchema = z.enum(['customer', 'self']) satisfies z.ZodType<ResponseKind>;

/** The stored record. Anonymous records carry no `updatedAt` and no `proxyBy` (see the resolver). */
export const responseRecordSchema = z.object({
  campaignId: z.string(),
  kind: kindSchema,
  respondentKey: z.string(),
  departmentId: z.string().optional(),
  status: z.enum(['draft', 'submitted']),
  answers: answersSchema,
  revision: z.number().int().positive(),
  updatedDay: z.string(),
  updatedAt: z.number().optional(),
  proxyBy: z.string().optional(),
}) satisfies z.ZodType<StoredResponse>;
export type ResponseRecord = z.infer<typeof responseRecordSchema>;

/** Only what participation needs: a record whose answers no longer parse still counts as an answer. */
const factSchema = z.object({
  kind: kindSchema,
  status: z.enum(['draft', 'submitted']),
  respondentKey: z.string(),
  departmentId: z.string().optional(),
});

/** Keeps undefined attributes out of the stored value (entity attributes are typed; absent is not null). */
function toRecord(response: StoredResponse): ResponseRecord {
  const record: ResponseRecord = {
    campaignId: response.campaignId,
    kind: response.kind,
    respondentKey: response.respondentKey,
    status: response.status,
    answers: response.answers,
    revision: response.revision,
    updatedDay: response.updatedDay,
  };
  if (response.departmentId !== undefined) record.departmentId = response.departmentId;
  if (response.updatedAt !== undefined) record.updatedAt = response.updatedAt;
  if (response.proxyBy !== undefined) record.proxyBy = response.proxyBy;
  return record;
}

const PAGE = 100;

export class KvsResponseStore implements ResponseStore, ResponseFacts {
  private readonly entity = kvs.entity<ResponseRecord>(ENTITIES.response);

  /** One round trip. A record that does not parse is treated as missing. */
  async get(ref: ResponseRef): Promise<StoredResponse | undefined> {
    return parseOrUndefined(responseRecordSchema, await this.entity.get(responseKey(ref)));
  }

  /** One round trip for up to 25 responses (a batch get), in the order asked. */
  async getMany(refs: readonly ResponseRef[]): Promise<(StoredResponse | undefined)[]> {
    if (refs.length === 0) return [];
    const keys = refs.map(responseKey);
    const { successfulKeys } = await kvs.batchGet<unknown>(
      keys.map((key) => ({ key, entityName: ENTITIES.response })),
    );
    const found = new Map(successfulKeys.map((item) => [item.key, item.value]));
    return keys.map((key) => parseOrUndefined(responseRecordSchema, found.get(key)));
  }

  /**
   * One round trip: writes `response` only if the stored revision is `expectedRevision` (0: only if nothing is
   * stored). Answers false when the condition failed, i.e. someone else wrote first.
   */
  async write(response: StoredResponse, expectedRevision: number): Promise<boolean> {
    const condition = new Filter<ResponseRecord>().and(
      'revision',
      expectedRevision === 0 ? FilterConditions.notExists() : FilterConditions.equalTo(expectedRevision),
    );
    const outcome = await conditionally(() =>
      kvs
        .transact()
        .set<ResponseRecord>(responseKey(response), toRecord(response), {
          entityName: ENTITIES.response,
          conditions: condition,
        })
        .execute(),
    );
    return outcome === 'written';
  }

  /** Every response of a campaign through the `by-campaign` index: one round trip per 100 responses. */
  async facts(campaignId: string): Promise<ResponseFact[]> {
    const facts: ResponseFact[] = [];
    let cursor: string | undefined;
    do {
      let query = this.entity
        .query()
        .index(RESPONSE_INDEXES.byCampaign, { partition: [campaignId] })
        .limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const { value } of page.results) {
        const fact = parseOrUndefined(factSchema, value);
        if (fact) facts.push(fact);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return facts;
  }

  /** One round trip: any response, draft or submitted, of either kind. */
  async hasAnswers(campaignId: string): Promise<boolean> {
    const page = await this.entity
      .query()
      .index(RESPONSE_INDEXES.byCampaign, { partition: [campaignId] })
      .limit(1)
      .getMany();
    return page.results.length > 0;
  }
}
