/**
 * The SQLite layer of the emulated KVS: one table of items (plain keys, secrets and entities, each a key space),
 * with the entity indexes (entity-index.ts) and the earlier versions stale reads pick from (versions.ts).
 */
import Database from 'better-sqlite3';
import * as entityIndex from './entity-index';
import type { RangeValue } from './entity-index';
import { spaceOf, type Space, type Sql, type StoredRow } from './rows';
import * as versions from './versions';
import type { PastVersion } from './versions';

export type { IndexScan, RangeValue } from './entity-index';
export { toRangeValue } from './entity-index';
export type { Space, StoredRow } from './rows';
export type { PastVersion } from './versions';

export interface DumpRow extends StoredRow {
  kind: 'kvs' | 'secret' | 'entity';
  entity: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS item (
    kind TEXT NOT NULL, entity TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
    PRIMARY KEY (kind, entity, key)
  ) WITHOUT ROWID;
  -- range_value has no declared type on purpose: numbers stay numbers and strings stay strings (typed ordering).
  CREATE TABLE IF NOT EXISTS entity_index (
    entity TEXT NOT NULL, idx TEXT NOT NULL, partition TEXT NOT NULL, range_value, key TEXT NOT NULL,
    PRIMARY KEY (entity, idx, partition, range_value, key)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS entity_index_by_key ON entity_index (entity, key);
  -- Earlier versions of a key, kept only while stale reads are on: value NULL is "the key did not exist".
  CREATE TABLE IF NOT EXISTS item_version (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, entity TEXT NOT NULL, key TEXT NOT NULL, value TEXT,
    created_at INTEGER, updated_at INTEGER, expire_at INTEGER, superseded_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS item_version_by_key ON item_version (kind, entity, key, id);
`;

const ROW_COLUMNS = 'key, value, created_at AS createdAt, updated_at AS updatedAt, expire_at AS expireAt';
const LIVE = '(expire_at IS NULL OR expire_at > @now)';

/** The SQLite layer: synchronous, no validation (the service validates before calling it). */
export class KvsStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** While set, every write keeps the version it replaces (at most `keep` per key): stale reads pick from them. */
  history: { keep: number } | undefined;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  /** Prepared statements are cached: each call site builds only a few distinct SQL texts. */
  private readonly sql: Sql = (text) => {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  };

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` atomically: everything it writes is rolled back if it throws. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  get(space: Space, key: string, now: number): StoredRow | undefined {
    const [kind, entity] = spaceOf(space);
    return this.sql(
      `SELECT ${ROW_COLUMNS} FROM item WHERE kind = @kind AND entity = @entity AND key = @key AND ${LIVE}`,
    ).get({ kind, entity, key, now }) as StoredRow | undefined;
  }

  /** Writes a value and returns the live row it replaced, if any. */
  put(
    space: Space,
    key: string,
    json: string,
    now: number,
    expireAt: number | null,
  ): { previous?: StoredRow; current: StoredRow } {
    const previous = this.get(space, key, now);
    const [kind, entity] = spaceOf(space);
    const current: StoredRow = {
      key,
      value: json,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      expireAt,
    };
    this.sql(
      `INSERT INTO item (kind, entity, key, value, created_at, updated_at, expire_at)
         VALUES (@kind, @entity, @key, @value, @createdAt, @updatedAt, @expireAt)
         ON CONFLICT (kind, entity, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
           updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
    ).run({ kind, entity, ...current });
    if (space.kind === 'entity')
      entityIndex.reindex(this.sql, space.entity, key, JSON.parse(json) as Record<string, unknown>);
    this.keepVersion(space, key, previous, now);
    return { previous, current };
  }

  /** Deletes a key; answers whether a live value was there. */
  remove(space: Space, key: string, now: number): boolean {
    const previous = this.get(space, key, now);
    const existed = previous !== undefined;
    if (existed) this.keepVersion(space, key, previous, now);
    const [kind, entity] = spaceOf(space);
    this.sql('DELETE FROM item WHERE kind = ? AND entity = ? AND key = ?').run(kind, entity, key);
    if (space.kind === 'entity')
      this.sql('DELETE FROM entity_index WHERE entity = ? AND key = ?').run(entity, key);
    return existed;
  }

  /** Keeps the version a write replaces (inside the write's transaction, so a rollback drops it too). */
  private keepVersion(space: Space, key: string, previous: StoredRow | undefined, now: number): void {
    if (!this.history) return;
    versions.keepVersion(this.sql, this.history.keep, space, key, previous, now);
  }

  /** The kept versions of a key replaced after `since` (exclusive), oldest first. */
  versionsSince(space: Space, key: string, since: number): PastVersion[] {
    return versions.versionsSince(this.sql, space, key, since);
  }

  /** Keys of a space that have versions replaced after `since`, in key order (optionally starting with `prefix`). */
  keysWithVersionsSince(space: Space, since: number, prefix?: string): string[] {
    return versions.keysWithVersionsSince(this.sql, space, since, prefix);
  }

  /** Forgets every kept version: reads see the latest values only. */
  clearVersions(): void {
    this.db.exec('DELETE FROM item_version;');
  }

  /** Plain KVS keys in key order, after `after`, optionally starting with `prefix`; `limit + 1` rows tell if more exist. */
  scanKeys(prefix: string | undefined, after: string | undefined, take: number, now: number): StoredRow[] {
    const where = [`kind = 'kvs'`, `entity = ''`, LIVE];
    if (prefix !== undefined) where.push('substr(key, 1, length(@prefix)) = @prefix');
    if (after !== undefined) where.push('key > @after');
    return this.sql(
      `SELECT ${ROW_COLUMNS} FROM item WHERE ${where.join(' AND ')} ORDER BY key LIMIT @take`,
    ).all({ prefix, after, take, now }) as StoredRow[];
  }

  /** Rows of an entity index, in (range, key) order; `range` is a where condition already validated. */
  scanIndex(args: entityIndex.IndexScan): Array<StoredRow & { rangeValue: RangeValue }> {
    return entityIndex.scanIndex(this.sql, args);
  }

  /** Every stored row (expired ones included, until purged), for tests that scan the store. */
  dump(): DumpRow[] {
    return this.sql(
      `SELECT kind, entity, ${ROW_COLUMNS} FROM item ORDER BY kind, entity, key`,
    ).all() as DumpRow[];
  }

  purgeExpired(now: number): number {
    const keys = this.sql(`SELECT entity, key FROM item WHERE kind = 'entity' AND expire_at <= ?`).all(
      now,
    ) as Array<{ entity: string; key: string }>;
    const dropIndex = this.sql('DELETE FROM entity_index WHERE entity = ? AND key = ?');
    for (const { entity, key } of keys) dropIndex.run(entity, key);
    return this.sql('DELETE FROM item WHERE expire_at <= ?').run(now).changes;
  }

  reset(): void {
    this.db.exec('DELETE FROM item; DELETE FROM entity_index; DELETE FROM item_version;');
  }
}
