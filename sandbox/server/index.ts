import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { createProductRouter, REFUSED_HEADER, type ProductExchange } from '../products/router';
import { DEMO_SITE, mayEditPage, pageById } from '../products/site';
import { createForgeRuntime, type ForgeRuntime } from '../runtime';
import { PLAN_DEMO_CAMPAIGN, seedDemoPlan } from '../demo/plan';
import { invitedOf, seedDemoData } from '../seed';
import {
  HOST_PAGE_CSP,
  HttpError,
  appFrameCsp,
  clearCookie,
  contentTypeOf,
  cookie,
  parseCookies,
  readJson,
  sendJson,
  sendText,
} from './http';
import { renderHostPage } from './page';
import {
  atlaskitTokensCss,
  bridgeScript,
  createTranslations,
  injectBridge,
  readFileIn,
  resourceDir,
} from './resources';
import { createHostGuard, isStateChanging, type HostGuard } from './guard';
import { createJiraRoutes } from './jira-routes';
import { ISSUE_TYPES, mayBrowse, PROJECT, projectRefJson } from '../products/jira/model';
import {
  HostState,
  preferencesFrom,
  UnknownPersonaError,
  type Frame,
  type JiraIssueRef,
  type Preferences,
} from './state';

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

export interface ScheduledRun {
  moduleKey: string;
  ok: boolean;
  result?: unknown;
  error?: string;
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
const PAGE_ASSETS = join(PROJECT_ROOT, 'sandbox', 'page');
const COOKIES = {
  persona: 'forge_host_persona',
  theme: 'forge_host_theme',
  locale: 'forge_host_locale',
} as const;

type PreferenceName = keyof typeof COOKIES;

/**
 * The choices of the person at the browser: query string first (page loads), then headers, then cookies. The query
 * is ignored when `useQuery` is false (a link followed from another site). An unknown persona is a 400, wherever
 * it comes from: never a silent fallback to the default persona.
 */
function preferencesOf(req: IncomingMessage, url: URL, useQuery = true): Preferences {
  const cookies = parseCookies(req);
  const sourceOf = (name: PreferenceName): { value?: string; from: string } => {
    const query = useQuery ? url.searchParams.get(name) : null;
    if (query !== null) return { value: query, from: `the query (?${name}=)` };
    const header = req.headers[`x-forge-host-${name}`];
    if (typeof header === 'string') return { value: header, from: `the x-forge-host-${name} header` };
    const cookieValue = cookies[COOKIES[name]];
    if (cookieValue !== undefined) return { value: cookieValue, from: `the ${COOKIES[name]} cookie` };
    return { from: 'default' };
  };
  const sources = {
    persona: sourceOf('persona'),
    theme: sourceOf('theme'),
    locale: sourceOf('locale'),
  };
  try {
    return preferencesFrom({
      persona: sources.persona.value,
      theme: sources.theme.value,
      locale: sources.locale.value,
    });
  } catch (error) {
    if (!(error instanceof UnknownPersonaError)) throw error;
    const fromCookie = sources.persona.from.endsWith('cookie');
    throw new HttpError(
      400,
      `${error.message} (from ${sources.persona.from}): choose one of the personas of the host page's "Viewing as"` +
        (fromCookie ? '; the cookie is cleared, reload the page' : ''),
      fromCookie ? { 'set-cookie': clearCookie(COOKIES.persona) } : {},
    );
  }
}

function stringField(body: unknown, field: string): string {
  const value = (body as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'string' || value === '') throw new HttpError(400, `"${field}" is required`);
  return value;
}

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

