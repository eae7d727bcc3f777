/**
 * Composition root: the only place that wires Forge to the app. Registered in manifest.yml as `index.handler`.
 */
import Resolver from '@forge/resolver';
import { KvsCampaignStore } from './adapters/campaign-store';
import { ConfluenceClient, ForgeConfluence } from './adapters/confluence';
import { KvsSurveyStore } from './adapters/kvs-store';
import { KvsModelStore } from './adapters/model-store';
import { KvsPseudonymKeys } from './adapters/pseudonym';
import { KvsResponseStore } from './adapters/response-store';
import { KvsRoleStore } from './adapters/role-store';
import { adminResolvers, closeDueCampaigns as closeDue } from './resolvers/admin';
import { surveyResolvers } from './resolvers/survey';

const logger = {
  error: (message: string, detail?: unknown) => console.error(message, detail ?? ''),
};

const survey = surveyResolvers({
  store: new KvsSurveyStore(),
  campaigns: new KvsCampaignStore(),
  models: new KvsModelStore(),
  roles: new KvsRoleStore(),
  confluence: new ForgeConfluence(),
  responses: new KvsResponseStore(),
  pseudonyms: new KvsPseudonymKeys(),
  clock: { now: () => Date.now() },
  logger,
});

const adminDeps = {
  roles: new KvsRoleStore(),
  models: new KvsModelStore(),
  campaigns: new KvsCampaignStore(),
  confluence: new ConfluenceClient(),
  responses: new KvsResponseStore(),
  pseudonyms: new KvsPseudonymKeys(),
  clock: { now: () => Date.now() },
  logger,
};
const admin = adminResolvers(adminDeps);

const resolver = new Resolver();
for (const [key, fn] of Object.entries({ ...survey, ...admin })) {
  resolver.define(key, (request) => fn({ payload: request.payload, context: request.context }));
}

export const handler = resolver.getDefinitions();

/** Scheduled trigger `close-due-campaigns` (hourly): closes open campaigns whose closing day is over. */
export const closeDueCampaigns = async (): Promise<{ closed: string[]; failed: string[] }> =>
  closeDue(adminDeps);
