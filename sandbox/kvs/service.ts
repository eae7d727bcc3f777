import { randomUUID } from 'node:crypto';
import { seededRandom } from '../random';
import { checkCondition, checkFilters, matchesFilters, RANGE_CONDITIONS } from './conditions';
import {
  checkLatency,
  compareKeys,
  comparePositions,
  indexPositionOf,
  resolveStaleReads,
  stalePage,
  type IndexPosition,
  type KvsBehaviour,
  type ResolvedStaleReads,
  type StaleReadOptions,
} from './consistency';
import { errors, KvsHttpError } from './errors';
import { KvsFaults, type FaultRule } from './faults';
import type { EntityDefinition } from './manifest';
import { KvsStore, type Space, type StoredRow } from './store';
import {
  LIMITS,
  ttlMillis,
  validateEntityName,
  validateEntityValue,
  validateKey,
  validatePageLimit,
  validateValue,
} from './validation';

/**
 * Besides where and what to store: `latencyMs`, `latencyJitterMs`, `sleep`, `staleReads`, `seed` and
 * `requestsPerSecond` (see KvsBehaviour in consistency.ts).
 */
export interface KvsServiceOptions extends KvsBehaviour {
  /** SQLite file; ':memory:' for tests. */
  filename: string;
  /** From manifest.yml `app.storage.entities` (see loadEntitiesFromManifest). */
  entities: EntityDefinition[];
  /**
   * Milliseconds since the epoch; defaults to Date.now. Give a ManualClock's `now` to test TTLs (and the stale
   * read window) without sleeping.
   */
  now?: () => number;
}

/** Eventual consistency at run time: switch stale reads, let replication catch up, see how often reads were stale. */
export interface KvsConsistency {
  /** Turns stale reads on with these options, or off (null). History starts with the next write. */
  staleReads(options: StaleReadOptions | null): void;
  /** The stale read options in force, if any. */
  readonly options: ResolvedStaleReads | undefined;
  /** Forgets earlier versions: until the next write, every read sees the latest value. */
  settle(): void;
  /** Reads (keys of a batch, rows of a query) answered with an earlier version since the start or last reset. */
  readonly staleAnswers: number;
}

/** What `handle` answers: an HTTP status and a JSON body (undefined for 204). */
export interface KvsResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface KvsDumpItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireAt: number | null;
}

export interface KvsDump {
  kvs: KvsDumpItem[];
  secrets: KvsDumpItem[];
  entities: Array<KvsDumpItem & { entityName: string }>;
}

export interface KvsService {
  /** Serves one KVS API request (`/api/v1/...`, body already parsed). Never throws: errors are answers. */
  handle(path: string, body: unknown): Promise<KvsResponse>;
  /** The same as a WHATWG fetch: what `__forge_fetch__` returns to the SDK for `target.type === 'kvs'`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  readonly faults: KvsFaults;
  readonly consistency: KvsConsistency;
  readonly entities: ReadonlyMap<string, EntityDefinition>;
  /** Every stored row, values parsed; expired rows are left out. */
  dump(): KvsDump;
  /** Physically deletes expired rows (reads already ignore them). */
  purgeExpired(): number;
  /** Empties the store and clears faults. */
  reset(): void;
  close(): void;
}

type Handler = (body: unknown) => { status: number; body?: unknown };

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const defaultFaultBody = (status: number): { code: string; message: string } => {
  if (status === 429) return errors.rateLimited().toBody();
  if (status === 503)
    return { code: 'SERVICE_UNAVAILABLE', message: 'The service is temporarily unavailable' };
  if (status === 502 || status === 504) return { code: 'BAD_GATEWAY', message: 'Bad gateway' };
  return errors.internal().toBody();
};

const asObject = (body: unknown): Record<string, unknown> => {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw errors.badRequest('expected a JSON object');
  return body as Record<string, unknown>;
};

const asArray = (body: unknown): unknown[] => {
  if (!Array.isArray(body)) throw errors.badRequest('expected a JSON array');
  return body;
};

const encodeCursor = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

const decodeCursor = <T>(cursor: unknown, isValid: (v: unknown) => v is T): T | undefined => {
  if (cursor === undefined || cursor === null) return undefined;
  if (typeof cursor !== 'string') throw errors.badRequest('cursor must be a string');
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(decoded)) return decoded;
  } catch {
    // fall through
  }
  throw errors.badRequest('invalid cursor');
};