  /** Scheduled triggers run as the app (no user), with the event Forge sends them. */
  async function fireScheduled(moduleKey: string): Promise<ScheduledRun> {
    const trigger = modulesOf(manifest, 'scheduledTrigger').find((t) => t.key === moduleKey);
    if (!trigger) throw new HttpError(404, `no scheduledTrigger module "${moduleKey}"`);
    const fn = functions.get(String(trigger.function));
    try {
      const { result } = await invoker({ moduleKey, installContext }, () =>
        Promise.resolve(
          fn(
            { context: { cloudId: site.cloudId, moduleKey }, contextToken: 'local-forge-host' },
            { installContext, moduleKey },
          ),
        ),
      );
      return { moduleKey, ok: true, result: result ?? null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[forge host] scheduled trigger ${moduleKey} failed: ${message}`);
      return { moduleKey, ok: false, error: message };
    }
  }

  if (options.seed) {
    const invoke: Parameters<typeof seedDemoData>[0] = (identity, fn) =>
      runtime.invoke({ installContext, ...identity }, fn);
    await seedDemoData(invoke);
    await seedDemoPlan({ invoke, jira, voters: invitedOf(PLAN_DEMO_CAMPAIGN) });
  }

  const adminModuleKey = modulesOf(manifest, 'confluence:globalSettings')[0]?.key;

  function frameOf(body: unknown): Frame {
    const frame = state.frame(stringField(body, 'frame'));
    if (!frame) throw new HttpError(404, 'unknown frame: reload the page');
    return frame;
  }

  /** The issue the Jira view opens: only one the viewing persona may browse, as Jira's issue view. */
  function jiraIssueOf(key: string | null, accountId: string) {
    if (key === null) return {};
    const issue = jira.issue(key);
    return issue && mayBrowse(accountId) ? { jiraIssue: issue } : { jiraIssueMissing: key.slice(0, 40) };
  }

  const jiraRoutes = createJiraRoutes(jira, (req, url) => preferencesOf(req, url).persona);

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (await jiraRoutes(req, res, url)) return;

    if (method === 'GET' && path === '/') {
      // The page keeps its query's persona, theme and locale in cookies: a state change, which another site's
      // link must not make (it gets the page as the cookies say), nor a request with a foreign Origin.
      guard.checkOrigin(req);
      const own = guard.fromOwnPages(req);
      const prefs = preferencesOf(req, url, own);
      const html = renderHostPage({
        site,
        state,
        prefs,
        view:
          url.searchParams.get('view') === 'admin' && adminModuleKey
            ? 'admin'
            : url.searchParams.get('view') === 'jira'
              ? 'jira'
              : 'page',
        pageId: url.searchParams.get('page') ?? site.surveyPageId,
        adminModuleKey,
        realSiteUrl: options.site?.url,
        ...jiraIssueOf(url.searchParams.get('issue'), prefs.persona.accountId),
        token: guard.token,
      });
      if (own)
        res.setHeader('set-cookie', [
          cookie(COOKIES.persona, prefs.persona.accountId),
          cookie(COOKIES.theme, prefs.colorMode),
          cookie(COOKIES.locale, prefs.locale),
        ]);
      return sendText(res, 200, 'text/html; charset=utf-8', html, {
        'content-security-policy': HOST_PAGE_CSP,
        'x-frame-options': 'SAMEORIGIN',
        'cache-control': 'no-store',
      });
    }

    if (method === 'GET' && path === '/favicon.ico') return sendText(res, 204, 'image/x-icon', '');

    if (method === 'GET' && path.startsWith('/__host/page/')) {
      const file = readFileIn(PAGE_ASSETS, decodeURIComponent(path.slice('/__host/page/'.length)));
      if (!file) throw new HttpError(404, 'no such host asset');
      return sendText(res, 200, contentTypeOf(path), file, { 'cache-control': 'no-cache' });
    }
    if (method === 'GET' && path === '/__host/tokens.css') {
      return sendText(res, 200, 'text/css; charset=utf-8', atlaskitTokensCss(), {
        'cache-control': 'max-age=3600',
      });
    }
    if (method === 'GET' && path === '/__host/bridge.js') {
      const frameId = url.searchParams.get('frame') ?? '';
      if (!state.frame(frameId)) throw new HttpError(404, 'unknown frame');
      return sendText(res, 200, 'text/javascript; charset=utf-8', bridgeScript(frameId), {
        'cache-control': 'no-store',
      });
    }

    if (method === 'GET' && path === '/__host/state') {
      const prefs = preferencesOf(req, url);
      return sendJson(res, 200, {
        persona: prefs.persona,
        colorMode: prefs.colorMode,
        locale: prefs.locale,
        site: {
          cloudId: site.cloudId,
          siteUrl: site.siteUrl,
          space: site.space,
          pages: site.pages.map((p) => ({ id: p.id, title: p.title })),
        },
        macros: [...state.macros.values()],
        realSite: options.site ? options.site.url : null,
      });
    }
    if (method === 'GET' && path === '/__host/context') {
      const frame = state.frame(url.searchParams.get('frame') ?? '');
      if (!frame) throw new HttpError(404, 'unknown frame: reload the page');
      return sendJson(res, 200, state.contextOf(frame, preferencesOf(req, url)));
    }
    if (method === 'GET' && path === '/__host/counts') return sendJson(res, 200, runtime.totals());
    if (method === 'POST' && path === '/__host/counts/reset') {
      runtime.resetTotals();
      return sendJson(res, 200, runtime.totals());
    }

    const preference = /^\/__host\/(persona|theme|locale)$/.exec(path);
    if (method === 'POST' && preference) {
      const name = preference[1] as PreferenceName;
      const value = stringField(await readJson(req), 'value');
      let accepted: boolean;
      try {
        const check = preferencesFrom({ [name]: value });
        accepted =
          name === 'persona'
            ? check.persona.accountId === value
            : name === 'theme'
              ? check.colorMode === value
              : check.locale === value;
      } catch (error) {
        if (!(error instanceof UnknownPersonaError)) throw error;
        accepted = false;
      }
      if (!accepted) throw new HttpError(400, `unknown ${name} "${value}"`);
      res.setHeader('set-cookie', cookie(COOKIES[name], value));
      return sendJson(res, 200, { [name]: value });
    }

    if (method === 'POST' && path === '/__host/invoke') {
      const body = await readJson(req);
      const frame = frameOf(body);
      const functionKey = stringField(body, 'functionKey');
      const payload = (body as { payload?: unknown }).payload;
      const prefs = preferencesOf(req, url);
      const resolverFunction = state.resolverFunctionOf(frame);
      if (!resolverFunction) throw new HttpError(400, `module ${frame.moduleKey} has no resolver`);
      const handler = functions.get(resolverFunction);
      const context = state.invocationContextOf(frame, prefs);
      const accountId = prefs.persona.accountId;
      try {
        const { result, counts } = await runtime.invoke(
          { accountId, moduleKey: frame.moduleKey, installContext },
          () =>
            Promise.resolve(
              handler(
                { call: { functionKey, payload: payload ?? {} }, context },
                { principal: { accountId }, installContext },
              ),
            ),
        );
        return sendJson(res, 200, result === undefined ? null : result, {
          'x-forge-call-counts': JSON.stringify(counts),
        });
      } catch (error) {
        // Forge answers a failed invocation with an error, which the bridge turns into a rejected promise.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[forge host] invocation of ${functionKey} failed: ${message}`);
        return sendJson(res, 500, {
          error: { message: `There was an error invoking the function - ${message}` },
        });
      }
    }

