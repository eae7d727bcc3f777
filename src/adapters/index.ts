/**
 * The real adapters, as Forge runs them: every port a use case may need. The composition root (src/index.ts) passes
 * them to createApp; tests pass the same adapters with their own clock, or other ports.
 */
import { randomUUID } from 'node:crypto';
import type { Ports } from '../ports';
import { KvsActionStore } from './plan-actions-store';
import { KvsReviewStore } from './followup-store';
import { KvsJiraSettings } from './jira-settings-store';
import { KvsCampaignStore } from './campaigns-store';
import { KvsPlanStore } from './plan-store';
import { ConfluenceClient } from './confluence';
import { JiraClient } from './jira';
import { KvsModelStore } from './model-store';
import { KvsPseudonymKeys } from './pseudonym';
import { ForgeLiveHints } from './live';
import { ForgeJobQueue } from './queue';
import { KvsSurveyEntry } from './survey-entry-store';
import { KvsResponseStore } from './survey-store';
import { KvsResultsStore } from './results-store';
import { KvsRoleStore } from './roles-store';
import { KvsReminderStore } from './reminders-store';
import { KvsSupplierStore } from './suppliers-store';
import { KvsSupplierModelStore } from './supplier-model-store';
import { KvsSupplierRatingStore } from './supplier-ratings-store';

const randomHex16 = () => randomUUID().replace(/-/g, '').slice(0, 16);

export function forgePorts(overrides: Partial<Ports> = {}): Ports {
  const clock = overrides.clock ?? {
    now: () => Date.now(),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  };
  const logger = overrides.logger ?? {
    error: (message: string, detail?: unknown) => console.error(message, detail ?? ''),
  };
  return {
    campaigns: new KvsCampaignStore(),
    models: new KvsModelStore(),
    supplierModels: new KvsSupplierModelStore(),
    roles: new KvsRoleStore(),
    responses: new KvsResponseStore(),
    surveyEntry: new KvsSurveyEntry(),
    pseudonyms: new KvsPseudonymKeys(),
    results: new KvsResultsStore(),
    actions: new KvsActionStore(),
    plans: new KvsPlanStore(),
    reviews: new KvsReviewStore(),
    jiraSettings: new KvsJiraSettings(),
    reminders: new KvsReminderStore(),
    suppliers: new KvsSupplierStore(),
    supplierRatings: new KvsSupplierRatingStore(),
    confluence: new ConfluenceClient(),
    jira: new JiraClient(),
    jobs: new ForgeJobQueue(),
    live: new ForgeLiveHints(clock, logger),
    clock,
    logger,
    ids: {
      campaignId: () => `cmp-${randomHex16()}`,
      actionId: () => `act-${randomHex16()}`,
      reviewId: () => `review-${randomHex16()}`,
      supplierId: () => `sup-${randomHex16()}`,
    },
    ...overrides,
  };
}
