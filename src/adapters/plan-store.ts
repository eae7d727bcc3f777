import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { PlanRecord, Ballot } from '../domain/weighing';
import type { PlanStore, StoredBallot } from '../ports/plan';
import type { WriteOutcome } from '../ports/storage';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES, KEYS } from './keys';
import { readRecord, type RecordKind } from './records/record';

const PAGE = 100;
const MAX_PAGES = 100;

const roundSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('notOpen') }),
  z.object({
    status: z.literal('open'),
    closesOn: z.string(),
    candidateIds: z.array(z.string()),
    openedAt: z.number(),
    openedBy: z.string(),
  }),
  z.object({
    status: z.literal('closed'),
    closesOn: z.string(),
    candidateIds: z.array(z.string()),
    openedAt: z.number(),
    openedBy: z.string(),
    closedAt: z.number(),
  }),
]);

/** `weighingStatus` repeats the round's status as a plain attribute: ballots are written on condition of it. */
const planRecordSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  weighing: roundSchema,
  weighingStatus: z.enum(['notOpen', 'open', 'closed']),
  revision: z.number().int(),
});
type PlanEntity = z.infer<typeof planRecordSchema>;
const PLAN_RECORD: RecordKind<PlanEntity> = {
  name: 'plan',
  version: 1,
  schema: planRecordSchema,
  migrations: {},
};

const ballotRecordSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  voterKey: z.string(),
  points: z.record(z.string(), z.number()),
  revision: z.number().int(),
});
type BallotEntity = z.infer<typeof ballotRecordSchema>;
const BALLOT_RECORD: RecordKind<BallotEntity> = {
  name: 'ballot',
  version: 1,
  schema: ballotRecordSchema,
  migrations: {},
};

/** Still at `revision`; 0 means not stored yet. */
const revisionIs = <T extends { revision: number }>(revision: number) =>
  revision === 0
    ? new Filter<T>().and('revision', FilterConditions.notExists())
    : new Filter<T>().and('revision', FilterConditions.equalTo(revision));

const toBallot = (entity: BallotEntity): Ballot => ({
  allocations: Object.entries(entity.points)
    .filter(([, points]) => points > 0)
    .map(([actionId, points]) => ({ actionId, points })),
});

/**
 * The plan record and the weighing's ballots (entities): a ballot and the plan's round are written in one
 * transaction, so both live in this store.
 */
export class KvsPlanStore implements PlanStore {
  private readonly plans = () => kvs.entity<PlanEntity>(ENTITIES.plan);
  private readonly ballotEntities = () => kvs.entity<BallotEntity>(ENTITIES.ballot);

  async read(campaignId: string): Promise<PlanRecord | undefined> {
    const record = readRecord(
      PLAN_RECORD,
      `${ENTITIES.plan}/${campaignId}`,
      await this.plans().get(campaignId),
    );
    return record && { campaignId: record.campaignId, weighing: record.weighing, revision: record.revision };
  }

  write(plan: PlanRecord, expectedRevision: number): Promise<WriteOutcome> {
    const conditions = revisionIs<PlanEntity>(expectedRevision);
    return conditionally(() =>
      kvs
        .transact()
        .set<PlanEntity>(
          plan.campaignId,
          {
            schemaVersion: 1,
            campaignId: plan.campaignId,
            weighing: plan.weighing,
            weighingStatus: plan.weighing.status,
            revision: plan.revision,
          },
          { entityName: ENTITIES.plan, conditions },
        )
        .execute(),
    );
  }

  async ballot(campaignId: string, voterKey: string): Promise<StoredBallot | undefined> {
    const key = KEYS.ballot(campaignId, voterKey);
    const record = readRecord(
      BALLOT_RECORD,
      `${ENTITIES.ballot}/${key}`,
      await this.ballotEntities().get(key),
    );
    return record && { campaignId, voterKey, points: record.points, revision: record.revision };
  }

  castBallot(ballot: StoredBallot, plan: PlanRecord): Promise<WriteOutcome> {
    const ballotIsStill = revisionIs<BallotEntity>(ballot.revision - 1);
    const planIsStill = new Filter<PlanEntity>()
      .and('revision', FilterConditions.equalTo(plan.revision))
      .and('weighingStatus', FilterConditions.equalTo('open'));
    return conditionally(() =>
      kvs
        .transact()
        .set<BallotEntity>(
          KEYS.ballot(ballot.campaignId, ballot.voterKey),
          { schemaVersion: 1, ...ballot },
          { entityName: ENTITIES.ballot, conditions: ballotIsStill },
        )
        .check<PlanEntity>(plan.campaignId, { entityName: ENTITIES.plan, conditions: planIsStill })
        .execute(),
    );
  }

  async ballots(campaignId: string): Promise<Ballot[]> {
    const found: Ballot[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query = this.ballotEntities()
        .query()
        .index(INDEXES.ballotByCampaign, { partition: [campaignId] })
        .limit(PAGE);
      const { results, nextCursor } = await (cursor ? query.cursor(cursor) : query).getMany();
      for (const { key, value } of results) {
        const record = readRecord(BALLOT_RECORD, `${ENTITIES.ballot}/${key}`, value);
        if (record && record.campaignId === campaignId) found.push(toBallot(record));
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return found;
  }
}
