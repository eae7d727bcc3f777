/**
 * The shape Jira will take (improvement plan and follow-up, not built yet): the calls the plan needs, each a
 * Result, so that "Jira is not connected" (404), "not allowed" (401/403) and "slow down" (429 with Retry-After)
 * are answers the plan can show, never exceptions. No adapter implements it yet.
 */
import type { Result } from '../shared/result';

export interface JiraIssueDraft {
  /** The app's action id, written as an issue property in the create request (idempotency marker). */
  actionId: string;
  projectKey: string;
  issueTypeId: string;
  summary: string;
  /** Atlassian Document Format, built from text only. */
  description: unknown;
  labels: string[];
  assigneeAccountId?: string;
  dueDate?: string;
}

export interface JiraIssueState {
  key: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  assigneeAccountId: string | null;
  dueDate: string | null;
}

export interface JiraPort {
  /** Creates up to 50 issues as the user (`/rest/api/3/issue/bulk`); the created keys by action id. */
  createIssues(drafts: readonly JiraIssueDraft[]): Promise<Result<{ actionId: string; key: string }[]>>;
  /** Looks issues up by the action id property, before any retry of a create. */
  findByActionIds(actionIds: readonly string[]): Promise<Result<{ actionId: string; key: string }[]>>;
  /** Status, assignee and due date of up to 100 issues (`/rest/api/3/search/jql`, `key in (...)`). */
  states(keys: readonly string[]): Promise<Result<JiraIssueState[]>>;
}
