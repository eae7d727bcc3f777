/**
 * `startHost`: the local Forge host on one port. It builds the emulated platform (storage, the product sandboxes
 * and router, the runtime, the queue and triggers), writes the demo data if asked, and serves the route groups
 * behind the HTTP front (front.ts): the host page (page-routes.ts), invocations (invocation-routes.ts), frames and
 * their resources (frame-routes.ts) and the Jira panel (jira-routes.ts).
 */
import { join, resolve } from 'node:path';
import { createFunctionRegistry, loadManifest, modulesOf } from '../events/manifest';
import { createQueueService, type QueueService } from '../events/queue';
import { createTriggerService, type TriggerService } from '../events/triggers';
import { createKvsService, loadEntitiesFromManifest, type KvsBehaviour, type KvsService } from '../kvs';
import { siteAllowlist, type SiteAllowlist } from '../products/allowlist';
import { createConfluenceSandbox } from '../products/confluence';
import {
  createJiraSandbox,
  indexedPropertiesOf,
  type JiraControl,
  type JiraSandboxOptions,
} from '../products/jira';
import type { RealSite } from '../products/real-site';
import { createProductRouter, type ProductExchange } from '../products/router';
import { DEMO_SITE } from '../products/site';
import { createForgeRuntime, type ForgeRuntime } from '../runtime';
import { PLAN_DEMO_CAMPAIGN, seedDemoPlan } from '../demo/plan';
import { invitedOf, seedDemoData } from '../seed';
import { createFrameRoutes } from './frame-routes';
import { listenHost } from './front';
import { createInvocationRoutes, createScheduledRunner, type ScheduledRun } from './invocation-routes';
import { createJiraRoutes } from './jira-routes';
import { createPageRoutes } from './page-routes';
import { createRealtimeRoutes } from './realtime-routes';
import { preferencesOf } from './preferences';
import { createTranslations } from './resources';
import { ISSUE_TYPES, PROJECT, projectRefJson } from '../products/jira/model';
import { HostState, type JiraIssueRef } from './state';

export type { ScheduledRun } from './invocation-routes';

export interface StartHostOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** SQLite file of the app's storage, or ':memory:'. */
  dbFile: string;
  /** Write the demo data (idempotent). Default false. */
  seed?: boolean;
  /** Send product calls to this real site instead of the sandboxes. */
  site?: RealSite;
  /** The scopes the real site's allowlist grants, instead of manifest.yml's (tests). */
  siteScopes?: string[];
  /**
   * The Jira sandbox: `contract` (default `throw`: a call breaking the OpenAPI subset rejects, and `close()` fails
   * while violations are left; `npm start` uses `log`), its clock, the issue properties JQL can search (default:
   * the manifest's `jira:entityProperty` modules) and the scopes granted (default: the manifest's).
   */
  jira?: Pick<JiraSandboxOptions, 'contract' | 'now' | 'indexedProperties' | 'scopes'>;
  /** Another app (tests): its manifest, and the directory its function handlers are relative to. */
  manifestPath?: string;
  srcDir?: string;
  /**
   * The app's code already loaded, by handler file (`{ index: createApp(ports) }`), instead of requiring
   * `<srcDir>/<file>`: tests run the app built with their own clock.
   */
  functionModules?: Record<string, Record<string, unknown>>;
  /** Async events: ms per second of `delayInSeconds`/`retryAfter` (default 1000; 0 in tests). */
  eventsMsPerSecond?: number;
  /** Every Confluence/Jira sandbox exchange, for contract checks. */
  onProductExchange?: (exchange: ProductExchange) => void;
  /** Bind address. Default 127.0.0.1: the host has no users, see guard.ts for who may drive it. */
  hostname?: string;
  /**
   * The emulated storage's timing and consistency: `latencyMs`, `latencyJitterMs`, `sleep`, `staleReads`, `seed`,
   * `requestsPerSecond` (see sandbox/kvs/consistency.ts). `npm start` reads them from FORGE_LOCAL_KVS_*.
   */
  kvs?: KvsBehaviour;
}

export interface Host {
  url: string;
  port: number;
  /**
   * This start's random token: every state-changing host call (`POST /__host/...`) must carry it in
   * `x-forge-host-token`. The host page gets it from the page it is served; scripts from here or the console.
   */
  token: string;
  /** What may be forwarded to the real site (empty without one): the manifest's scopes over openapi/. */
  siteAllowlist: SiteAllowlist;
  runtime: ForgeRuntime;
  kvs: KvsService;
  state: HostState;
  queue: QueueService;
  triggers: TriggerService;
  /** The Jira sandbox's control API (sandbox/products/jira): issues, transitions, faults, request log, events. */
  jira: JiraControl;
  /** Fires a `scheduledTrigger` module now, as Forge does at its interval (`POST /__host/scheduled/<key>`). */
  fireScheduled(moduleKey: string): Promise<ScheduledRun>;
  close(): Promise<void>;
}

const PROJECT_ROOT = resolve(__dirname, '..', '..');

