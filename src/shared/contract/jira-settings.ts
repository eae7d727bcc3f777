/**
 * Where the plan's Jira issues go: the project and issue type, checked against Jira as the admin who saves them.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { emptySchema } from './common';
import { endpoint } from './endpoint';

/** A Jira project key as Jira allows it. */
export const projectKeySchema = z
  .string()
  .max(LIMITS.jiraProjectKey)
  .regex(/^[A-Z][A-Z0-9_]{1,49}$/, 'is not a Jira project key');
export const issueTypeIdSchema = z.string().regex(/^[0-9]{1,18}$/, 'is not a Jira issue type id');
export const jiraTargetSchema = z
  .object({ projectKey: projectKeySchema, issueTypeId: issueTypeIdSchema })
  .strict();
export const jiraProjectQuerySchema = z.object({ projectKey: projectKeySchema }).strict();

export interface JiraProjectView {
  key: string;
  name: string;
  issueTypes: { id: string; name: string }[];
}

export const jiraSettingsContract = {
  'jira-settings/get': endpoint(emptySchema).returns<{
    target?: { projectKey: string; issueTypeId: string };
  }>(),
  'jira-settings/save': endpoint(jiraTargetSchema).returns<JiraProjectView>(),
  'jira-settings/project': endpoint(jiraProjectQuerySchema).returns<JiraProjectView>(),
} as const;
