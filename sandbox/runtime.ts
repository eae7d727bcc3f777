/**
 * The runtime globals of the local Forge host: `__forge_fetch__` (every SDK request) and `__forge_runtime__`
 * (what @forge/api reads: appContext, lambdaContext, metrics, aaid...). Invocations may overlap, so the current one
 * lives in an AsyncLocalStorage and the runtime object reads it through getters.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { KvsService } from './kvs';
import { createRealtimeHub, type RealtimeHub } from './realtime';
import {
  zeroCounts,
  type CallCounts,
  type ForgeFetch,
  type ForgeFetchTarget,
  type InvocationIdentity,
  type ProductRouter,
} from './platform';

export interface ForgeRuntimeOptions {
  kvs: KvsService;
  products: ProductRouter;
  /** The app id, as a UUID or the manifest's `ari:cloud:ecosystem::app/<uuid>`. */
  appId?: string;
  appVersion?: string;
  environmentId?: string;
  environmentType?: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  installationId?: string;
  /** Scopes granted to the app (manifest `permissions.scopes`), reported by getAppContext().permissions. */
  scopes?: string[];
  /** Where @forge/api's i18n looks for its bundle folder. */
  appCodeDir?: string;
  /** Default invocation time limit in ms (resolvers: 25 s). */
  timeoutMs?: number;
  now?: () => number;
}

export interface InvokeOptions {
  /** Time limit of this invocation in ms (e.g. 900_000 for a queue consumer); defaults to the runtime's. */
  timeoutMs?: number;
}

export interface ForgeRuntime {
  /** Sets `globalThis.__forge_fetch__` and `globalThis.__forge_runtime__` (idempotent). */
  install(): void;
  /** Restores the globals that were there before `install()`. */
  uninstall(): void;
  /** Runs `fn` as one invocation of `identity` and counts the platform requests it made. */
  invoke<T>(
    identity: InvocationIdentity,
    fn: () => Promise<T>,
    options?: InvokeOptions,
  ): Promise<{ result: T; counts: CallCounts }>;
  /** The identity of the invocation the caller runs in, if any. */
  current(): InvocationIdentity | undefined;
  /** Requests of the whole process since start or the last `resetTotals()`. */
  totals(): CallCounts;
  resetTotals(): void;
  /** The dispatcher installed as `__forge_fetch__`. */
  readonly fetch: ForgeFetch;
  /** The app installation's id (`appContext.installationId`): realtime channels are scoped by it. */
  readonly installationId: string;
  /** Forge realtime: what `@forge/realtime`'s publish reaches, and whom it reaches (sandbox/realtime.ts). */
  readonly realtime: RealtimeHub;
}

interface Invocation {
  identity: InvocationIdentity;
  invocationId: string;
  startedAt: number;
  timeoutMs: number;
  counts: CallCounts;
  traceId: string;
}

const DEFAULT_APP_ID = '00000000-0000-4000-8000-000000000000';

type ForgeGlobals = typeof globalThis & { __forge_fetch__?: unknown; __forge_runtime__?: unknown };

/** Which counter a non-KVS request goes to: by `target.remote`, else by path; app-provider calls count as events. */
export function classifyRequest(target: ForgeFetchTarget, path: string): keyof CallCounts {
  if (target.type === 'kvs') return 'storage';
  if (target.remote === 'jira' || path.startsWith('/ex/jira/')) return 'jira';
  if (target.remote === 'confluence' || path.startsWith('/ex/confluence/')) return 'confluence';
  if (!target.remote && (path.startsWith('/rest/api/') || path.startsWith('/rest/agile/'))) return 'jira';
  if (!target.remote && (path.startsWith('/wiki/') || path.startsWith('/rest/api/content')))
    return 'confluence';
  return 'events';
}

