/**
 * Creating an action's issue at most once (QUALITY.md reliability contract). The rules, pure:
 *
 * 1. The intent is recorded (`pending`) before the request leaves, so a crash or a timeout leaves a trace.
 * 2. A pending action is never sent again blind: a look-up by its action id (the issue property written in the
 *    create request itself) comes first, and what it finds is the action's issue.
 * 3. A failure Jira states (refused, not allowed, rate limited before doing anything) ends `failed`, with a retry;
 *    an unknown outcome (timeout, 5xx, an answer we cannot read) stays `pending` until a look-up settles it.
 * 4. 429 and 503 wait `Retry-After`; otherwise exponential backoff with jitter; never past the time left.
 */
import type { Action, JiraProblemKind } from './action';

export interface JiraProblem {
  kind: JiraProblemKind;
  status?: number;
  retryAfterSeconds?: number;
  messages: string[];
}

/** Attempts per batch within one invocation, the first one included. */
export const MAX_ATTEMPTS = 4;
/** A pending intent younger than this may still be in flight (or not yet searchable): it is left alone. */
export const PENDING_SETTLE_MS = 2 * 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;

/** Jira may have done it: the issue can exist although we were not told. */
export const isUncertain = (problem: JiraProblem): boolean =>
  problem.kind === 'timeout' || problem.kind === 'unavailable' || problem.kind === 'shape';

const isRetryable = (problem: JiraProblem): boolean => isUncertain(problem) || problem.kind === 'rateLimited';

export type NextAttempt = { retry: true; waitMs: number } | { retry: false };

/** After the `attempt`-th attempt (1-based) failed with `problem`: wait and retry, or stop here. */
export function nextAttempt(
  problem: JiraProblem,
  attempt: number,
  remainingMs: number,
  random: () => number = Math.random,
): NextAttempt {
  if (!isRetryable(problem) || attempt >= MAX_ATTEMPTS) return { retry: false };
  const waitMs =
    problem.retryAfterSeconds !== undefined
      ? problem.retryAfterSeconds * 1000
      : Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.5 + random() / 2);
  return waitMs <= remainingMs ? { retry: true, waitMs } : { retry: false };
}

export function withIntent(
  action: Action,
  by: string,
  now: number,
  linkTo?: { url: string; title: string },
): Action {
  const attempt =
    action.jira.state === 'failed' || action.jira.state === 'pending' ? action.jira.attempt + 1 : 1;
  return { ...action, jira: { state: 'pending', attempt, since: now, by, ...(linkTo ? { linkTo } : {}) } };
}

/** `linkTo`: the page its remote link will point to; without one there is nothing to link. */
export function withIssue(
  action: Action,
  issue: { id: string; key: string; url?: string },
  now: number,
  linkTo?: { url: string; title: string },
): Action {
  return {
    ...action,
    jira: {
      state: 'created',
      id: issue.id,
      key: issue.key,
      createdAt: now,
      linked: linkTo === undefined,
      ...(issue.url ? { url: issue.url } : {}),
      ...(linkTo ? { linkTo } : {}),
    },
  };
}

export function withFailure(action: Action, problem: JiraProblem, now: number): Action {
  const attempt = action.jira.state === 'pending' || action.jira.state === 'failed' ? action.jira.attempt : 1;
  return {
    ...action,
    jira: {
      state: 'failed',
      problem: problem.kind,
      messages: problem.messages.slice(0, 5),
      at: now,
      attempt,
    },
  };
}

/** A pending intent old enough that a look-up which does not find its issue means there is none. */
export const isSettledPending = (action: Action, now: number): boolean =>
  action.jira.state === 'pending' && now - action.jira.since >= PENDING_SETTLE_MS;

/** What a look-up that found nothing means for a pending action: failed if settled, else still pending. */
export function afterEmptyLookUp(action: Action, now: number): Action {
  if (!isSettledPending(action, now)) return action;
  return withFailure(action, { kind: 'timeout', messages: [] }, now);
}
