/**
 * A closed campaign's results snapshot, as stored: a header (when it was built, the frozen criterion order, the
 * self-assessments, what later campaigns keep for trends) and the customers' ratings spread over a fixed number of
 * shards, so that reading them all is one batch get whatever the number of respondents.
 *
 * A rating is one character per criterion of the frozen order ('1'–'4', 'n' not applicable, '-' not answered):
 * 22 criteria cost 22 bytes, so 16 shards of at most 200 KB hold well over 50 000 respondents. No respondent key
 * is kept: the snapshot cannot be tied back to a person, even in a named campaign.
 */
import { z } from 'zod';
import type { AnswerValue } from '../../domain/survey';
import type { HistoryEntry, RatedAnswer } from '../../domain/results';
import type { ResultsSnapshot } from '../../ports/results';
import type { RecordKind } from './record';

export const SHARDS = 16;

const historyEntrySchema = z.object({
  campaignId: z.string(),
  period: z.string(),
  closedAt: z.number(),
  hidden: z.boolean(),
  criteria: z.record(
    z.string(),
    z.object({
      fingerprint: z.string(),
      mean: z.number().nullable(),
      index: z.number().nullable(),
      n: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<HistoryEntry>;

const headerSchema = z.object({
  schemaVersion: z.literal(1),
  campaignId: z.string(),
  builtAt: z.number(),
  criterionIds: z.array(z.string()),
  respondents: z.number().int(),
  selves: z.array(z.string()),
  /** This campaign as later campaigns' trends see it. */
  entry: historyEntrySchema,
  /** The campaigns closed before it, as they were when this one was built. */
  history: z.array(historyEntrySchema),
});
export type ResultsHeaderRecord = z.infer<typeof headerSchema>;

/** `[departmentId ('' for none), ratings]` per respondent. */
const shardSchema = z.object({
  schemaVersion: z.literal(1),
  rows: z.array(z.tuple([z.string(), z.string()])),
});
export type ResultsShardRecord = z.infer<typeof shardSchema>;

export const RESULTS_HEADER: RecordKind<ResultsHeaderRecord> = {
  name: 'results header',
  version: 1,
  schema: headerSchema,
  migrations: {},
};
export const RESULTS_SHARD: RecordKind<ResultsShardRecord> = {
  name: 'results shard',
  version: 1,
  schema: shardSchema,
  migrations: {},
};

const CODE: Record<string, AnswerValue> = { '1': 1, '2': 2, '3': 3, '4': 4, n: 'na' };

export function encodeRatings(criterionIds: readonly string[], ratings: RatedAnswer['ratings']): string {
  let out = '';
  for (const id of criterionIds) {
    const value = Object.hasOwn(ratings, id) ? ratings[id] : undefined;
    out += value === undefined ? '-' : value === 'na' ? 'n' : String(value);
  }
  return out;
}

export function decodeRatings(criterionIds: readonly string[], code: string): RatedAnswer['ratings'] {
  const ratings: Record<string, AnswerValue> = {};
  criterionIds.forEach((id, i) => {
    const value = CODE[code[i] ?? '-'];
    if (value !== undefined) ratings[id] = value;
  });
  return ratings;
}

const byContent = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** Spreads the rows evenly (round robin): no shard holds more than one row above another. */
export function toResultsRecords(snapshot: ResultsSnapshot): {
  header: ResultsHeaderRecord;
  shards: ResultsShardRecord[];
} {
  const shards: ResultsShardRecord[] = Array.from({ length: SHARDS }, () => ({ schemaVersion: 1, rows: [] }));
  // Sorted by what they say, not in the order they were read (by respondent key: the account id in a named
  // campaign), so a stored row's place tells nothing of who gave it.
  const rows = snapshot.customers
    .map((answer): [string, string] => [
      answer.departmentId ?? '',
      encodeRatings(snapshot.criterionIds, answer.ratings),
    ])
    .sort(byContent);
  rows.forEach((row, i) => shards[i % SHARDS]!.rows.push(row));
  return {
    header: {
      schemaVersion: 1,
      campaignId: snapshot.campaignId,
      builtAt: snapshot.builtAt,
      criterionIds: [...snapshot.criterionIds],
      respondents: snapshot.customers.length,
      selves: snapshot.selves.map((s) => encodeRatings(snapshot.criterionIds, s.ratings)).sort(),
      entry: snapshot.entry,
      history: [...snapshot.history],
    },
    shards,
  };
}

export function fromResultsRecords(
  header: ResultsHeaderRecord,
  shards: readonly ResultsShardRecord[],
): ResultsSnapshot {
  const ids = header.criterionIds;
  const customers: RatedAnswer[] = [];
  for (const shard of shards) {
    for (const [departmentId, code] of shard.rows) {
      customers.push(
        departmentId === ''
          ? { ratings: decodeRatings(ids, code) }
          : { departmentId, ratings: decodeRatings(ids, code) },
      );
    }
  }
  return {
    campaignId: header.campaignId,
    builtAt: header.builtAt,
    criterionIds: ids,
    customers,
    selves: header.selves.map((code) => ({ ratings: decodeRatings(ids, code) })),
    entry: header.entry,
    history: header.history,
  };
}
