/** Every port a feature may use. Each use case names the ones it needs with `Pick<Ports, ...>`. */
import type { ConfluencePort } from './confluence';
import type { JiraPort } from './jira';
import type { JobQueue } from './jobs';
import type { LiveHints } from './live';
import type { ReviewStore } from './followup';
import type { JiraSettingsStore } from './jira-settings';
import type { ActionStore, PlanStore } from './plan';
import type { ResultsStore } from './results';
import type { Clock, IdSource, Logger } from './runtime';
import type { CampaignStore } from './campaigns';
import type { ModelStore } from './model';
import type { PseudonymKeys, ResponseStore, SurveyEntryReader } from './survey';
import type { RoleStore } from './roles';
import type { ReminderStore } from './reminders';
import type { SupplierStore } from './suppliers';
import type { SupplierModelStore } from './supplier-model';
import type { SupplierRatingStore } from './supplier-ratings';

export interface Ports {
  campaigns: CampaignStore;
  models: ModelStore;
  supplierModels: SupplierModelStore;
  roles: RoleStore;
  responses: ResponseStore;
  surveyEntry: SurveyEntryReader;
  pseudonyms: PseudonymKeys;
  results: ResultsStore;
  actions: ActionStore;
  plans: PlanStore;
  reviews: ReviewStore;
  jiraSettings: JiraSettingsStore;
  reminders: ReminderStore;
  suppliers: SupplierStore;
  supplierRatings: SupplierRatingStore;
  confluence: ConfluencePort;
  jira: JiraPort;
  jobs: JobQueue;
  live: LiveHints;
  clock: Clock;
  logger: Logger;
  ids: IdSource;
}