    if (method === 'POST' && path === '/__host/product') {
      const body = (await readJson(req)) as {
        product?: unknown;
        restPath?: unknown;
        fetchRequestInit?: { method?: string; body?: string | null; headers?: [string, string][] };
      };
      frameOf(body);
      const product = stringField(body, 'product');
      const restPath = stringField(body, 'restPath');
      if (!restPath.startsWith('/')) throw new HttpError(400, 'restPath must start with /');
      const init = body.fetchRequestInit ?? {};
      const prefs = preferencesOf(req, url);
      const { result } = await runtime.invoke({ accountId: prefs.persona.accountId, installContext }, () =>
        runtime.fetch(
          { type: 'fpp', provider: 'user', remote: product, accountId: prefs.persona.accountId },
          restPath,
          { method: init.method ?? 'GET', headers: init.headers ?? [], body: init.body ?? undefined },
        ),
      );
      if (result.headers.get(REFUSED_HEADER)) {
        const refused = (await result.json()) as { message?: string };
        throw new HttpError(403, refused.message ?? 'refused by the local host');
      }
      return sendJson(res, 200, {
        status: result.status,
        statusText: result.statusText,
        headers: Object.fromEntries(result.headers.entries()),
        body: await result.text(),
      });
    }

    if (method === 'POST' && path === '/__host/submit') {
      const body = (await readJson(req)) as { payload?: { config?: unknown } };
      const frame = frameOf(body);
      if (frame.kind !== 'macro-config' || !frame.macroLocalId)
        return sendJson(res, 200, { submitted: false });
      const macroOf = state.macros.get(frame.macroLocalId);
      const page = macroOf ? pageById(site, macroOf.pageId) : undefined;
      const persona = preferencesOf(req, url).persona;
      // In Confluence a macro's settings are part of the page: only those who may edit the page change them.
      if (!page || !mayEditPage(persona, page))
        throw new HttpError(
          403,
          `${persona.displayName} may not edit the page "${page?.title ?? macroOf?.pageId ?? ''}", so not the settings of its macro`,
        );
      const config = body.payload?.config;
      if (typeof config !== 'object' || config === null || Array.isArray(config))
        throw new HttpError(400, 'submit needs { config: {...} }');
      if (JSON.stringify(config).length > 32 * 1024) throw new HttpError(413, 'macro config too large');
      const macro = state.setMacroConfig(frame.macroLocalId, config as Record<string, unknown>);
      return sendJson(res, 200, { submitted: true, macro });
    }