const noopMetrics = {
  counter: () => ({ incr: () => undefined, decr: () => undefined }),
  gauge: () => ({ set: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
};

export function createForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  const now = options.now ?? Date.now;
  const appId = (options.appId ?? DEFAULT_APP_ID).replace(/^ari:cloud:ecosystem::app\//, '');
  const environmentId = options.environmentId ?? 'local';
  const installationId = options.installationId ?? 'local-installation';
  const defaultTimeout = options.timeoutMs ?? 25_000;
  const storage = new AsyncLocalStorage<Invocation>();
  let totals = zeroCounts();
  let previous: { fetch: unknown; runtime: unknown } | undefined;
  const realtime = createRealtimeHub();

  const count = (kind: keyof CallCounts) => {
    totals[kind] += 1;
    const invocation = storage.getStore();
    if (invocation) invocation.counts[kind] += 1;
  };

  const forgeFetch: ForgeFetch = async (target, path, init) => {
    const kind = classifyRequest(target, path);
    count(kind);
    if (kind === 'storage') return options.kvs.fetch(path, init);
    // A realtime publish counts among `events` (an app-provider request), as queue pushes do.
    if (target.type === 'realtime')
      return realtime.handle({ installationId, moduleKey: storage.getStore()?.identity.moduleKey }, init);
    return options.products(target, path, init, storage.getStore()?.identity ?? {});
  };

  // No `kvs` property on purpose: @forge/kvs then talks through `{type:'kvs', provider:'app', remote:'kvs'}`.
  const runtimeObject = {
    get aaid(): string | undefined {
      return storage.getStore()?.identity.accountId;
    },
    get contextAri(): string | undefined {
      return storage.getStore()?.identity.installContext;
    },
    get appContext() {
      const invocation = storage.getStore();
      return {
        appId,
        appVersion: options.appVersion ?? '1.0.0',
        environmentId,
        environmentType: options.environmentType ?? 'DEVELOPMENT',
        invocationId: invocation?.invocationId,
        installationId,
        moduleKey: invocation?.identity.moduleKey,
        license: undefined,
        installation: invocation?.identity.installContext
          ? { contexts: [invocation.identity.installContext] }
          : undefined,
        permissions: { scopes: options.scopes ?? [], external: {} },
      };
    },
    lambdaContext: {
      getRemainingTimeInMillis: (): number => {
        const invocation = storage.getStore();
        if (!invocation) return defaultTimeout;
        return Math.max(0, invocation.timeoutMs - (now() - invocation.startedAt));
      },
    },
    metrics: noopMetrics,
    get tracing() {
      const traceId = storage.getStore()?.traceId ?? '0'.repeat(32);
      return { traceId, spanId: traceId.slice(0, 16) };
    },
    proxy: { token: 'local-forge-host', url: 'http://local-forge-host' },
    container: { appCodeDir: options.appCodeDir },
    externalAuth: [],
  };

  const globals = globalThis as ForgeGlobals;

  return {
    fetch: forgeFetch,
    installationId,
    realtime,
    install() {
      if (globals.__forge_fetch__ === forgeFetch) return;
      previous = { fetch: globals.__forge_fetch__, runtime: globals.__forge_runtime__ };
      globals.__forge_fetch__ = forgeFetch;
      globals.__forge_runtime__ = runtimeObject;
    },
    uninstall() {
      if (!previous || globals.__forge_fetch__ !== forgeFetch) return;
      globals.__forge_fetch__ = previous.fetch;
      globals.__forge_runtime__ = previous.runtime;
      previous = undefined;
    },
    async invoke<T>(identity: InvocationIdentity, fn: () => Promise<T>, invokeOptions: InvokeOptions = {}) {
      const invocation: Invocation = {
        identity: { ...identity },
        invocationId: randomUUID(),
        startedAt: now(),
        timeoutMs: invokeOptions.timeoutMs ?? defaultTimeout,
        counts: zeroCounts(),
        traceId: randomUUID().replace(/-/g, ''),
      };
      const result = await storage.run(invocation, fn);
      return { result, counts: { ...invocation.counts } };
    },
    current: () => storage.getStore()?.identity,
    totals: () => ({ ...totals }),
    resetTotals: () => {
      totals = zeroCounts();
    },
  };
}
