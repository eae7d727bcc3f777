/**
 * Composition root: the only place that wires Forge to the app. Registered in manifest.yml as `index.handler`
 * (resolvers) and `index.closeDueCampaigns` (scheduled trigger). Exactly the contract's keys are registered.
 */
import { randomUUID } from 'node:crypto';
import Resolver from '@forge/resolver';
import { KvsCampaignStore } from './adapters/campaign-store';
import { ConfluenceClient } from './adapters/confluence';
import { KvsModelStore } from './adapters/model-store';
import { KvsPseudonymKeys } from './adapters/pseudonym';
import { KvsResponseStore } from './adapters/response-store';
import { KvsResultsStore } from './adapters/results-store';
import { KvsRoleStore } from './adapters/role-store';
import { runCampaignSchedule } from './features/campaigns/lifecycle';
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
  confluence: new ConfluenceClient(),
  clock: { now: () => Date.now() },
  logger: { error: (message, detail) => console.error(message, detail ?? '') },
  ids: { campaignId: () => `cmp-${randomUUID().replace(/-/g, '').slice(0, 16)}` },
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
