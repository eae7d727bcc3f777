/**
 * Composition root: the only place that wires Forge to the app. Registered in manifest.yml as `index.handler`
 * (resolvers), `index.closeDueCampaigns` and `index.reconcileJiraPlans` (scheduled triggers),
 * `index.onJiraIssueUpdated` (Jira trigger) and `index.planJobs` (queue consumer). Exactly the contract's keys are registered.
 */
import { randomUUID } from 'node:crypto';
import Resolver from '@forge/resolver';
import { KvsActionStore, KvsJiraSettings } from './adapters/action-store';
import { KvsCampaignStore } from './adapters/campaign-store';
import { KvsPlanStore } from './adapters/plan-store';
import { ConfluenceClient } from './adapters/confluence';
import { JiraClient } from './adapters/jira';
import { KvsModelStore } from './adapters/model-store';
import { KvsPseudonymKeys } from './adapters/pseudonym';
import { ForgeJobQueue } from './adapters/queue';
import { KvsResponseStore } from './adapters/response-store';
import { KvsResultsStore } from './adapters/results-store';
import { KvsRoleStore } from './adapters/role-store';
import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { runCampaignSchedule } from './features/campaigns/lifecycle';
import { runPlanJob } from './features/plan/jobs';
import { onIssueUpdated, reconcilePlans } from './features/plan/sync';
import { dispatch } from './features/router';
import { ROUTES } from './features/routes';
import type { Ports } from './ports';
import { isResolverKey, RESOLVER_KEYS } from './shared/contract';
import { fail } from './shared/result';

const ports: Ports = {
  campaigns: new KvsCampaignStore(),
  models: new KvsModelStore(),
  roles: new KvsRoleStore(),
  responses: new KvsResponseStore(),
  pseudonyms: new KvsPseudonymKeys(),
  results: new KvsResultsStore(),
  actions: new KvsActionStore(),
  plans: new KvsPlanStore(),
  jiraSettings: new KvsJiraSettings(),
  confluence: new ConfluenceClient(),
  jira: new JiraClient(),
  jobs: new ForgeJobQueue(),
  clock: { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  logger: { error: (message, detail) => console.error(message, detail ?? '') },
  ids: {
    campaignId: () => `cmp-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    actionId: () => `act-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
  },
};

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
export const handler: typeof definitions = (event, context) => {
  const functionKey = (event as { call?: { functionKey?: unknown } } | null)?.call?.functionKey;
  if (!isResolverKey(functionKey)) {
    return Promise.resolve(
      fail('NOT_FOUND', 'request.unknownKey', { key: String(functionKey).slice(0, 100) }),
    );
  }
  return definitions(event, context);
};

/**
 * Scheduled trigger `close-due-campaigns` (hourly): opens scheduled campaigns whose opening day has come and
 * closes open campaigns whose closing day is over.
 */
export const closeDueCampaigns = () => runCampaignSchedule(ports);

/** Trigger `plan-issue-updated` (`avi:jira:updated:issue`): the follow-up of the action whose issue changed. */
export const onJiraIssueUpdated = (event: unknown) => onIssueUpdated(ports, event);

/** Scheduled trigger `reconcile-plans` (hourly): statuses of every plan's issues, and intents left pending. */
export const reconcileJiraPlans = () => reconcilePlans(ports);

/** Queue consumer `plan-jobs`: remote links. Jira's "wait" becomes the platform's retry after that long. */
export async function planJobs(event: AsyncEvent) {
  const outcome = await runPlanJob(ports, event.body);
  if (outcome.done) return undefined;
  return new InvocationError({
    retryAfter: outcome.retryAfterSeconds,
    retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
  });
}
