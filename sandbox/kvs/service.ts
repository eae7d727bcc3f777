/**
 * The emulated KVS and Custom Entity Store (see README.md): one `handle(path, body)` per request, with latency,
 * scripted faults and a rate limit in front of the endpoints. The endpoints: keys.ts (get, set, delete of plain
 * keys, secrets and entities), queries.ts, batch.ts, transaction.ts; reads.ts makes reads eventually consistent.
 */
import { seededRandom } from '../random';
import { batchHandlers } from './batch';
import type { Handler } from './bodies';
import {
  checkLatency,
  type KvsBehaviour,
  type ResolvedStaleReads,
  type StaleReadOptions,
} from './consistency';
import { kvsContext } from './context';
import { errors, KvsHttpError } from './errors';
import { KvsFaults } from './faults';
import { keyHandlers } from './keys';
import type { EntityDefinition } from './manifest';
import { queryHandlers } from './queries';
import { eventualReads } from './reads';
import { KvsStore } from './store';
import { transactionHandler } from './transaction';
import { LIMITS } from './validation';
import { errorAnswer, faultAnswer, toResponse, type KvsResponse } from './wire';

export type { KvsResponse } from './wire';

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
  const reads = eventualReads(store, seed);
  reads.configure(options.staleReads);
  const context = kvsContext(store, entities, now, reads);
  const { get, set, del } = keyHandlers(context);
  const { query, entityQuery } = queryHandlers(context);
  const { batchSet, batchGet, batchDelete } = batchHandlers(context);
  const transaction = transactionHandler(context);

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
    return toResponse(answer);
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
      staleReads: (value) => reads.configure(value),
      get options() {
        return reads.options;
      },
      settle: () => store.clearVersions(),
      get staleAnswers() {
        return reads.staleAnswers;
      },
    },
    entities,
    dump,
    purgeExpired: () => store.purgeExpired(now()),
    reset: () => {
      store.reset();
      faults.clear();
      recentRequests.length = 0;
      reads.resetCount();
    },
    close: () => store.close(),
  };
}
