/**
 * The backend harness: the app as Forge runs it (createApp over the real adapters, so the real @forge/kvs and
 * @forge/api), with a clock the test moves, on the local platform. Two sizes:
 * - `products: 'confluence'` (default): the runtime and the KVS in memory, in process, with the Confluence sandbox;
 * - `products: 'host'`: the whole local host (sandbox/server) in memory on a free port, with the Confluence and Jira
 *   sandboxes, the queue and the triggers calling this same app, and its HTTP front (`host`) for tests that drive
 *   it as the page does.
 * Only the app's time goes through `clock`: the local KVS and Jira keep their own (the KVS's TTLs, Jira's times).
 */
import { forgePorts } from '../../src/adapters';
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import type { CampaignRecord } from '../../src/adapters/records/campaign';
import { toModelRecord } from '../../src/adapters/records/model';
import { toRolesRecord } from '../../src/adapters/records/roles';
import { createApp, type App } from '../../src/app';
import type { EvaluationModel } from '../../src/domain/model/model';
import type { Clock } from '../../src/ports/runtime';
import type { Output, ResolverKey } from '../../src/shared/contract';
import type { AppError } from '../../src/shared/result';
import type { KvsBehaviour, KvsDump, KvsService } from '../../sandbox/kvs';
import type { CallCounts, InvocationIdentity } from '../../sandbox/platform';
import { createConfluenceSandbox } from '../../sandbox/products/confluence';
import { createProductRouter } from '../../sandbox/products/router';
import { DEMO_SITE } from '../../sandbox/products/site';
import type { ForgeRuntime } from '../../sandbox/runtime';
import type { StartHostOptions } from '../../sandbox/server';
import { macroContext } from './builders';
import { startTestRuntime } from './forge-runtime';
import { startTestHost, type Host } from './host';
import { PEOPLE } from './people';

/**
 * The app's clock in tests: real time, moved on by `advance` or `set`. It keeps running, so waits (Retry-After,
 * backoff) and "the minutes after the close" read time as the app does in production.
 */
export class TestClock implements Clock {
  private offset = 0;

  now = (): number => Date.now() + this.offset;

  sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  advance(ms: number): void {
    this.offset += ms;
  }

  /** From now on the clock reads `ms`, and runs on from there. */
  set(ms: number): void {
    this.offset = ms - Date.now();
  }

  /** Back to real time. */
  reset(): void {
    this.offset = 0;
  }
}

/**
 * A Result as tests read it: `data` and `error` typed, without narrowing on `ok` first (a wrong guess fails the
 * test at run time, which is what a test wants).
 */
export interface LooseResult<T> {
  ok: boolean;
  data: T;
  error: Required<AppError>;
}

export interface Roles {
  admins: string[];
  team: string[];
  quality: string[];
}

export interface JiraTarget {
  projectKey: string;
  issueTypeId: string;
}

/** What `seed` writes straight into storage, as the admin features would have. */
export interface Seed {
  campaigns?: CampaignRecord[];
  models?: EvaluationModel[];
  /** The roles record; each list defaults to the personas' (admin Jean, buyers Grace and Hugo, quality Inès). */
  roles?: Partial<Roles>;
  /** The Jira project the plan creates its issues in. */
  jira?: JiraTarget;
}

export interface BackendOptions {
  /** 'confluence' (default): in process, Confluence only. 'host': the whole local host, with Jira. */
  products?: 'confluence' | 'host';
  /**
   * The local KVS's timing and consistency: `latencyMs`, `latencyJitterMs` (seeded), `sleep`, `staleReads`,
   * `seed`, `requestsPerSecond` (see test/helpers/forge-runtime.ts).
   */
  storage?: KvsBehaviour;
  /** The app's clock (default: a new TestClock, at real time). */
  clock?: TestClock;
  /** The context `call` sends when the test gives none (default: the survey macro's, `macroContext()`). */
  context?: Record<string, unknown>;
  /** 'host' only: write the demo data first (default false). */
  demo?: boolean;
  /** 'host' only: the host's other options (a database file, a real site and its scopes). */
  host?: Pick<StartHostOptions, 'dbFile' | 'site' | 'siteScopes'>;
}

