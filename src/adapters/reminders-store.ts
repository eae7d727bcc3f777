/**
 * The page banner's pending invitations (`pending` entity, one query per person) and the buyers' reminder logs
 * (`reminder` entity). A pending item is a hint: the banner re-reads the campaign and the person's answer before
 * it shows anything (src/features/reminders/banner.ts).
 */
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { PendingItem, PendingKind, ReminderLog, RemindPlan } from '../domain/reminders';
import type { PersonPending, ReminderStore } from '../ports/reminders';
import type { WriteOutcome } from '../ports/storage';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES, KEYS } from './keys';
import type { CampaignRecord } from './records/campaign';
import { readRecord, type RecordKind } from './records/record';

/** The dismissal's `campaignId`: sorts after every campaign id, so one query by person returns it too. */
const DISMISSAL = '~';
const BATCH = 25;
const PAGE = 100;

const pendingSchema = z.object({
  schemaVersion: z.literal(1),
  accountId: z.string(),
  campaignId: z.string(),
  /** Absent on a survey's items (the first kind, written before weighings had any). */
  kind: z.literal('weighing').optional(),
  dismissedAt: z.number().optional(),
});
type PendingRecord = z.infer<typeof pendingSchema>;
const PENDING_RECORD: RecordKind<PendingRecord> = {
  name: 'pending',
  version: 1,
  schema: pendingSchema,
  migrations: {},
};

const reminderSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  accountId: z.string(),
  count: z.number().int(),
  last: z.object({ by: z.string(), at: z.number() }).optional(),
  revision: z.number().int(),
});
type ReminderRecord = z.infer<typeof reminderSchema>;
const REMINDER_RECORD: RecordKind<ReminderRecord> = {
  name: 'reminder',
  version: 1,
  schema: reminderSchema,
  migrations: {},
};

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

const pendingKey = (campaignId: string, accountId: string, kind: PendingKind) =>
  kind === 'weighing' ? KEYS.pendingWeighing(campaignId, accountId) : KEYS.pending(campaignId, accountId);

const toLog = ({ count, last, revision }: ReminderRecord): ReminderLog =>
  last ? { count, last, revision } : { count, revision };

export class KvsReminderStore implements ReminderStore {
  private readonly pending = () => kvs.entity<PendingRecord>(ENTITIES.pending);
  private readonly reminders = () => kvs.entity<ReminderRecord>(ENTITIES.reminder);

  async ofPerson(accountId: string): Promise<PersonPending> {
    const page = await this.pending()
      .query()
      .index(INDEXES.pendingByPerson, { partition: [accountId] })
      .limit(PAGE)
      .getMany();
    const items: PendingItem[] = [];
    let dismissedAt: number | undefined;
    for (const { key, value } of page.results) {
      const record = readRecord(PENDING_RECORD, `${ENTITIES.pending}/${key}`, value);
      if (!record) continue;
      if (record.campaignId === DISMISSAL) dismissedAt = record.dismissedAt;
      else
        items.push(
          record.kind
            ? { campaignId: record.campaignId, kind: record.kind }
            : { campaignId: record.campaignId },
        );
    }
    return dismissedAt === undefined ? { items } : { items, dismissedAt };
  }

  async invite(
    campaignId: string,
    accountIds: readonly string[],
    kind: PendingKind = 'survey',
  ): Promise<void> {
    for (const chunk of chunks(accountIds)) {
      await kvs.batchSet<PendingRecord>(
        chunk.map((accountId) => ({
          key: pendingKey(campaignId, accountId, kind),
          value: { schemaVersion: 1, accountId, campaignId, ...(kind === 'weighing' ? { kind } : {}) },
          entityName: ENTITIES.pending,
        })),
      );
    }
  }

  async forget(
    campaignId: string,
    accountIds: readonly string[],
    kind: PendingKind = 'survey',
  ): Promise<void> {
    for (const chunk of chunks(accountIds)) {
      await kvs.batchDelete(
        chunk.map((accountId) => ({
          key: pendingKey(campaignId, accountId, kind),
          entityName: ENTITIES.pending,
        })),
      );
    }
  }

  async purge(campaignId: string): Promise<void> {
    for (;;) {
      const page = await this.pending()
        .query()
        .index(INDEXES.pendingByCampaign, { partition: [campaignId] })
        .limit(BATCH)
        .getMany();
      if (page.results.length === 0) return;
      await kvs.batchDelete(page.results.map(({ key }) => ({ key, entityName: ENTITIES.pending })));
    }
  }

  async dismiss(accountId: string, at: number): Promise<void> {
    await this.pending().set(KEYS.dismissal(accountId), {
      schemaVersion: 1,
      accountId,
      campaignId: DISMISSAL,
      dismissedAt: at,
    });
  }

  async logs(campaignId: string, accountIds: readonly string[]): Promise<Map<string, ReminderLog>> {
    const out = new Map<string, ReminderLog>();
    for (const chunk of chunks(accountIds)) {
      const { successfulKeys } = await kvs.batchGet<unknown>(
        chunk.map((accountId) => ({
          key: KEYS.reminder(campaignId, accountId),
          entityName: ENTITIES.reminder,
        })),
      );
      for (const { key, value } of successfulKeys) {
        const record = readRecord(REMINDER_RECORD, `${ENTITIES.reminder}/${key}`, value);
        if (record) out.set(record.accountId, toLog(record));
      }
    }
    return out;
  }

  async logsOf(campaignId: string): Promise<Map<string, ReminderLog>> {
    const out = new Map<string, ReminderLog>();
    let cursor: string | undefined;
    do {
      let query = this.reminders()
        .query()
        .index(INDEXES.reminderByCampaign, { partition: [campaignId] })
        .limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const { key, value } of page.results) {
        const record = readRecord(REMINDER_RECORD, `${ENTITIES.reminder}/${key}`, value);
        if (record) out.set(record.accountId, toLog(record));
      }
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  remind(campaignId: string, plan: RemindPlan): Promise<WriteOutcome> {
    // A reminder is for an open campaign: one closed meanwhile refuses it (the banner would never show it anyway).
    let transaction = kvs.transact().check<CampaignRecord>(campaignId, {
      entityName: ENTITIES.campaign,
      conditions: new Filter<CampaignRecord>().and('status', FilterConditions.equalTo('open')),
    });
    for (const { accountId, log, baseRevision } of plan.logs) {
      const conditions =
        baseRevision === 0
          ? new Filter<ReminderRecord>().and('revision', FilterConditions.notExists())
          : new Filter<ReminderRecord>().and('revision', FilterConditions.equalTo(baseRevision));
      transaction = transaction.set<ReminderRecord>(
        KEYS.reminder(campaignId, accountId),
        { schemaVersion: 1, campaignId, accountId, ...log },
        { entityName: ENTITIES.reminder, conditions },
      );
    }
    return conditionally(() => transaction.execute());
  }
}