export async function startHost(options: StartHostOptions): Promise<Host> {
  const manifestPath = options.manifestPath ?? join(PROJECT_ROOT, 'manifest.yml');
  const { manifest, rootDir } = loadManifest(manifestPath);
  const srcDir = options.srcDir ?? join(rootDir, 'src');
  const functions = createFunctionRegistry(manifest, srcDir, options.functionModules);
  const translations = createTranslations(manifest, rootDir);
  const allowInlineStyles = (
    (manifest as { permissions?: { content?: { styles?: string[] } } }).permissions?.content?.styles ?? []
  ).includes('unsafe-inline');

  const kvs = createKvsService({
    ...options.kvs,
    filename: options.dbFile,
    entities: loadEntitiesFromManifest(manifestPath),
  });
  const scopes = (manifest as { permissions?: { scopes?: string[] } }).permissions?.scopes ?? [];
  const allowlist = siteAllowlist(options.site ? (options.siteScopes ?? scopes) : []);
  const site = DEMO_SITE;
  const state = new HostState(
    manifest,
    site,
    options.dbFile === ':memory:' ? undefined : `${options.dbFile}.host.json`,
    (issueId) => jiraIssueRef(issueId),
  );

  // The router needs the queue and the triggers, which need the runtime built on the router: tie the knot lazily.
  const queueRef: { current?: QueueService } = {};
  const triggersRef: { current?: TriggerService } = {};
  const jira = createJiraSandbox({
    site,
    file: options.dbFile === ':memory:' ? undefined : `${options.dbFile}.jira.json`,
    contract: options.jira?.contract,
    now: options.jira?.now,
    indexedProperties: options.jira?.indexedProperties ?? indexedPropertiesOf(manifest),
    scopes: options.jira?.scopes ?? scopes,
    deliver: (events, delivery) =>
      triggersRef.current ? triggersRef.current.deliverProductEvents(events, delivery) : Promise.resolve([]),
  });
  /** An issue as Jira's issue view describes it to a panel: looked up by id only (a key is no id). */
  function jiraIssueRef(issueId: string): JiraIssueRef | undefined {
    const issue = /^\d+$/.test(issueId) ? jira.issue(issueId) : undefined;
    if (!issue || issue.id !== issueId) return undefined;
    const type = ISSUE_TYPES.find((t) => t.name === issue.issueType)!;
    return {
      id: issue.id,
      key: issue.key,
      type: type.name,
      typeId: type.id,
      project: { id: PROJECT.id, key: PROJECT.key, type: projectRefJson(site.siteUrl).projectTypeKey },
    };
  }
  const products = createProductRouter({
    confluence: createConfluenceSandbox(site),
    jira,
    site: options.site,
    siteAllowlist: allowlist,
    queue: () => queueRef.current,
    onExchange: options.onProductExchange,
  });
  const runtime = createForgeRuntime({
    kvs,
    products,
    appId: manifest.app?.id,
    appCodeDir: rootDir,
    scopes,
  });
  runtime.install();
  const installContext = state.installContext();
  const invoker = <T>(identity: Parameters<ForgeRuntime['invoke']>[0], fn: () => Promise<T>) =>
    runtime.invoke(identity, fn, { timeoutMs: 900_000 });
  const queue = createQueueService(manifest, functions, invoker, installContext, {
    msPerSecond: options.eventsMsPerSecond,
  });
  queueRef.current = queue;
  const triggers = createTriggerService(manifest, functions, invoker, installContext);
  triggersRef.current = triggers;

  const fireScheduled = createScheduledRunner(manifest, functions, invoker, installContext, site);

  if (options.seed) {
    const invoke: Parameters<typeof seedDemoData>[0] = (identity, fn) =>
      runtime.invoke({ installContext, ...identity }, fn);
    await seedDemoData(invoke);
    await seedDemoPlan({ invoke, jira, voters: invitedOf(PLAN_DEMO_CAMPAIGN) });
  }

  const adminModuleKey = modulesOf(manifest, 'confluence:globalSettings')[0]?.key;

  const { server, port, guard } = await listenHost(options.port ?? 0, options.hostname ?? '127.0.0.1', [
    createJiraRoutes(jira, (req, url) => preferencesOf(req, url).persona),
    createPageRoutes({ site, state, runtime, jira, adminModuleKey, realSiteUrl: options.site?.url }),
    createInvocationRoutes({ state, functions, runtime, installContext, triggers, fireScheduled }),
    createFrameRoutes({ site, state, manifest, rootDir, translations, allowInlineStyles }),
    createRealtimeRoutes({ state, hub: runtime.realtime, installationId: runtime.installationId }),
  ]);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token: guard.token,
    siteAllowlist: allowlist,
    runtime,
    kvs,
    state,
    queue,
    triggers,
    jira,
    fireScheduled,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      // Let deliveries under way finish, but never hang a shutdown on a delayed event.
      await Promise.race([
        Promise.all([queue.idle(), jira.idle()]),
        new Promise((r) => setTimeout(r, 2000).unref()),
      ]);
      runtime.uninstall();
      kvs.close();
      // The app may have swallowed the rejected call: the test still fails, with what broke the contract.
      const violations = jira.contractMode === 'throw' ? jira.takeContractViolations() : [];
      if (violations.length > 0)
        throw new Error(
          `${violations.length} Jira call(s) broke the OpenAPI contract during this host's life:\n` +
            violations.map((v) => v.message).join('\n'),
        );
    },
  };
}