export interface Backend {
  app: App;
  clock: TestClock;
  kvs: KvsService;
  runtime: ForgeRuntime;
  /** One resolver call as `accountId` (none: signed out), through the app's handler, with its request counts. */
  call<K extends ResolverKey>(
    accountId: string | undefined,
    functionKey: K,
    payload: unknown,
    context?: Record<string, unknown>,
  ): Promise<{ result: LooseResult<Output<K>>; counts: CallCounts }>;
  seed(seed: Seed): Promise<void>;
  /** Runs `fn` as one invocation of the app, without a user (as triggers and jobs run): direct SDK use in a test. */
  asApp<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` as one invocation as `identity`, and counts its platform requests. */
  invoke<T>(identity: InvocationIdentity, fn: () => Promise<T>): Promise<{ result: T; counts: CallCounts }>;
  dump(): KvsDump;
  /** The stored responses (entity values), for assertions. */
  responses(): Record<string, unknown>[];
  /** Everything a resolver can change: kvs values, secrets and entities, without the KVS metadata timestamps. */
  snapshot(): string;
  /** Waits for the queue and the Jira events under way (nothing to wait for without the host). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface HostBackend extends Backend {
  host: Host;
}

interface Platform {
  kvs: KvsService;
  runtime: ForgeRuntime;
  host?: Host;
  idle(): Promise<void>;
  close(): Promise<void>;
}

async function startPlatform(options: BackendOptions, app: App): Promise<Platform> {
  if (options.products === 'host') {
    const host = await startTestHost({
      ...options.host,
      seed: options.demo ?? false,
      kvs: options.storage,
      functionModules: { index: app },
    });
    return {
      kvs: host.kvs,
      runtime: host.runtime,
      host,
      async idle() {
        await host.queue.idle();
        await host.jira.idle();
        await host.queue.idle();
      },
      close: () => host.close(),
    };
  }
  const rt = startTestRuntime({
    ...options.storage,
    products: createProductRouter({ confluence: createConfluenceSandbox(DEMO_SITE) }),
  });
  return {
    kvs: rt.kvs,
    runtime: rt.runtime,
    idle: () => Promise.resolve(),
    close: () => Promise.resolve(rt.close()),
  };
}

export function startBackend(options: BackendOptions & { products: 'host' }): Promise<HostBackend>;
export function startBackend(options?: BackendOptions): Promise<Backend>;
export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const clock = options.clock ?? new TestClock();
  // The local runtime gives @forge/kvs no endpoint of its own, so the SDKs may load before it is installed.
  const app = createApp(forgePorts({ clock }));
  const platform = await startPlatform(options, app);
  const { kvs, runtime } = platform;
  const defaultContext = options.context ?? macroContext();
  const invoke: Backend['invoke'] = (identity, fn) => runtime.invoke(identity, fn);
  const asApp: Backend['asApp'] = async (fn) => (await invoke({ moduleKey: 'tests' }, fn)).result;
  return {
    app,
    clock,
    kvs,
    runtime,
    ...(platform.host ? { host: platform.host } : {}),
    async call(accountId, functionKey, payload, context = defaultContext) {
      const moduleKey = typeof context.moduleKey === 'string' ? context.moduleKey : 'survey-macro';
      const { result, counts } = await invoke({ accountId, moduleKey }, () =>
        app.handler(
          { call: { functionKey, payload }, context },
          { principal: accountId ? { accountId } : undefined },
        ),
      );
      return { result: result as never, counts };
    },
    async seed({ campaigns = [], models = [], roles, jira }) {
      await asApp(async () => {
        const { kvs: sdk } = await import('@forge/kvs');
        for (const model of models) await sdk.set(KEYS.model(model.id, model.version), toModelRecord(model));
        for (const campaign of campaigns) await sdk.entity(ENTITIES.campaign).set(campaign.id, campaign);
        if (roles) {
          await sdk.set(
            KEYS.roles,
            toRolesRecord({
              admins: roles.admins ?? [PEOPLE.jean],
              team: roles.team ?? [PEOPLE.grace, PEOPLE.hugo],
              quality: roles.quality ?? [PEOPLE.ines],
              revision: 1,
            }),
          );
        }
        if (jira) await sdk.set(KEYS.jiraSettings, { schemaVersion: 1, ...jira });
      });
    },
    asApp,
    invoke,
    dump: () => kvs.dump(),
    responses: () =>
      kvs
        .dump()
        .entities.filter((e) => e.entityName === ENTITIES.response)
        .map((e) => e.value as Record<string, unknown>),
    snapshot: () => {
      const { kvs: values, secrets, entities } = kvs.dump();
      const strip = ({ key, value, entityName }: { key: string; value: unknown; entityName?: string }) => ({
        key,
        value,
        entityName,
      });
      return JSON.stringify({
        kvs: values.map(strip),
        secrets: secrets.map(strip),
        entities: entities.map(strip),
      });
    },
    idle: () => platform.idle(),
    close: () => platform.close(),
  };
}
