/**
 * Storage timing and eventual consistency of the emulated KVS: per-request latency (with seeded jitter), and stale
 * reads. Forge storage is eventually consistent: a read, a batch get or a query may answer a value that was the
 * latest a moment ago. Writes, `FAIL_IF_EXISTS`, `returnValue` and transaction conditions always act on the latest
 * value. Everything random here comes from a seeded PRNG, so a seed and an order of requests replay exactly.
 */
import type { EntityDefinition, EntityIndex } from './manifest';
import { toRangeValue, type RangeValue, type StoredRow } from './store';

export interface StaleReadOptions {
  /**
   * Chance (0–1) that a read of a key with recent history answers one of its earlier versions instead of the
   * latest (1: always, while there is one in the window).
   */
  probability: number;
  /**
   * How far back, in ms of the KVS clock (`now`), a read may look: it answers a version that was the latest at
   * some moment of the last `windowMs`, i.e. one replaced less than `windowMs` ago. 0 turns stale reads off.
   */
  windowMs: number;
  /** Earlier versions kept per key. Default 3. */
  maxVersions?: number;
  /**
   * Whether existence goes stale too (default true): a key created within the window may read as missing, one
   * deleted within it may still be read (and listed by queries). False: only the values of keys that exist now.
   */
  includeMissing?: boolean;
}

/** What tests and `npm start` may set about the KVS's timing and consistency (see KvsServiceOptions). */
export interface KvsBehaviour {
  /** Every request waits this many ms before it is served (default 0). */
  latencyMs?: number;
  /** Plus 0 to this many ms more, drawn per request from the seeded PRNG: concurrent requests can overtake. */
  latencyJitterMs?: number;
  /** How a request waits; default `setTimeout` (so Jest's fake timers control it). Tests may count or steer waits. */
  sleep?: (ms: number) => Promise<void>;
  /** Eventually consistent reads; off by default. */
  staleReads?: StaleReadOptions;
  /** Seed of the PRNGs behind jitter and stale reads (default 1). */
  seed?: number;
  /** Answer 429 RATE_LIMIT_EXCEEDED beyond this many requests in any one-second window. Off by default. */
  requestsPerSecond?: number;
}

export type ResolvedStaleReads = Required<StaleReadOptions>;

const nonNegative = (value: unknown, name: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number ≥ 0, not ${String(value)}`);
  return value;
};

export function resolveStaleReads(
  options: StaleReadOptions | null | undefined,
): ResolvedStaleReads | undefined {
  if (!options) return undefined;
  const probability = nonNegative(options.probability, 'staleReads.probability');
  if (probability > 1) throw new Error('staleReads.probability must be between 0 and 1');
  const windowMs = nonNegative(options.windowMs, 'staleReads.windowMs');
  const maxVersions = options.maxVersions ?? 3;
  if (!Number.isInteger(maxVersions) || maxVersions < 1)
    throw new Error('staleReads.maxVersions must be an integer ≥ 1');
  if (probability === 0 || windowMs === 0) return undefined;
  return { probability, windowMs, maxVersions, includeMissing: options.includeMissing ?? true };
}

export function checkLatency(behaviour: KvsBehaviour): { latencyMs: number; latencyJitterMs: number } {
  return {
    latencyMs: nonNegative(behaviour.latencyMs ?? 0, 'latencyMs'),
    latencyJitterMs: nonNegative(behaviour.latencyJitterMs ?? 0, 'latencyJitterMs'),
  };
}

/**
 * `npm start`'s settings from the environment:
 *   FORGE_LOCAL_KVS_LATENCY_MS, FORGE_LOCAL_KVS_LATENCY_JITTER_MS,
 *   FORGE_LOCAL_KVS_STALE_READS (probability 0–1), FORGE_LOCAL_KVS_STALE_WINDOW_MS (default 1000),
 *   FORGE_LOCAL_KVS_SEED.
 */
export function kvsBehaviourFromEnv(env: NodeJS.ProcessEnv = process.env): KvsBehaviour {
  const number = (name: string): number | undefined => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, not "${raw}"`);
    return value;
  };
  const behaviour: KvsBehaviour = {};
  const latencyMs = number('FORGE_LOCAL_KVS_LATENCY_MS');
  const latencyJitterMs = number('FORGE_LOCAL_KVS_LATENCY_JITTER_MS');
  const probability = number('FORGE_LOCAL_KVS_STALE_READS');
  const windowMs = number('FORGE_LOCAL_KVS_STALE_WINDOW_MS');
  const seed = number('FORGE_LOCAL_KVS_SEED');
  if (latencyMs !== undefined) behaviour.latencyMs = latencyMs;
  if (latencyJitterMs !== undefined) behaviour.latencyJitterMs = latencyJitterMs;
  if (probability !== undefined && probability > 0) {
    if (probability > 1) throw new Error('FORGE_LOCAL_KVS_STALE_READS is a probability between 0 and 1');
    behaviour.staleReads = { probability, windowMs: windowMs ?? 1000 };
  }
  if (seed !== undefined) behaviour.seed = seed;
  return behaviour;
}

