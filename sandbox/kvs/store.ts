import Database from 'better-sqlite3';
import type { EntityDefinition, EntityIndex } from './manifest';

/** Where a key lives: plain KVS keys, secrets and each entity are separate key spaces. */
export type Space = { kind: 'kvs' } | { kind: 'secret' } | { kind: 'entity'; entity: EntityDefinition };

export interface StoredRow {
  key: string;
  /** The JSON text of the value. */
  value: string;
  createdAt: number;
  updatedAt: number;
  expireAt: number | null;
}

export interface DumpRow extends StoredRow {
  kind: 'kvs' | 'secret' | 'entity';
  entity: string;
}

export type RangeValue = string | number;
type RangeCondition = { condition: string; values: unknown[] };

const spaceOf = (space: Space): [string, string] => [
  space.kind,
  space.kind === 'entity' ? space.entity.name : '',
];

/** How an attribute value is kept in an index (booleans as 1/0); undefined when it cannot be indexed. */
export const toRangeValue = (value: unknown): RangeValue | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
};

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
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

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
    if (space.kind === 'entity') this.reindex(space.entity, key, JSON.parse(json) as Record<string, unknown>);
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
    const [kind, entity] = spaceOf(space);
    this.sql(
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
    this.sql(
      `DELETE FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key AND id NOT IN (
         SELECT id FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key ORDER BY id DESC LIMIT @keep)`,
    ).run({ kind, entity, key, keep: Math.max(1, this.history.keep) });
  }

  private static pastVersion(row: VersionRow): PastVersion {
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
  versionsSince(space: Space, key: string, since: number): PastVersion[] {
    const [kind, entity] = spaceOf(space);
    return (
      this.sql(
        `SELECT key, value, created_at AS createdAt, updated_at AS updatedAt, expire_at AS expireAt,
                superseded_at AS supersededAt
           FROM item_version WHERE kind = @kind AND entity = @entity AND key = @key AND superseded_at > @since
           ORDER BY id`,
      ).all({ kind, entity, key, since }) as VersionRow[]
    ).map((row) => KvsStore.pastVersion(row));
  }

  /** Keys of a space that have versions replaced after `since`, in key order (optionally starting with `prefix`). */
  keysWithVersionsSince(space: Space, since: number, prefix?: string): string[] {
    const [kind, entity] = spaceOf(space);
    const where = ['kind = @kind', 'entity = @entity', 'superseded_at > @since'];
    if (prefix !== undefined) where.push('substr(key, 1, length(@prefix)) = @prefix');
    return (
      this.sql(`SELECT DISTINCT key FROM item_version WHERE ${where.join(' AND ')} ORDER BY key`).all({
        kind,
        entity,
        since,
        prefix,
      }) as Array<{ key: string }>
    ).map((r) => r.key);
  }

  /** Forgets every kept version: reads see the latest values only. */
  clearVersions(): void {
    this.db.exec('DELETE FROM item_version;');
  }

  private reindex(entity: EntityDefinition, key: string, value: Record<string, unknown>): void {
    this.sql('DELETE FROM entity_index WHERE entity = ? AND key = ?').run(entity.name, key);
    const insert = this.sql(
      'INSERT INTO entity_index (entity, idx, partition, range_value, key) VALUES (?, ?, ?, ?, ?)',
    );
    for (const index of entity.indexes) {
      const partition = index.partition.map((attr) => toRangeValue(value[attr]));
      if (partition.some((p) => p === undefined)) continue; // items without the index's attributes are not in it
      const rangeAttr = index.range[0];
      const range = rangeAttr === undefined ? '' : toRangeValue(value[rangeAttr]);
      if (range === undefined) continue;
      insert.run(entity.name, index.name, JSON.stringify(partition), range, key);
    }
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
  scanIndex(args: {
    entity: EntityDefinition;
    index: EntityIndex;
    partition: unknown[];
    range?: RangeCondition;
    after?: { range: RangeValue; key: string };
    descending: boolean;
    take: number;
    now: number;
  }): Array<StoredRow & { rangeValue: RangeValue }> {
    const params: Record<string, unknown> = {
      entity: args.entity.name,
      idx: args.index.name,
      partition: JSON.stringify(args.partition.map(toRangeValue)),
      now: args.now,
      take: args.take,
    };
    const where = [
      'i.entity = @entity',
      'i.idx = @idx',
      'i.partition = @partition',
      `(e.expire_at IS NULL OR e.expire_at > @now)`,
    ];
    if (args.range) {
      const values = args.range.values.map(toRangeValue);
      params.v0 = values[0];
      params.v1 = values[1];
      // Values of another type than the attribute's never match (no cross-type comparison).
      const sameType =
        typeof values[0] === 'string'
          ? `typeof(i.range_value) = 'text'`
          : `typeof(i.range_value) IN ('integer', 'real')`;
      const ops: Record<string, string> = {
        EQUAL_TO: 'i.range_value = @v0',
        GREATER_THAN: 'i.range_value > @v0',
        GREATER_THAN_EQUAL_TO: 'i.range_value >= @v0',
        LESS_THAN: 'i.range_value < @v0',
        LESS_THAN_EQUAL_TO: 'i.range_value <= @v0',
        BETWEEN: 'i.range_value BETWEEN @v0 AND @v1',
        BEGINS_WITH: `typeof(i.range_value) = 'text' AND substr(i.range_value, 1, length(@v0)) = CAST(@v0 AS TEXT)`,
      };
      where.push(`(${sameType} AND ${ops[args.range.condition]})`);
    }
    if (args.after) {
      const cmp = args.descending ? '<' : '>';
      params.afterRange = args.after.range;
      params.afterKey = args.after.key;
      where.push(
        `(i.range_value ${cmp} @afterRange OR (i.range_value = @afterRange AND i.key ${cmp} @afterKey))`,
      );
    }
    const dir = args.descending ? 'DESC' : 'ASC';
    return this.sql(
      `SELECT i.key AS key, i.range_value AS rangeValue, e.value AS value, e.created_at AS createdAt, e.updated_at AS updatedAt,
                e.expire_at AS expireAt
         FROM entity_index i JOIN item e ON e.kind = 'entity' AND e.entity = i.entity AND e.key = i.key
         WHERE ${where.join(' AND ')} ORDER BY i.range_value ${dir}, i.key ${dir} LIMIT @take`,
    ).all(params) as Array<StoredRow & { rangeValue: RangeValue }>;
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
