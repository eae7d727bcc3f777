/**
 * Jira, as the plan needs it. Every call answers a JiraAnswer: "not connected" (404), "not allowed" (401/403),
 * "slow down" (429 with Retry-After), 5xx and timeouts are answers the plan can show, never exceptions. `as`
 * says whose permissions hold: the user's in resolvers (QUALITY.md: Jira as the user), the app's only in
 * triggers, queue consumers and scheduled jobs.
 */
import type { JiraProblem, IssueDraft } from '../domain/plan';
import type { Observation } from '../domain/followup';

export type JiraAnswer<T> = { ok: true; value: T } | { ok: false; problem: JiraProblem };
export type JiraIdentity = 'user' | 'app';

/** Where the issues go: the admin's choice, checked against Jira when saved. */
export interface JiraTarget {
  projectKey: string;
  issueTypeId: string;
}

export interface CreatedIssue {
  actionId: string;
  id: string;
  key: string;
  /** The issue's page on the Jira site (from Jira's `self`). */
  url?: string;
}

export interface BulkOutcome {
  created: CreatedIssue[];
  /** Elements Jira refused, with its messages (a bad assignee, a closed project...). */
  rejected: { actionId: string; messages: string[] }[];
}

export interface IssueState extends Observation {
  id: string;
  key: string;
}

export interface IssueStates {
  states: IssueState[];
  /** Keys Jira no longer knows (the issue was deleted or moved). */
  missing: string[];
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  issueTypes: { id: string; name: string; subtask: boolean }[];
}

export interface RemoteLink {
  /** Makes the link idempotent: posting it again updates the same link. */
  globalId: string;
  url: string;
  title: string;
}

/** A due-date notice: Jira e-mails it to the issue's assignee and watchers who may browse the issue. */
export interface IssueNotice {
  subject: string;
  textBody: string;
  htmlBody: string;
}

export interface JiraPort {
  /** One `/rest/api/3/issue/bulk` request: at most 50 drafts, each with its action id property. */
  createIssues(
    as: JiraIdentity,
    target: JiraTarget,
    drafts: readonly IssueDraft[],
  ): Promise<JiraAnswer<BulkOutcome>>;
  /** The issues carrying these action ids (one search, at most 50 ids): the look-up before any retry. */
  findByActionIds(as: JiraIdentity, actionIds: readonly string[]): Promise<JiraAnswer<CreatedIssue[]>>;
  /** Status, assignee, due date and `updated` of up to 100 issues: one `search/jql` request. */
  states(as: JiraIdentity, keys: readonly string[]): Promise<JiraAnswer<IssueStates>>;
  /** Sets the issue's due date (edit issue): an adjustment of the plan carried into Jira. */
  setDueDate(as: JiraIdentity, issueKey: string, dueDate: string): Promise<JiraAnswer<void>>;
  /** The issue exists and `as` may browse it (Jira answers 404 to an issue one may not see). */
  canBrowse(as: JiraIdentity, issueId: string): Promise<JiraAnswer<boolean>>;
  addRemoteLink(as: JiraIdentity, issueKey: string, link: RemoteLink): Promise<JiraAnswer<void>>;
  project(as: JiraIdentity, projectKey: string): Promise<JiraAnswer<JiraProject>>;
  /** `POST /issue/{key}/notify` to the assignee and watchers (only those who may browse the issue). */
  notify(as: JiraIdentity, issueKey: string, notice: IssueNotice): Promise<JiraAnswer<void>>;
}

/** Jira's own page size for searches that ask for fields. */
export const SEARCH_PAGE_LIMIT = 100;
