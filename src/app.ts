/**
 * The app as Forge calls it, built from its ports: the resolver handler (exactly the contract's keys, each through
 * `dispatch`), the scheduled jobs, the Jira trigger and the queue consumer. src/index.ts builds it once from the real
 * adapters; tests build it with their own clock or ports.
 */
import Resolver from '@forge/resolver';
import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { runCampaignSchedule } from './features/campaigns';
import { onIssueUpdated, reconcilePlans, runPlanJob } from './features/plan';
import { dispatch } from './features/router';
import { ROUTES } from './features/routes';
import type { Ports } from './ports';
import { isResolverKey, RESOLVER_KEYS } from './shared/contract';
import { fail } from './shared/result';

export function createApp(ports: Ports) {
  const resolver = new Resolver();
  for (const key of RESOLVER_KEYS) {
    resolver.define(key, (request) =>
      dispatch(ROUTES, ports, key, { payload: request.payload, context: request.context }),
    );
  }
  const definitions = resolver.getDefinitions();

  /**
   * Only the contract's keys reach @forge/resolver: it looks keys up with `in`, so `constructor` or `__proto__`
   * would find Object.prototype's members (echoing the request, or failing with HTTP 500).
   */
  const handler: typeof definitions = (event, context) => {
    const functionKey = (event as { call?: { functionKey?: unknown } } | null)?.call?.functionKey;
    if (!isResolverKey(functionKey)) {
      return Promise.resolve(
        fail('NOT_FOUND', 'request.unknownKey', { key: String(functionKey).slice(0, 100) }),
      );
    }
    return definitions(event, context);
  };

  return {
    handler,
    /**
     * Scheduled trigger `close-due-campaigns` (hourly): opens scheduled campaigns whose opening day has come and
     * closes open campaigns whose closing day is over.
     */
    closeDueCampaigns: () => runCampaignSchedule(ports),
    /** Trigger `plan-issue-updated` (`avi:jira:updated:issue`): the follow-up of the action whose issue changed. */
    onJiraIssueUpdated: (event: unknown) => onIssueUpdated(ports, event),
    /** Scheduled trigger `reconcile-plans` (hourly): statuses of every plan's issues, and intents left pending. */
    reconcileJiraPlans: () => reconcilePlans(ports),
    /** Queue consumer `plan-jobs`: remote links. Jira's "wait" becomes the platform's retry after that long. */
    planJobs: async (event: AsyncEvent) => {
      const outcome = await runPlanJob(ports, event.body);
      if (outcome.done) return undefined;
      return new InvocationError({
        retryAfter: outcome.retryAfterSeconds,
        retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
      });
    },
  };
}

export type App = ReturnType<typeof createApp>;
