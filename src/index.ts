/**
 * Composition root: the only place that wires Forge to the app. Registered in manifest.yml as `index.handler`
 * (resolvers), `index.closeDueCampaigns` and `index.reconcileJiraPlans` (scheduled triggers),
 * `index.onJiraIssueUpdated` (Jira trigger) and `index.planJobs` (queue consumer).
 */
import { forgePorts } from './adapters';
import { createApp } from './app';

const app = createApp(forgePorts());

export const handler = app.handler;
export const closeDueCampaigns = app.closeDueCampaigns;
export const onJiraIssueUpdated = app.onJiraIssueUpdated;
export const reconcileJiraPlans = app.reconcileJiraPlans;
export const planJobs = app.planJobs;
