import { seededRandom } from '../random';
import { resolveStaleReads, type ResolvedStaleReads, type StaleReadOptions } from './consistency';
import type { KvsStore, Space, StoredRow } from './store';

/**
 * Reads as an eventually consistent store answers them: while stale reads are on, every write keeps the version
 * it replaces, and a read may answer one of the versions that were the latest within the window.
 */
export interface KvsReads {
  /** The stale read options in force, if any. */
  readonly options: ResolvedStaleReads | undefined;
  /** Reads answered with an earlier version since the start or the last `resetCount`. */
  readonly staleAnswers: number;
  /** Turns stale reads on with these options, or off (null, undefined); history starts with the next write. */
  configure: (options: StaleReadOptions | null | undefined) => void;
  /** What a read of one key answers, given the latest row. */
  pick: (space: Space, key: string, latest: StoredRow | undefined, t: number) => StoredRow | undefined;
  /** A read (get, batch get): eventually consistent when stale reads are on. */
  read: (space: Space, key: string, t: number) => StoredRow | undefined;
  resetCount: () => void;
}

/** The reads of one store; `seed` seeds the stream that decides which reads are stale. */
export function eventualReads(store: KvsStore, seed: number): KvsReads {
  const staleRandom = seededRandom(seed).next;
  let stale: ResolvedStaleReads | undefined;
  let staleAnswers = 0;
  const configure = (value: StaleReadOptions | null | undefined) => {
    stale = resolveStaleReads(value);
    store.history = stale ? { keep: stale.maxVersions } : undefined;
    if (!stale) store.clearVersions();
  };

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

  return {
    get options() {
      return stale;
    },
    get staleAnswers() {
      return staleAnswers;
    },
    configure,
    pick,
    read,
    resetCount: () => {
      staleAnswers = 0;
    },
  };
}
