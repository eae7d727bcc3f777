/**
 * Entity indexes (table `entity_index`): each entity row is kept under every declared index whose attributes it
 * has, by partition and range value, and a query reads an index in (range, key) order.
 */
import type { EntityDefinition, EntityIndex } from './manifest';
import type { Sql, StoredRow } from './rows';

export type RangeValue = string | number;
export type RangeCondition = { condition: string; values: unknown[] };

/** How an attribute value is kept in an index (booleans as 1/0); undefined when it cannot be indexed. */
export const toRangeValue = (value: unknown): RangeValue | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
};

/** Puts an entity row under the indexes it belongs to (after taking it out of all of them). */
export function reindex(
  sql: Sql,
  entity: EntityDefinition,
  key: string,
  value: Record<string, unknown>,
): void {
  sql('DELETE FROM entity_index WHERE entity = ? AND key = ?').run(entity.name, key);
  const insert = sql(
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

/** What a query of an entity index reads: `range` is a where condition already validated. */
export interface IndexScan {
  entity: EntityDefinition;
  index: EntityIndex;
  partition: unknown[];
  range?: RangeCondition;
  after?: { range: RangeValue; key: string };
  descending: boolean;
  take: number;
  now: number;
}

/** Rows of an entity index, in (range, key) order. */
export function scanIndex(sql: Sql, args: IndexScan): Array<StoredRow & { rangeValue: RangeValue }> {
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
  return sql(
    `SELECT i.key AS key, i.range_value AS rangeValue, e.value AS value, e.created_at AS createdAt, e.updated_at AS updatedAt,
              e.expire_at AS expireAt
       FROM entity_index i JOIN item e ON e.kind = 'entity' AND e.entity = i.entity AND e.key = i.key
       WHERE ${where.join(' AND ')} ORDER BY i.range_value ${dir}, i.key ${dir} LIMIT @take`,
  ).all(params) as Array<StoredRow & { rangeValue: RangeValue }>;
}
