/** Fault injection for tests: latency, errors on chosen requests, and errors after a committed write. */
export interface FaultRule {
  /** The matching request (1-based, counted from when the rule is added) that fails first. Default 1. */
  nth?: number;
  /** How many consecutive matching requests fail from `nth` on. Default 1; `Infinity` for all. */
  count?: number;
  /** Only requests whose path matches, e.g. '/api/v1/transaction' or /entity\//. Default: every path. */
  path?: string | RegExp;
  /** HTTP status to answer, e.g. 429, 500, 503. */
  status: number;
  /** Error body; defaults to the platform's shape for the status. */
  body?: { code: string; message: string };
  /** Perform the request first (the write is committed), then answer the error: the response is lost, not the write. */
  afterWrite?: boolean;
}

interface ActiveRule extends Required<Pick<FaultRule, 'nth' | 'count' | 'status'>> {
  rule: FaultRule;
  seen: number;
}

export class KvsFaults {
  private rules: ActiveRule[] = [];
  /** Delay added to every request, in milliseconds. */
  latencyMs = 0;

  latency(ms: number): this {
    this.latencyMs = ms;
    return this;
  }

  inject(rule: FaultRule): this {
    this.rules.push({ rule, nth: rule.nth ?? 1, count: rule.count ?? 1, status: rule.status, seen: 0 });
    return this;
  }

  /** Shorthand: answer `status` to the n-th request (1-based, from now on). */
  failNth(n: number, status: number, options: Omit<FaultRule, 'nth' | 'status'> = {}): this {
    return this.inject({ ...options, nth: n, status });
  }

  /** Shorthand: commit the n-th write-capable request, then answer `status` (default 500). */
  failAfterWrite(n = 1, status = 500, options: Omit<FaultRule, 'nth' | 'status' | 'afterWrite'> = {}): this {
    return this.inject({ ...options, nth: n, status, afterWrite: true });
  }

  clear(): this {
    this.rules = [];
    this.latencyMs = 0;
    return this;
  }

  /** Called once per request: returns the rule that fires for it, if any. Every matching rule counts the request. */
  next(path: string): FaultRule | undefined {
    let fired: FaultRule | undefined;
    for (const active of this.rules) {
      const { path: only } = active.rule;
      if (only !== undefined && !(typeof only === 'string' ? path === only : only.test(path))) continue;
      active.seen += 1;
      if (!fired && active.seen >= active.nth && active.seen < active.nth + active.count) fired = active.rule;
    }
    this.rules = this.rules.filter((a) => a.seen < a.nth + a.count - 1 || a.count === Infinity);
    return fired;
  }
}