    if (method === 'POST' && path === '/__host/frames') {
      const body = (await readJson(req)) as { resource?: string | null; context?: unknown };
      const parent = frameOf(body);
      try {
        const frame = state.openModal(parent.id, body.resource ?? null, body.context ?? {});
        return sendJson(res, 200, { frameId: frame.id, resourceKey: frame.resourceKey });
      } catch (error) {
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
    }

    if (method === 'POST' && path === '/__host/product-events') {
      const body = (await readJson(req)) as {
        eventType?: string;
        payload?: Record<string, unknown>;
        copies?: number;
        order?: 'as-given' | 'reverse' | 'shuffle';
      };
      const eventType = stringField(body, 'eventType');
      const deliveries = await triggers.deliverProductEvent(eventType, body.payload ?? {}, {
        copies: body.copies,
        order: body.order,
      });
      return sendJson(res, 200, { deliveries });
    }

    const scheduled = /^\/__host\/scheduled\/([A-Za-z0-9_-]+)$/.exec(path);
    if (method === 'POST' && scheduled) return sendJson(res, 200, await fireScheduled(scheduled[1]!));

    const app = /^\/app\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/(.*)$/.exec(path);
    if (method === 'GET' && app) {
      const [, resourceKey, frameId, restRaw] = app as unknown as [string, string, string, string];
      const frame = state.frame(frameId);
      if (!frame || frame.resourceKey !== resourceKey)
        throw new HttpError(404, 'unknown frame for this resource');
      const rest = decodeURIComponent(restRaw) || 'index.html';
      const headers = {
        'content-security-policy': appFrameCsp(allowInlineStyles),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      };
      if (rest === '__LOCALES__/i18n-info.json') return sendJson(res, 200, translations.info(), headers);
      const locale = /^__LOCALES__\/([A-Za-z-]+)\.json$/.exec(rest);
      if (locale) {
        const content = translations.locale(locale[1]!);
        if (content === undefined) throw new HttpError(404, 'no such locale');
        return sendJson(res, 200, content, headers);
      }
      const dir = resourceDir(manifest, rootDir, resourceKey);
      if (!dir) throw new HttpError(404, 'no such resource');
      const file = readFileIn(dir, rest);
      if (!file) {
        if (rest === 'index.html')
          throw new HttpError(404, `resource "${resourceKey}" is not built: run npm run build`);
        throw new HttpError(404, 'no such file');
      }
      if (rest === 'index.html') {
        return sendText(
          res,
          200,
          'text/html; charset=utf-8',
          injectBridge(file.toString('utf8'), frame.id),
          headers,
        );
      }
      return sendText(res, 200, contentTypeOf(rest), file, headers);
    }

    throw new HttpError(404, 'not found');
  }

  /** Who may drive the host (see guard.ts): set once the port is known, before any request is served. */
  let guard: HostGuard;
  const hostname = options.hostname ?? '127.0.0.1';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    Promise.resolve()
      .then(() => {
        guard.checkHost(req);
        if (isStateChanging(method)) {
          guard.checkOrigin(req);
          guard.checkToken(req);
        }
        return route(req, res, url);
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) console.error('[forge host]', error);
        if (res.headersSent) return res.end();
        sendJson(
          res,
          status,
          { error: { message: error instanceof Error ? error.message : String(error) } },
          error instanceof HttpError ? error.headers : {},
        );
      });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => {
      guard = createHostGuard((server.address() as AddressInfo).port, hostname);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token: guard!.token,
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
