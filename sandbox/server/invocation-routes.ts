/**
 * Invocations: a frame's `invoke` runs the module's resolver as the viewing persona, `requestConfluence` /
 * `requestJira` from the front end go through the runtime's product fetch, product events reach the app's
 * triggers, and a scheduled trigger fires on demand, each as Forge would run it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { modulesOf, type AppManifest, type FunctionRegistry } from '../events/manifest';
import type { Invoker } from '../events/queue';
import type { TriggerService } from '../events/triggers';
import { REFUSED_HEADER } from '../products/router';
import type { DemoSite } from '../products/site';
import type { ForgeRuntime } from '../runtime';
import { frameOf } from './frame-routes';
import { HttpError, readJson, sendJson, stringField } from './http';
import { preferencesOf } from './preferences';
import type { HostState } from './state';

export interface ScheduledRun {
  moduleKey: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** Fires a `scheduledTrigger` module now, as Forge does at its interval. */
export function createScheduledRunner(
  manifest: AppManifest,
  functions: FunctionRegistry,
  invoker: Invoker,
  installContext: string,
  site: DemoSite,
): (moduleKey: string) => Promise<ScheduledRun> {
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

  return fireScheduled;
}

export interface InvocationRoutesOptions {
  state: HostState;
  functions: FunctionRegistry;
  runtime: ForgeRuntime;
  installContext: string;
  triggers: TriggerService;
  fireScheduled: (moduleKey: string) => Promise<ScheduledRun>;
}

export function createInvocationRoutes(options: InvocationRoutesOptions) {
  const { state, functions, runtime, installContext, triggers, fireScheduled } = options;

  return async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<false | void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (method === 'POST' && path === '/__host/invoke') {
      const body = await readJson(req);
      const frame = frameOf(state, body);
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
      frameOf(state, body);
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
    return false;
  };
}
