import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import type { Action, Adjustment } from '../domain/plan';
import type { ActionChange, ActionStore } from '../ports/plan';
import type { WriteOutcome } from '../ports/storage';
import { conditionally } from './conditional';
import { StoredRecordError } from '../ports/storage';
import { ENTITIES, INDEXES, KEYS } from './keys';
import {
  ACTION_RECORD,
  adjustmentSchema,
  fromActionRecord,
  toActionRecord,
  type ActionRecord,
} from './records/action';
import { readRecord } from './records/record';

const PAGE = 100;
/** A safety net against a corrupt cursor loop: 100 pages of 100 actions is far beyond any plan. */
const MAX_PAGES = 100;
/** Forge batch reads take at most 25 keys. */
const BATCH_GET_LIMIT = 25;
/** Forge transactions take at most 25 operations. */
const TRANSACTION_LIMIT = 25;

const stillAt = (revision: number) =>
  new Filter<ActionRecord>().and('revision', FilterConditions.equalTo(revision));
const absent = () => new Filter<ActionRecord>().and('revision', FilterConditions.notExists());

const parse = (key: string, value: unknown): Action | undefined => {
  const record = readRecord(ACTION_RECORD, `${ENTITIES.action}/${key}`, value);
  return record && fromActionRecord(record);
};

/** Changes in groups of at most 25 operations: an action and its logged adjustments are one group's. */
function chunksOf(changes: readonly ActionChange[]): ActionChange[][] {
  const chunks: ActionChange[][] = [];
  let size = TRANSACTION_LIMIT;
  for (const change of changes) {
    const ops = 1 + (change.logged?.length ?? 0);
    if (size + ops > TRANSACTION_LIMIT) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(change);
    size += ops;
  }
  return chunks;
}

/** Actions as `action` entities, listed by campaign and found by their Jira issue through two indexes. */
export class KvsActionStore implements ActionStore {
  private readonly actions = () => kvs.entity<ActionRecord>(ENTITIES.action);

  async read(actionId: string): Promise<Action | undefined> {
    return parse(actionId, await this.actions().get(actionId));
  }

  async list(campaignId: string): Promise<Action[]> {
    const found: Action[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query = this.actions()
        .query()
        .index(INDEXES.actionByCampaign, { partition: [campaignId] })
        .limit(PAGE);
      const { results, nextCursor } = await (cursor ? query.cursor(cursor) : query).getMany();
      for (const { key, value } of results) {
        const action = parse(key, value);
        if (action && action.campaignId === campaignId) found.push(action);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return found;
  }

  async byIssueId(issueId: string): Promise<Action | undefined> {
    const { results } = await this.actions()
      .query()
      .index(INDEXES.actionByJiraIssue)
      .where(WhereConditions.equalTo(issueId))
      .limit(2)
      .getMany();
    const actions = results.flatMap(({ key, value }) => parse(key, value) ?? []);
    return actions.find((a) => a.jira.state === 'created' && a.jira.id === issueId);
  }

  /**
   * Up to 25 changes per transaction. A transaction fails whole when one condition fails, so a lost race is
   * narrowed down by writing that chunk's changes one by one: the others still land.
   */
  async write(changes: readonly ActionChange[]): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    for (const chunk of chunksOf(changes)) {
      const together = await this.transaction(chunk);
      if (together === 'written' || chunk.length === 1) {
        outcomes.push(...chunk.map(() => together));
        continue;
      }
      for (const change of chunk) outcomes.push(await this.transaction([change]));
    }
    return outcomes;
  }

  remove(actionId: string, expectedRevision: number): Promise<WriteOutcome> {
    return conditionally(() =>
      kvs
        .transact()
        .delete(actionId, { entityName: ENTITIES.action, conditions: stillAt(expectedRevision) })
        .execute(),
    );
  }

  async adjustments(actionId: string, from: number, count: number): Promise<Adjustment[]> {
    const keys = Array.from({ length: Math.min(count, BATCH_GET_LIMIT) }, (_, i) =>
      KEYS.actionAdjustment(actionId, from + i),
    );
    const { successfulKeys } = await kvs.batchGet<unknown>(keys.map((key) => ({ key })));
    const byKey = new Map(successfulKeys.map(({ key, value }) => [key, value]));
    return keys.flatMap((key) => {
      if (!byKey.has(key)) return [];
      const parsed = adjustmentSchema.safeParse(byKey.get(key));
      if (!parsed.success) throw new StoredRecordError(key, 'adjustment: broken shape');
      return [parsed.data];
    });
  }

  private transaction(changes: readonly ActionChange[]): Promise<WriteOutcome> {
    let transaction = kvs.transact();
    for (const { action, expectedRevision, logged } of changes) {
      transaction = transaction.set<ActionRecord>(action.id, toActionRecord(action), {
        entityName: ENTITIES.action,
        conditions: expectedRevision === 0 ? absent() : stillAt(expectedRevision),
      });
      // Numbered by the action's count, in the transaction conditional on its revision: one writer per number.
      for (const { seq, adjustment } of logged ?? []) {
        transaction = transaction.set(KEYS.actionAdjustment(action.id, seq), {
          schemaVersion: 1,
          ...adjustment,
        });
      }
    }
    return conditionally(() => transaction.execute());
  }
}
