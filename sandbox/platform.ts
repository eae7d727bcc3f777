/**
 * Types shared by the pieces of the local Forge host. The host emulates the platform; the app's code and
 * Atlassian's SDK packages run unmodified on top of it, talking through `globalThis.__forge_fetch__`.
 */

/** The first argument of `__forge_fetch__`, as @forge/kvs, @forge/api and @forge/events build it. */
export interface ForgeFetchTarget {
  type: string; // 'kvs' | 'fpp' | 'tpp' | ...
  provider?: string; // 'app' | 'user' | 'none'
  remote?: string; // 'jira' | 'confluence' | 'kvs' | ...
  accountId?: string;
  contextAri?: string;
}

export type ForgeFetch = (target: ForgeFetchTarget, path: string, init?: RequestInit) => Promise<Response>;

/** Requests one invocation (or the whole process, for totals) made to the emulated platform. */
export interface CallCounts {
  /** KVS HTTP requests: each one is one storage round trip (a batch or a transaction counts once). */
  storage: number;
  jira: number;
  confluence: number;
  /** Queue pushes and other app-provider requests. */
  events: number;
}

export const zeroCounts = (): CallCounts => ({ storage: 0, jira: 0, confluence: 0, events: 0 });

/** Who and what an invocation runs as: the platform's trusted part of the context. */
export interface InvocationIdentity {
  accountId?: string;
  moduleKey?: string;
  installContext?: string;
}

/** Routes product requests (`type: 'fpp'`) and app-provider requests (queue pushes) to their emulation. */
export type ProductRouter = (
  target: ForgeFetchTarget,
  path: string,
  init: RequestInit | undefined,
  identity: InvocationIdentity,
) => Promise<Response>;
