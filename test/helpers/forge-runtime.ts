/**
 * The local platform without the app, for tests of adapters and of the sandbox itself that use the real Forge SDKs:
 * an in-memory KVS built from the project's manifest entities, and the runtime globals installed for this test
 * file. The backend harness (./backend.ts) runs the app on it.
 */
import path from 'node:path';
import {
  createKvsService,
  loadEntitiesFromManifest,
  ManualClock,
  type EntityDefinition,
  type KvsBehaviour,
  type KvsService,
} from '../../sandbox/kvs';
import type { CallCounts, InvocationIdentity, ProductRouter } from '../../sandbox/platform';
import { createForgeRuntime, type ForgeRuntime, type InvokeOptions } from '../../sandbox/runtime';

export interface TestRuntime {
  kvs: KvsService;
  runtime: ForgeRuntime;
  /** Moves the KVS clock (TTL expiry) and the invocation clock. */
  clock: ManualClock;
  invoke<T>(
    identity: InvocationIdentity,
    fn: () => Promise<T>,
    options?: InvokeOptions,
  ): Promise<{ result: T; counts: CallCounts }>;
  close(): void;
}

const MANIFEST = path.resolve(__dirname, '../../manifest.yml');

/** Product requests answer 501 unless the test gives a router. */
const noProducts: ProductRouter = (_target, requestPath) =>
  Promise.resolve(
    new Response(JSON.stringify({ errorMessages: [`No product sandbox in this test for ${requestPath}`] }), {
      status: 501,
      headers: { 'content-type': 'application/json' },
    }),
  );

/**
 * Besides products, clock and entities, the KVS's timing and consistency (sandbox/kvs/consistency.ts):
 * - `latencyMs`: every storage request waits this long before it is served; `latencyJitterMs`: plus 0 to this
 *   many ms more per request (seeded), so concurrent requests can overtake each other;
 * - `sleep`: how requests wait (default setTimeout: Jest's fake timers control it; pass your own to count waits);
 * - `staleReads: { probability, windowMs, maxVersions?, includeMissing? }`: gets, batch gets and queries may answer
 *   a version of a key that was the latest within the last `windowMs` of `clock` (writes, FAIL_IF_EXISTS,
 *   returnValue, deletes and transaction conditions always see the latest); `kvs.consistency` switches it at run
 *   time, `settle()`s it and counts `staleAnswers`;
 * - `seed`: the PRNG seed of jitter and stale reads (default 1): same seed and same request order, same answers;
 * - `requestsPerSecond`: real 429s beyond that rate.
 */
export interface TestRuntimeOptions extends KvsBehaviour {
  products?: ProductRouter;
  clock?: ManualClock;
  /** Defaults to the entities of the project's manifest.yml. */
  entities?: EntityDefinition[];
}

export function startTestRuntime(options: TestRuntimeOptions = {}): TestRuntime {
  const clock = options.clock ?? new ManualClock();
  const kvs = createKvsService({
    filename: ':memory:',
    entities: options.entities ?? loadEntitiesFromManifest(MANIFEST),
    now: clock.now,
    requestsPerSecond: options.requestsPerSecond,
    latencyMs: options.latencyMs,
    latencyJitterMs: options.latencyJitterMs,
    sleep: options.sleep,
    staleReads: options.staleReads,
    seed: options.seed,
  });
  const runtime = createForgeRuntime({
    kvs,
    products: options.products ?? noProducts,
    now: clock.now,
    scopes: ['storage:app'],
  });
  runtime.install();
  return {
    kvs,
    runtime,
    clock,
    invoke: (identity, fn, invokeOptions) => runtime.invoke(identity, fn, invokeOptions),
    close: () => {
      runtime.uninstall();
      kvs.close();
    },
  };
}
