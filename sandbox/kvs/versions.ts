/**
 * Earlier versions of keys, kept only while stale reads are on (table `item_version`): each write keeps the
 * version it replaces, up to `keep` per key, and stale reads pick among those replaced within their window.
 */
import { spaceOf, type Space, type Sql, type StoredRow } from './rows';

/** A version of a key that was the latest until `supersededAt`; `row` undefined: the key did not exist then. */
export interface PastVersion {
  row: StoredRow | undefined;
  supersededAt: number;
}

interface VersionRow {
  key: string;
  value: string | null;
  createdAt: number | null;
  updatedAt: number | null;
  expireAt: number | null;
  supersededAt: number;
}

/** Keeps the version a write replaces (inside the write's transaction, so a rollback drops it too). */
export function keepVersion(
  sql: Sql,
  keep: number,
  space: Space,
  key: string,
  previous: StoredRow | undefined,
  now: number,
): void {
  const [kind, entity] = spaceOf(space);
  sql(
    `INSERT INTO item_version (kind, entity, key, value, created_at, updated_at, expire_at, superseded_at)
       VALUES (@kind, @entity, @key, @value, @createdAt, @updatedAt, @expireAt, @now)`,
  ).run({
    kind,
    entity,
    key,
    value: previous?.value ?? null,
    createdAt: previous?.createdAt ?? null,
    updatedAt: previous?.updatedAt ?? null,
    expireAt: previous?.expireAt ?? null,
    now,
  });
  sql(
    `DELETE FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key AND id NOT IN (
       SELECT id FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key ORDER BY id DESC LIMIT @keep)`,
  ).run({ kind, entity, key, keep: Math.max(1, keep) });
}

function pastVersion(row: VersionRow): PastVersion {
  return {
    supersededAt: row.supersededAt,
    row:
      row.value === null
        ? undefined
        : {
            key: row.key,
            value: row.value,
            createdAt: row.createdAt ?? row.supersededAt,
            updatedAt: row.updatedAt ?? row.supersededAt,
            expireAt: row.expireAt,
          },
  };
}

/** The kept versions of a key replaced after `since` (exclusive), oldest first. */
export function versionsSince(sql: Sql, space: Space, key: string, since: number): PastVersion[] {
  const [kind, entity] = spaceOf(space);
  return (
    sql(
      `SELECT key, value, created_at AS createdAt, updated_at AS updatedAt, expire_at AS expireAt,
              superseded_at AS supersededAt
         FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key AND superseded_at > @since
         ORDER BY id`,
    ).all({ kind, entity, key, since }) as VersionRow[]
  ).map((row) => pastVersion(row));
}

/** Keys of a space that have versions replaced after `since`, in key order (optionally starting with `prefix`). */
export function keysWithVersionsSince(sql: Sql, space: Space, since: number, prefix?: string): string[] {
  const [kind, entity] = spaceOf(space);
  const where = ['kind = @kind', 'entity = @entity', 'superseded_at > @since'];
  if (prefix !== undefined) where.push('substr(key, 1, length(@prefix)) = @prefix');
  return (
    sql(`SELECT DISTINCT key FROM item_version WHERE ${where.join(' AND ')} ORDER BY key`).all({
      kind,
      entity,
      since,
      prefix,
    }) as Array<{ key: string }>
  ).map((r) => r.key);
}
