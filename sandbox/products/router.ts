import type { ForgeFetchTarget, InvocationIdentity, ProductRouter } from '../platform';
import type { QueueService } from '../events/queue';
import type { ConfluenceSandbox } from './confluence';
import type { SiteAllowlist } from './allowlist';
import type { JiraSandbox } from './jira';
import { forwardToSite, type RealSite } from './real-site';

/** Set on the answer when the host itself refused to forward a request (see SiteAllowlist). */
export const REFUSED_HEADER = 'x-forge-host-refused';

export interface ProductRouterOptions {
  confluence: ConfluenceSandbox;
  /**
   * The Jira sandbox (sandbox/products/jira), which checks every exchange against the OpenAPI subset itself.
   * Without one, every Jira call answers 404, as for a site that has no Jira.
   */
  jira?: JiraSandbox;
  /** When set, Jira and Confluence calls go to this real site instead of the sandboxes... */
  site?: RealSite;
  /** ...but only those this allowlist grants (the manifest's scopes); none when it is missing. */
  siteAllowlist?: SiteAllowlist;
  /** App-provider requests (`@forge/events` queue pushes); looked up lazily, it depends on the runtime. */
  queue?: () => QueueService | undefined;
  /** Called with every sandbox exchange answered (not those whose fetch rejects): the contract tests read them. */
  onExchange?: (exchange: ProductExchange) => void;
}

export interface ProductExchange {
  product: 'confluence' | 'jira';
  method: string;
  path: string;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
  });

async function bodyOf(init: RequestInit | undefined): Promise<unknown> {
  if (init?.body === undefined || init.body === null) return undefined;
  const text = typeof init.body === 'string' ? init.body : await new Response(init.body).text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Which product a `fpp` request is for: its `remote`, or its path for the stargate-style calls. */
function productOf(target: ForgeFetchTarget, path: string): 'confluence' | 'jira' | 'app' | undefined {
  if (path.startsWith('/webhook/queue/')) return 'app';
  if (target.remote === 'confluence' || path.startsWith('/wiki/')) return 'confluence';
  if (target.remote === 'jira' || path.startsWith('/rest/api/') || path.startsWith('/rest/agile/'))
    return 'jira';
  return undefined;
}

/** The identity a product call runs as: the user named by `asUser`, the invoking user for `requestX`, or the app. */
function callerOf(target: ForgeFetchTarget, identity: InvocationIdentity): string | undefined {
  if (target.provider === 'user') return target.accountId ?? identity.accountId;
  return undefined;
}

export function createProductRouter(options: ProductRouterOptions): ProductRouter {
  return async (target, path, init, identity) => {
    if (target.type !== 'fpp') {
      return json(404, { message: `The local host does not emulate ${target.type} requests` });
    }
    const product = productOf(target, path);
    const method = (init?.method ?? 'GET').toUpperCase();

    if (product === 'app') {
      const queue = options.queue?.();
      if (!queue) return json(503, { message: 'async events are not available in this host' });
      const answer = queue.handle(path, await bodyOf(init));
      return json(answer.status, answer.body);
    }
    if (product === undefined) {
      return json(404, { message: `No product for remote "${target.remote ?? ''}" and path ${path}` });
    }
    if (options.site) {
      const allowed = options.siteAllowlist?.check(product, method, path) ?? {
        ok: false as const,
        reason: `The local host refused to forward ${method} ${path}: no allowlist of the manifest's scopes was given`,
      };
      if (!allowed.ok) {
        console.warn(`[forge host] ${allowed.reason}`);
        return json(403, { message: allowed.reason }, { [REFUSED_HEADER]: 'scopes' });
      }
      return forwardToSite(options.site, path, init);
    }

    const requestBody = await bodyOf(init);
    const request = { method, path, body: requestBody, accountId: callerOf(target, identity) };
    if (product === 'jira') {
      if (!options.jira) {
        const responseBody = { errorMessages: ['Jira is not connected to this site.'], errors: {} };
        options.onExchange?.({ product, method, path, requestBody, status: 404, responseBody });
        return json(404, responseBody);
      }
      const served = await options.jira.serve(request);
      if (served.reject) throw served.reject;
      options.onExchange?.({
        product,
        method,
        path,
        requestBody,
        status: served.status,
        responseBody: served.body,
      });
      return new Response(served.body === undefined ? null : JSON.stringify(served.body), {
        status: served.status,
        headers: served.headers,
      });
    }
    const { status, body: responseBody } = options.confluence(request);
    options.onExchange?.({ product, method, path, requestBody, status, responseBody });
    return json(status, responseBody);
  };
}
