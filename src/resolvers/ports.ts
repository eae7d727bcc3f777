import type { AppRole, Campaign } from '../domain/campaign';
import type { EvaluationModel } from '../domain/model';
import type { UserRef } from '../shared/contract';

/** A campaign as the first slice's survey/getModel needs it. */
export interface CampaignSummary {
  id: string;
  name: string;
  period: string;
  modelId: string;
  modelVersion: number;
}

/** Storage for survey/getModel (first slice), implemented on @forge/kvs in src/adapters. */
export interface SurveyStore {
  currentCampaign(): Promise<CampaignSummary | undefined>;
  campaign(id: string): Promise<CampaignSummary | undefined>;
  model(id: string, version: number): Promise<EvaluationModel | undefined>;
}

/** Read access to campaigns, for every feature that is not campaign administration. */
export interface CampaignReader {
  get(id: string): Promise<Campaign | undefined>;
}

/** Read access to model versions. */
export interface ModelReader {
  get(id: string, version: number): Promise<EvaluationModel | undefined>;
}

/** The app's roles, kept in app settings by account id (never taken from a payload). */
export interface RoleReader {
  rolesOf(accountId: string): Promise<AppRole[]>;
}

/** What the app asks Confluence, always as the calling user (so Confluence's permissions hold). */
export interface ConfluencePort {
  /** The caller can view the page (Confluence answers 200 to a page look-up as the user). */
  canViewPage(contentId: string): Promise<boolean>;
  /** The page's web address, for reminders. */
  pageUrl(contentId: string): Promise<string | null>;
  /** The caller is a Confluence site administrator. */
  isSiteAdmin(): Promise<boolean>;
  users(accountIds: string[]): Promise<UserRef[]>;
  searchUsers(query: string): Promise<UserRef[]>;
}

/** A clock, so that days and scheduled closes are testable. */
export interface Clock {
  now(): number;
}

/** The keys behind anonymous campaigns' pseudonymous respondent keys (kept in Forge secret storage). */
export interface PseudonymKeys {
  /** Creates the campaign's key when an anonymous campaign opens (no-op if it exists). */
  create(campaignId: string): Promise<void>;
  /** Destroys it at close: the link between a person and their answer becomes irrecoverable. */
  destroy(campaignId: string): Promise<void>;
}

/** What campaign administration needs to know about answers. */
export interface ResponseFacts {
  /** At least one answer (draft or submitted) exists: anonymity can no longer change. */
  hasAnswers(campaignId: string): Promise<boolean>;
}