/** One line for the console: what `npm start` runs with, when anything is set. */
export function describeBehaviour(behaviour: KvsBehaviour): string | undefined {
  const parts: string[] = [];
  if (behaviour.latencyMs || behaviour.latencyJitterMs)
    parts.push(
      `latency ${behaviour.latencyMs ?? 0} ms${behaviour.latencyJitterMs ? ` + up to ${behaviour.latencyJitterMs} ms jitter` : ''}`,
    );
  if (behaviour.staleReads)
    parts.push(
      `stale reads p=${behaviour.staleReads.probability} within ${behaviour.staleReads.windowMs} ms`,
    );
  if (parts.length === 0) return undefined;
  return `${parts.join(', ')} (seed ${behaviour.seed ?? 1})`;
}

// ---- the order of a query's results ---------------------------------------------------------------------------

/** SQLite's order of index values: numbers before text, numbers by value, text by UTF-8 bytes (BINARY). */
export function compareIndexValues(a: RangeValue, b: RangeValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export const compareKeys = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export interface IndexPosition {
  range: RangeValue;
  key: string;
}

export const comparePositions = (a: IndexPosition, b: IndexPosition): number =>
  compareIndexValues(a.range, b.range) || compareKeys(a.key, b.key);

/** The range condition of an index query, as the store's SQL applies it (see KvsStore.scanIndex). */
export function rangeMatches(value: RangeValue, range: { condition: string; values: unknown[] }): boolean {
  const [v0, v1] = range.values.map(toRangeValue);
  if (v0 === undefined) return false;
  if (typeof v0 === 'string' ? typeof value !== 'string' : typeof value !== 'number') return false;
  const c0 = compareIndexValues(value, v0);
  switch (range.condition) {
    case 'EQUAL_TO':
      return c0 === 0;
    case 'GREATER_THAN':
      return c0 > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return c0 >= 0;
    case 'LESS_THAN':
      return c0 < 0;
    case 'LESS_THAN_EQUAL_TO':
      return c0 <= 0;
    case 'BETWEEN':
      return v1 !== undefined && c0 >= 0 && compareIndexValues(value, v1) <= 0;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(v0));
    default:
      return false;
  }
}

/** Where a stored value sits in an index query's results, or undefined when that query does not find it. */
export function indexPositionOf(
  query: {
    entity: EntityDefinition;
    index: EntityIndex;
    partition: unknown[];
    range?: { condition: string; values: unknown[] };
    after?: IndexPosition;
    descending: boolean;
  },
  key: string,
  row: StoredRow,
): IndexPosition | undefined {
  const value = JSON.parse(row.value) as Record<string, unknown>;
  const partition = query.index.partition.map((attr) => toRangeValue(value[attr]));
  if (partition.some((p) => p === undefined)) return undefined;
  if (JSON.stringify(partition) !== JSON.stringify(query.partition.map(toRangeValue))) return undefined;
  const rangeAttr = query.index.range[0];
  const range = rangeAttr === undefined ? '' : toRangeValue(value[rangeAttr]);
  if (range === undefined) return undefined;
  if (query.range && !rangeMatches(range, query.range)) return undefined;
  const position = { range, key };
  if (query.after) {
    const order = comparePositions(position, query.after);
    if (query.descending ? order >= 0 : order <= 0) return undefined;
  }
  return position;
}

export interface PageEntry<P> {
  key: string;
  row: StoredRow;
  position: P;
}

/**
 * One page of a query as an eventually consistent store may answer it: each key found by the scan of the latest
 * values, and each key with recent versions, shows the version `pick` chooses, where that version would sit.
 * The page never reaches past the position where the latest scan's page ended (the next page starts there).
 */
export function stalePage<P>(args: {
  /** The scan of the latest values: up to `limit + 1` rows in page order. */
  latest: Array<PageEntry<P>>;
  limit: number;
  /** Keys with versions in the window (candidates that may show although the latest scan did not find them). */
  recentKeys: readonly string[];
  latestOf(key: string): StoredRow | undefined;
  positionOf(key: string, row: StoredRow): P | undefined;
  /** In page order. */
  compare(a: P, b: P): number;
  pick(key: string, latest: StoredRow | undefined): StoredRow | undefined;
}): { page: Array<PageEntry<P>>; boundary: P | undefined } {
  const { limit } = args;
  let boundary = args.latest.length > limit ? args.latest[limit - 1]!.position : undefined;
  const within = (position: P | undefined): position is P =>
    position !== undefined && (boundary === undefined || args.compare(position, boundary) <= 0);
  const entries: Array<PageEntry<P>> = [];
  const add = (key: string, row: StoredRow | undefined) => {
    if (!row) return;
    const position = args.positionOf(key, row);
    if (within(position)) entries.push({ key, row, position });
  };
  const scanned = new Set(args.latest.map((entry) => entry.key));
  for (const entry of args.latest.slice(0, limit)) add(entry.key, args.pick(entry.key, entry.row));
  for (const key of args.recentKeys) {
    if (scanned.has(key)) continue;
    const latest = args.latestOf(key);
    // Found by this query but not scanned: it lies beyond this page, where a later page will read it.
    if (latest && args.positionOf(key, latest) !== undefined) continue;
    add(key, args.pick(key, latest));
  }
  entries.sort((a, b) => args.compare(a.position, b.position));
  if (entries.length > limit) {
    entries.length = limit;
    boundary = entries[limit - 1]!.position;
  }
  return { page: entries, boundary };
}
