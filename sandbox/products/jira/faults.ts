/**
 * Scripted Jira faults: "the next N calls matching this method and path answer X". Rate limits, unavailability
 * and server errors answer before the request is carried out; a timeout after effect carries it out (the issue is
 * created, the status moved) and only then fails the caller, which is what makes retries of creates dangerous.
 */

export type JiraFaultKind = 'rate-limit' | 'unavailable' | 'server-error' | 'timeout-after-effect';

/**
 * How a timeout reaches the caller:
 * - `proxy-error` (default): a 504 carrying Forge's `forge-proxy-error: TIMEOUT` header, which @forge/api turns into
 *   a rejected `requestJira` (a `ProxyRequestError`, name `PROXY_ERR`, status 504): the platform gave up waiting;
 * - `gateway-504`: a plain 504 response the caller reads like any other (an edge that gave up);
 * - `network-error`: the fetch itself rejects (`TypeError: fetch failed`), as undici does when a socket is reset.
 */
export type TimeoutDelivery = 'proxy-error' | 'gateway-504' | 'network-error';

export interface JiraFaultSpec {
  kind: JiraFaultKind;
  /** Only calls with this method (any method when absent). */
  method?: string;
  /**
   * Only calls whose path (without query) matches: an exact path, a template with `{param}` segments
   * (`/rest/api/3/issue/{issueIdOrKey}/transitions`), a prefix ending in `*`, a RegExp, or a list of these.
   * Any Jira call when absent.
   */
  path?: string | RegExp | readonly (string | RegExp)[];
  /** How many matching calls it applies to. Default 1. */
  times?: number;
  /** `Retry-After` in seconds, for `rate-limit` (default 2) and `unavailable` (default 5). */
  retryAfterSeconds?: number;
  timeoutAs?: TimeoutDelivery;
}

export interface ScheduledFault {
  id: number;
  kind: JiraFaultKind;
  method?: string;
  path?: string | RegExp | readonly (string | RegExp)[];
  /** Matching calls it still applies to. */
  remaining: number;
  retryAfterSeconds?: number;
  timeoutAs?: TimeoutDelivery;
}

export interface JiraFaults {
  add(spec: JiraFaultSpec): ScheduledFault;
  rateLimit(options?: Omit<JiraFaultSpec, 'kind'>): ScheduledFault;
  unavailable(options?: Omit<JiraFaultSpec, 'kind'>): ScheduledFault;
  serverError(options?: Omit<JiraFaultSpec, 'kind'>): ScheduledFault;
  timeoutAfterEffect(options?: Omit<JiraFaultSpec, 'kind'>): ScheduledFault;
  /** Faults still to fire, in the order they were added. */
  pending(): ScheduledFault[];
  clear(): void;
}

/** The create operations, for "the next create times out". */
export const CREATE_PATHS: readonly string[] = ['/rest/api/3/issue', '/rest/api/3/issue/bulk'];

function matchesPattern(pattern: string | RegExp, pathname: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(pathname);
  if (pattern.endsWith('*')) return pathname.startsWith(pattern.slice(0, -1));
  const want = pattern.replace(/\/$/, '').split('/');
  const got = pathname.replace(/\/$/, '').split('/');
  return (
    want.length === got.length &&
    want.every((part, i) => (/^\{[^}]+\}$/.test(part) ? got[i] !== '' : part === got[i]))
  );
}

export function createFaultScript(): JiraFaults & {
  /** Takes the first fault matching this call, counting it down; undefined when none matches. */
  take(method: string, pathname: string): ScheduledFault | undefined;
} {
  let faults: ScheduledFault[] = [];
  let nextId = 1;

  const add = (spec: JiraFaultSpec): ScheduledFault => {
    const times = Math.floor(spec.times ?? 1);
    if (!(times >= 1)) throw new Error('a Jira fault applies to at least one call (times >= 1)');
    const fault: ScheduledFault = {
      id: nextId++,
      kind: spec.kind,
      method: spec.method?.toUpperCase(),
      path: spec.path,
      remaining: times,
      retryAfterSeconds:
        spec.kind === 'rate-limit'
          ? (spec.retryAfterSeconds ?? 2)
          : spec.kind === 'unavailable'
            ? (spec.retryAfterSeconds ?? 5)
            : undefined,
      timeoutAs: spec.kind === 'timeout-after-effect' ? (spec.timeoutAs ?? 'proxy-error') : undefined,
    };
    faults.push(fault);
    return { ...fault };
  };

  return {
    add,
    rateLimit: (options = {}) => add({ ...options, kind: 'rate-limit' }),
    unavailable: (options = {}) => add({ ...options, kind: 'unavailable' }),
    serverError: (options = {}) => add({ ...options, kind: 'server-error' }),
    timeoutAfterEffect: (options = {}) => add({ ...options, kind: 'timeout-after-effect' }),
    pending: () => faults.map((fault) => ({ ...fault })),
    clear: () => {
      faults = [];
    },
    take(method, pathname) {
      const upper = method.toUpperCase();
      const fault = faults.find((candidate) => {
        if (candidate.method && candidate.method !== upper) return false;
        if (candidate.path === undefined) return true;
        const patterns: readonly (string | RegExp)[] =
          typeof candidate.path === 'string' || candidate.path instanceof RegExp
            ? [candidate.path]
            : candidate.path;
        return patterns.some((pattern) => matchesPattern(pattern, pathname));
      });
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
      return { ...fault };
    },
  };
}
