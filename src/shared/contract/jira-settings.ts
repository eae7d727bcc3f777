/**
 * Where the plan's Jira issues go: the project and issue type, checked against Jira as the admin who saves them.
 * Next to it, the due-date notices Jira sends to action owners: on or off, and their language.
 */
import { z } from 'zod';
import type { NoticeSettings } from '../../domain/plan';
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

/** The notices' settings: the whole of them each time (the admin's last choice wins). */
export const noticeSettingsSchema = z
  .object({ enabled: z.boolean(), locale: z.enum(['en-US', 'fr-FR']) })
  .strict();

export interface JiraProjectView {
  key: string;
  name: string;
  issueTypes: { id: string; name: string }[];
}

export const jiraSettingsContract = {
  'jira-settings/get': endpoint(emptySchema).returns<{
    target?: { projectKey: string; issueTypeId: string };
    notices: NoticeSettings;
  }>(),
  'jira-settings/save': endpoint(jiraTargetSchema).returns<JiraProjectView>(),
  'jira-settings/project': endpoint(jiraProjectQuerySchema).returns<JiraProjectView>(),
  'jira-settings/notices': endpoint(noticeSettingsSchema).returns<NoticeSettings>(),
} as const;
