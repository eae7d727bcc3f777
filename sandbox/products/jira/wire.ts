/**
 * The wire: what happens to a request before and after Jira handles it. It is logged, checked against the OpenAPI
 * subset both ways, refused when Jira is not connected or the scopes do not cover it, answered by a scheduled fault
 * instead, or timed out after its effect; the events of a change are emitted after the answer.
 */
import type { ProductEvent } from '../../events/triggers';
import type { SiteAllowlist } from '../allowlist';
import type { SandboxRequest } from '../confluence';
import {
  JiraContractViolation,
  jiraRequestProblems,
  jiraResponseProblems,
  type JiraContractMode,
} from './contract';
import type { EventDispatcher } from './events';
import type { ScheduledFault } from './faults';
import { scopeRefusal } from './permissions';
import type { JiraHandler } from './routing';
import type { JiraRequestLogEntry, JiraServed } from './types';

export interface JiraWireOptions {
  mode: JiraContractMode;
  now: () => number;
  logger: { warn(message: string): void; error(message: string): void };
  granted: SiteAllowlist;
  faults: { take(method: string, pathname: string): ScheduledFault | undefined };
  dispatcher: EventDispatcher;
  handle: JiraHandler;
}

export interface JiraWire {
  serve(request: SandboxRequest): JiraServed;
  requests(): JiraRequestLogEntry[];
  resetRequests(): void;
  connected: boolean;
  violations(): JiraContractViolation[];
  takeViolations(): JiraContractViolation[];
}

export function jiraWire(options: JiraWireOptions): JiraWire {
  const { mode, now, logger, granted, faults, dispatcher, handle } = options;
  let log: JiraRequestLogEntry[] = [];
  let seq = 0;
  let violations: JiraContractViolation[] = [];
  let connected = true;

  function violation(side: 'request' | 'response', method: string, path: string, problems: string[]) {
    const found = new JiraContractViolation(side, method, path, problems);
    violations.push(found);
    if (mode === 'log')
      logger.error(
        `\n[forge host] !!! ${found.message}\n[forge host] !!! (the call goes on: npm start logs, tests throw)\n`,
      );
    return found;
  }

  function faultAnswer(fault: ScheduledFault): JiraServed {
    const json = { 'content-type': 'application/json' };
    if (fault.kind === 'rate-limit') {
      const reset = new Date(now() + fault.retryAfterSeconds! * 1000).toISOString().slice(0, 16) + 'Z';
      return {
        status: 429,
        body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
        headers: {
          ...json,
          'retry-after': String(fault.retryAfterSeconds),
          'x-ratelimit-reset': reset,
          'ratelimit-reason': 'jira-burst-based',
        },
      };
    }
    if (fault.kind === 'unavailable')
      return {
        status: 503,
        body: { errorMessages: ['Service Unavailable: please retry later.'], errors: {} },
        headers: { ...json, 'retry-after': String(fault.retryAfterSeconds) },
      };
    return {
      status: 500,
      body: { errorMessages: ['Internal server error.'], errors: {} },
      headers: json,
    };
  }

  function serveNow(request: SandboxRequest): JiraServed {
    const method = request.method.toUpperCase();
    const entry: JiraRequestLogEntry = {
      seq: ++seq,
      method,
      path: request.path,
      body: structuredClone(request.body),
      ...(request.accountId !== undefined ? { accountId: request.accountId } : {}),
      status: 0,
    };
    log.push(entry);

    if (mode !== 'off') {
      const problems = jiraRequestProblems(method, request.path, request.body);
      if (problems.length > 0) {
        const found = violation('request', method, request.path, problems);
        if (mode === 'throw') {
          entry.fault = 'contract-violation';
          return { status: 0, headers: {}, reject: found };
        }
      }
    }
    if (!connected) {
      entry.status = 404;
      entry.fault = 'not-connected';
      return {
        status: 404,
        body: {
          errorMessages: ['Jira is not connected to this site (the local host\'s "Jira not connected").'],
          errors: {},
        },
        headers: { 'content-type': 'application/json' },
      };
    }
    const refused = scopeRefusal(granted, logger, method, request.path);
    if (refused) {
      entry.status = 401;
      entry.fault = 'scope';
      return refused;
    }
    const fault = faults.take(method, new URL(request.path, 'http://jira.local').pathname);
    if (fault && fault.kind !== 'timeout-after-effect') {
      const answer = faultAnswer(fault);
      entry.status = answer.status;
      entry.fault = fault.kind;
      return answer;
    }

    const events: ProductEvent[] = [];
    const answer = handle(request, events);
    // Product events come after the change, never inside the request that made it (TriggerService waits a turn).
    if (events.length > 0) dispatcher.emit(events).catch(() => undefined);

    if (mode !== 'off') {
      const problems = jiraResponseProblems(method, request.path, answer.status, answer.body);
      if (problems.length > 0) {
        const found = violation('response', method, request.path, problems);
        if (mode === 'throw') {
          entry.fault = 'contract-violation';
          return { status: 0, headers: {}, reject: found };
        }
      }
    }
    const headers: Record<string, string> =
      answer.body === undefined ? {} : { 'content-type': 'application/json' };
    if (fault) {
      entry.fault = fault.kind;
      if (fault.timeoutAs === 'network-error')
        return { status: 0, headers: {}, reject: new TypeError('fetch failed') };
      entry.status = 504;
      return fault.timeoutAs === 'gateway-504'
        ? {
            status: 504,
            body: { errorMessages: ['Gateway Timeout'], errors: {} },
            headers: { 'content-type': 'application/json' },
          }
        : { status: 504, body: undefined, headers: { 'forge-proxy-error': 'TIMEOUT' } };
    }
    entry.status = answer.status;
    return { status: answer.status, body: answer.body, headers };
  }

  const wire: JiraWire = {
    serve: serveNow,
    requests: () => log.map((entry) => ({ ...entry, body: structuredClone(entry.body) })),
    resetRequests: () => {
      log = [];
    },
    get connected() {
      return connected;
    },
    set connected(value) {
      connected = value;
    },
    violations: () => [...violations],
    takeViolations: () => {
      const taken = violations;
      violations = [];
      return taken;
    },
  };
  return wire;
}
