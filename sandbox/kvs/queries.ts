/**
 * Queries: plain keys by prefix (`query`) and an entity's index (`entity/query`), a page at a time with a cursor;
 * with stale reads on, a page may show rows as they were within the window (see stalePage in consistency.ts).
 */
import { asObject, decodeCursor, encodeCursor, metadataFieldsOf, present, type Handler } from './bodies';
import { checkCondition, checkFilters, matchesFilters, RANGE_CONDITIONS } from './conditions';
import { compareKeys, comparePositions, indexPositionOf, stalePage, type IndexPosition } from './consistency';
import type { KvsContext } from './context';
import { errors } from './errors';
import type { Space } from './store';
import { validatePageLimit } from './validation';

export function queryHandlers(context: KvsContext): { query: Handler; entityQuery: Handler } {
  const { store, now, reads, entitySpace } = context;
  const { pick } = reads;

  const query: Handler = (raw) => {
    const body = asObject(raw);
    const limit = validatePageLimit(body.limit, errors.listQueryLimitExceeded);
    let prefix: string | undefined;
    if (body.where !== undefined) {
      if (!Array.isArray(body.where) || body.where.length !== 1) throw errors.queryWhereInvalid();
      const where = body.where[0] as { property?: unknown };
      if (where?.property !== 'key') throw errors.queryWhereFieldInvalid();
      const condition = checkCondition(where, ['BEGINS_WITH']);
      if (typeof condition.values[0] !== 'string') throw errors.invalidFilterValues('BEGINS_WITH');
      prefix = condition.values[0];
    }
    const after = decodeCursor(body.after, (v): v is string => typeof v === 'string');
    const t = now();
    const rows = store.scanKeys(prefix, after, limit + 1, t);
    const fields = metadataFieldsOf(body.options) ?? [];
    const stale = reads.options;
    if (stale) {
      const space: Space = { kind: 'kvs' };
      const { page, boundary } = stalePage<string>({
        latest: rows.map((row) => ({ key: row.key, row, position: row.key })),
        limit,
        recentKeys: store.keysWithVersionsSince(space, t - stale.windowMs, prefix),
        latestOf: (key) => store.get(space, key, t),
        positionOf: (key) => (after === undefined || compareKeys(key, after) > 0 ? key : undefined),
        compare: compareKeys,
        pick: (key, latest) => pick(space, key, latest, t),
      });
      return {
        status: 200,
        body: {
          data: page.map((entry) => present(entry.row, fields)),
          ...(boundary !== undefined ? { cursor: encodeCursor(boundary) } : {}),
        },
      };
    }
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      status: 200,
      body: {
        data: page.map((r) => present(r, fields)),
        ...(rows.length > limit && last ? { cursor: encodeCursor(last.key) } : {}),
      },
    };
  };

  /**
   * Like the real store (a DynamoDB-style index), `limit` bounds the rows read from the index and `filters` then
   * drop rows from that page: a page may hold fewer than `limit` results while a cursor still says there is more.
   */
  const entityQuery: Handler = (raw) => {
    const body = asObject(raw);
    const { entity } = entitySpace(body.entityName);
    const index = entity.indexes.find((i) => i.name === body.indexName);
    if (!index)
      throw errors.invalidEntityIndex(
        `Index "${String(body.indexName)}" is not declared for entity "${entity.name}".`,
      );
    const partition = body.partition ?? [];
    if (!Array.isArray(partition) || partition.length !== index.partition.length) {
      throw errors.invalidEntityIndex(
        `Index "${index.name}" needs a partition of ${index.partition.length} value(s): [${index.partition.join(', ')}].`,
      );
    }
    const limit = validatePageLimit(body.limit, errors.complexQueryPageLimit);
    let range: { condition: string; values: unknown[] } | undefined;
    if (body.range !== undefined) {
      if (index.range.length === 0)
        throw errors.invalidEntityIndex(`Index "${index.name}" has no range attribute.`);
      range = checkCondition(body.range, RANGE_CONDITIONS);
      if (
        !range.values.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      ) {
        throw errors.invalidFilterValues(range.condition);
      }
    }
    const filters = checkFilters(body.filters);
    if (body.sort !== undefined && body.sort !== 'ASC' && body.sort !== 'DESC')
      throw errors.badRequest('sort must be ASC or DESC');
    const descending = body.sort === 'DESC';
    const after = decodeCursor(
      body.cursor,
      (v): v is { range: string | number; key: string } =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as { key?: unknown }).key === 'string' &&
        ['string', 'number'].includes(typeof (v as { range?: unknown }).range),
    );
    const t = now();
    const rows = store.scanIndex({
      entity,
      index,
      partition,
      range,
      after,
      descending,
      take: limit + 1,
      now: t,
    });
    const fields = metadataFieldsOf(body.options) ?? [];
    const stale = reads.options;
    if (stale) {
      const space: Space = { kind: 'entity', entity };
      const query = { entity, index, partition, range, after, descending };
      const { page, boundary } = stalePage<IndexPosition>({
        latest: rows.map((row) => ({ key: row.key, row, position: { range: row.rangeValue, key: row.key } })),
        limit,
        recentKeys: store.keysWithVersionsSince(space, t - stale.windowMs),
        latestOf: (key) => store.get(space, key, t),
        positionOf: (key, row) => indexPositionOf(query, key, row),
        compare: (a, b) => (descending ? -comparePositions(a, b) : comparePositions(a, b)),
        pick: (key, latest) => pick(space, key, latest, t),
      });
      return {
        status: 200,
        body: {
          data: page
            .filter((entry) =>
              matchesFilters(JSON.parse(entry.row.value) as Record<string, unknown>, filters),
            )
            .map((entry) => present(entry.row, fields)),
          ...(boundary !== undefined ? { cursor: encodeCursor(boundary) } : {}),
        },
      };
    }
    const window = rows.slice(0, limit);
    const last = window[window.length - 1];
    const data = window
      .filter((r) => matchesFilters(JSON.parse(r.value) as Record<string, unknown>, filters))
      .map((r) => present(r, fields));
    return {
      status: 200,
      body: {
        data,
        ...(rows.length > limit && last
          ? { cursor: encodeCursor({ range: last.rangeValue, key: last.key }) }
          : {}),
      },
    };
  };

  return { query, entityQuery };
}