export function createKvsService(options: KvsServiceOptions): KvsService {
  const now = options.now ?? Date.now;
  const store = new KvsStore(options.filename);
  const entities = new Map(options.entities.map((e) => [e.name, e]));
  const faults = new KvsFaults();
  const recentRequests: number[] = [];
  const { latencyMs, latencyJitterMs } = checkLatency(options);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Two streams, so that turning jitter on does not change which reads are stale.
  const seed = options.seed ?? 1;
  const jitterRandom = seededRandom(seed ^ 0x5bd1e995).next;
  const staleRandom = seededRandom(seed).next;
  let stale: ResolvedStaleReads | undefined;
  let staleAnswers = 0;
  const setStaleReads = (value: StaleReadOptions | null | undefined) => {
    stale = resolveStaleReads(value);
    store.history = stale ? { keep: stale.maxVersions } : undefined;
    if (!stale) store.clearVersions();
  };
  setStaleReads(options.staleReads);

  /**
   * What an eventually consistent read answers for one key: the latest row, or (with the configured probability)
   * one of the versions that were the latest within the window. Never a version replaced before the window.
   */
  const pick = (
    space: Space,
    key: string,
    latest: StoredRow | undefined,
    t: number,
  ): StoredRow | undefined => {
    if (!stale) return latest;
    if (!stale.includeMissing && !latest) return latest;
    const candidates = store
      .versionsSince(space, key, t - stale.windowMs)
      .map((version) =>
        version.row && version.row.expireAt !== null && version.row.expireAt <= t ? undefined : version.row,
      )
      .filter((row) => stale!.includeMissing || row !== undefined);
    if (candidates.length === 0) return latest;
    if (staleRandom() >= stale.probability) return latest;
    staleAnswers += 1;
    return candidates[Math.floor(staleRandom() * candidates.length)];
  };

  /** A read (get, batch get): eventually consistent when stale reads are on. */
  const read = (space: Space, key: string, t: number): StoredRow | undefined =>
    pick(space, key, store.get(space, key, t), t);

  const seconds = (ms: number) => Math.floor(ms / 1000);
  const expireTime = (row: StoredRow) =>
    row.expireAt === null ? undefined : new Date(row.expireAt).toISOString();

  /** The full answer for one stored row; `fields` limits the metadata to what was asked for. */
  const present = (row: StoredRow, fields?: unknown): Record<string, unknown> => {
    const wanted = (f: string) => fields === undefined || (Array.isArray(fields) && fields.includes(f));
    const out: Record<string, unknown> = { key: row.key, value: JSON.parse(row.value) as unknown };
    if (wanted('CREATED_AT')) out.createdAt = seconds(row.createdAt);
    if (wanted('UPDATED_AT')) out.updatedAt = seconds(row.updatedAt);
    if (wanted('EXPIRE_TIME') && row.expireAt !== null) out.expireTime = expireTime(row);
    return out;
  };

  const metadataFieldsOf = (opts: unknown): unknown =>
    (opts as { metadataFields?: unknown } | undefined)?.metadataFields;

  const entitySpace = (entityName: unknown): Space & { kind: 'entity' } => ({
    kind: 'entity',
    entity: validateEntityName(entityName, entities),
  });

  const spaceFor = (kind: 'kvs' | 'secret' | 'entity', body: Record<string, unknown>): Space =>
    kind === 'entity' ? entitySpace(body.entityName) : { kind };

  const checkedValue = (space: Space, value: unknown): string => {
    const json = validateValue(value);
    if (space.kind === 'entity') validateEntityValue(space.entity, value);
    return json;
  };

  const expireAtFor = (setOptions: unknown): number | null => {
    const ttl = ttlMillis(setOptions);
    return ttl === undefined ? null : now() + ttl;
  };

  const get =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      const row = read(space, validateKey(body.key), now());
      if (!row) throw errors.keyNotFound();
      return { status: 200, body: present(row) };
    };

  const set =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      const key = validateKey(body.key);
      const json = checkedValue(space, body.value);
      const opts = (body.options ?? {}) as {
        keyPolicy?: unknown;
        returnValue?: unknown;
        returnMetadataFields?: unknown;
      };
      if (
        opts.keyPolicy !== undefined &&
        opts.keyPolicy !== 'OVERRIDE' &&
        opts.keyPolicy !== 'FAIL_IF_EXISTS'
      )
        throw errors.badRequest('unknown keyPolicy');
      if (opts.returnValue !== undefined) {
        if (opts.returnValue !== 'PREVIOUS' && opts.returnValue !== 'LATEST')
          throw errors.badRequest('unknown returnValue');
        if (opts.keyPolicy !== 'OVERRIDE') throw errors.badRequest('returnValue requires keyPolicy OVERRIDE');
      }
      const expireAt = expireAtFor(opts);
      const { previous, current } = store.atomically(() => {
        if (opts.keyPolicy === 'FAIL_IF_EXISTS' && store.get(space, key, now())) throw errors.keyConflict();
        return store.put(space, key, json, now(), expireAt);
      });
      if (opts.returnValue === 'LATEST')
        return { status: 200, body: present(current, opts.returnMetadataFields ?? []) };
      if (opts.returnValue === 'PREVIOUS' && previous)
        return { status: 200, body: present(previous, opts.returnMetadataFields ?? []) };
      return { status: 204 };
    };

  const del =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      if (!store.remove(space, validateKey(body.key), now())) throw errors.keyNotFound();
      return { status: 204 };
    };

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

  interface BatchItem {
    key: string;
    entityName?: string;
    space: Space;
  }

  /** Checks the batch as a whole (size, duplicates); per-item errors are reported item by item later. */
  const batchItems = (raw: unknown): Array<{ item: Record<string, unknown>; prepare: () => BatchItem }> => {
    const items = asArray(raw);
    if (items.length === 0) throw errors.emptyOperations();
    if (items.length > LIMITS.batchItems) throw errors.tooManyOperations(LIMITS.batchItems);
    const seen = new Set<string>();
    return items.map((value) => {
      const item = asObject(value);
      const id = JSON.stringify([item.entityName ?? null, item.key]);
      if (seen.has(id)) throw errors.duplicateKeys(String(item.key));
      seen.add(id);
      return {
        item,
        prepare: () => {
          if (item.entityName === undefined) return { key: validateKey(item.key), space: { kind: 'kvs' } };
          const space = entitySpace(item.entityName);
          return { key: validateKey(item.key), space, entityName: space.entity.name };
        },
      };
    });
  };

  const batch =
    (op: (prepared: BatchItem, item: Record<string, unknown>) => Record<string, unknown>): Handler =>
    (raw) => {
      const successfulKeys: unknown[] = [];
      const failedKeys: unknown[] = [];
      for (const { item, prepare } of batchItems(raw)) {
        const ids = {
          key: item.key,
          ...(item.entityName === undefined ? {} : { entityName: item.entityName }),
        };
        try {
          successfulKeys.push({ ...ids, ...op(prepare(), item) });
        } catch (e) {
          if (!(e instanceof KvsHttpError)) throw e;
          failedKeys.push({ ...ids, error: e.toBody() });
        }
      }
      return { status: 200, body: { successfulKeys, failedKeys } };
    };

  const batchSet = batch(({ key, space }, item) => {
    const json = checkedValue(space, item.value);
    store.put(space, key, json, now(), expireAtFor(item.options));
    return {};
  });

  const batchGet = batch(({ key, space }, item) => {
    const row = read(space, key, now());
    if (!row) throw new KvsHttpError(404, 'KEY_NOT_FOUND', 'Key does not exist');
    const { key: _key, ...rest } = present(row, metadataFieldsOf(item.options) ?? []);
    return rest;
  });

  const batchDelete = batch(({ key, space }) => {
    if (!store.remove(space, key, now())) throw new KvsHttpError(404, 'KEY_NOT_FOUND', 'Key does not exist');
    return {};
  });

  const transaction: Handler = (raw) => {
    const body = asObject(raw);
    const list = (name: 'set' | 'delete' | 'check') => {
      const value = body[name];
      if (value === undefined || value === null) return [];
      return asArray(value).map(asObject);
    };
    const sets = list('set');
    const deletes = list('delete');
    const checks = list('check');
    const total = sets.length + deletes.length + checks.length;
    if (total === 0) throw errors.emptyOperations();
    if (total > LIMITS.transactionOperations) throw errors.tooManyOperations(LIMITS.transactionOperations);

    const seen = new Set<string>();
    const prepare = (op: Record<string, unknown>, needsConditions: boolean) => {
      const key = validateKey(op.key);
      const id = JSON.stringify([op.entityName ?? null, key]);
      if (seen.has(id)) throw errors.duplicateKeys(key);
      seen.add(id);
      const space: Space =
        op.entityName === undefined || op.entityName === null ? { kind: 'kvs' } : entitySpace(op.entityName);
      if (op.conditions !== undefined && space.kind !== 'entity')
        throw errors.badRequest('conditions need an entityName');
      const conditions = checkFilters(op.conditions);
      if (needsConditions && !conditions) throw errors.badRequest('check needs conditions');
      return { key, space, conditions };
    };
    const preparedSets = sets.map((op) => ({ ...prepare(op, false), json: '', op }));
    for (const s of preparedSets) s.json = checkedValue(s.space, s.op.value);
    const preparedDeletes = deletes.map((op) => prepare(op, false));
    const preparedChecks = checks.map((op) => prepare(op, true));

    store.atomically(() => {
      const t = now();
      for (const { key, space, conditions } of [...preparedSets, ...preparedDeletes, ...preparedChecks]) {
        if (!conditions) continue;
        const row = store.get(space, key, t);
        const current = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
        if (!matchesFilters(current, conditions)) throw errors.conditionFailed(key);
      }
      for (const s of preparedSets) store.put(s.space, s.key, s.json, t, expireAtFor(s.op.options));
      for (const d of preparedDeletes) store.remove(d.space, d.key, t);
    });
    return { status: 204 };
  };

  const routes: Record<string, Handler> = {
    '/api/v1/get': get('kvs'),
    '/api/v1/set': set('kvs'),
    '/api/v1/delete': del('kvs'),
    '/api/v1/query': query,
    '/api/v1/secret/get': get('secret'),
    '/api/v1/secret/set': set('secret'),
    '/api/v1/secret/delete': del('secret'),
    '/api/v1/entity/get': get('entity'),
    '/api/v1/entity/set': set('entity'),
    '/api/v1/entity/delete': del('entity'),
    '/api/v1/entity/query': entityQuery,
    '/api/v1/batch/set': batchSet,
    '/api/v1/batch/get': batchGet,
    '/api/v1/batch/delete': batchDelete,
    '/api/v1/transaction': transaction,
  };

  const errorAnswer = (e: KvsHttpError): KvsResponse => ({
    status: e.status,
    body: e.toBody(),
    headers: e.headers,
  });

  const faultAnswer = (rule: FaultRule): KvsResponse => ({
    status: rule.status,
    body: rule.body ?? defaultFaultBody(rule.status),
    headers: rule.status === 429 ? { 'retry-after': '1' } : {},
  });

  const rateLimited = (): boolean => {
    if (!options.requestsPerSecond) return false;
    const t = now();
    while (recentRequests.length > 0 && (recentRequests[0] as number) <= t - 1000) recentRequests.shift();
    if (recentRequests.length >= options.requestsPerSecond) return true;
    recentRequests.push(t);
    return false;
  };

  const run = (path: string, body: unknown): KvsResponse => {
    const handler = routes[path];
    if (!handler)
      return {
        status: 404,
        body: { code: 'NOT_FOUND', message: `Unknown KVS endpoint ${path}` },
        headers: {},
      };
    try {
      if (Buffer.byteLength(JSON.stringify(body) ?? '', 'utf8') > LIMITS.payloadBytes)
        throw errors.payloadTooLarge();
      const answer = handler(body);
      return { status: answer.status, body: answer.body, headers: {} };
    } catch (e) {
      if (e instanceof KvsHttpError) return errorAnswer(e);
      return {
        status: 500,
        body: { ...errors.internal().toBody(), context: { emulatorError: String(e) } },
        headers: {},
      };
    }
  };

  const handle = async (path: string, body: unknown): Promise<KvsResponse> => {
    const jitter = latencyJitterMs > 0 ? Math.floor(jitterRandom() * latencyJitterMs) : 0;
    const wait = latencyMs + faults.latencyMs + jitter;
    if (wait > 0) await sleep(wait);
    const fault = faults.next(path);
    if (rateLimited()) return errorAnswer(errors.rateLimited());
    if (fault && !fault.afterWrite) return faultAnswer(fault);
    const answer = run(path, body);
    return fault ? faultAnswer(fault) : answer;
  };

  const fetch = async (path: string, init?: RequestInit): Promise<Response> => {
    let body: unknown;
    let answer: KvsResponse;
    try {
      body = typeof init?.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined;
      answer = await handle(path, body);
    } catch {
      answer = errorAnswer(errors.badRequest('not JSON'));
    }
    const headers = { 'x-trace-id': randomUUID().replace(/-/g, ''), ...answer.headers };
    const statusText = STATUS_TEXT[answer.status] ?? '';
    if (answer.body === undefined) return new Response(null, { status: answer.status, statusText, headers });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      statusText,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };

  const dump = (): KvsDump => {
    const t = now();
    const out: KvsDump = { kvs: [], secrets: [], entities: [] };
    for (const row of store.dump()) {
      if (row.expireAt !== null && row.expireAt <= t) continue;
      const item: KvsDumpItem = {
        key: row.key,
        value: JSON.parse(row.value) as unknown,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        expireAt: row.expireAt,
      };
      if (row.kind === 'kvs') out.kvs.push(item);
      else if (row.kind === 'secret') out.secrets.push(item);
      else out.entities.push({ entityName: row.entity, ...item });
    }
    return out;
  };

  return {
    handle,
    fetch,
    faults,
    consistency: {
      staleReads: setStaleReads,
      get options() {
        return stale;
      },
      settle: () => store.clearVersions(),
      get staleAnswers() {
        return staleAnswers;
      },
    },
    entities,
    dump,
    purgeExpired: () => store.purgeExpired(now()),
    reset: () => {
      store.reset();
      faults.clear();
      recentRequests.length = 0;
      staleAnswers = 0;
    },
    close: () => store.close(),
  };
}
