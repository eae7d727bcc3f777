import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { JiraTarget } from '../ports/jira';
import type { JiraSettingsStore } from '../ports/jira-settings';
import { KEYS } from './keys';

const jiraSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  projectKey: z.string(),
  issueTypeId: z.string(),
});

/** One plain key: the admin's last choice wins (there is nothing to merge). */
export class KvsJiraSettings implements JiraSettingsStore {
  async read(): Promise<JiraTarget | undefined> {
    const value = await kvs.get(KEYS.jiraSettings);
    if (value === undefined) return undefined;
    const parsed = jiraSettingsSchema.safeParse(value);
    if (!parsed.success) return undefined;
    return { projectKey: parsed.data.projectKey, issueTypeId: parsed.data.issueTypeId };
  }

  async save(target: JiraTarget): Promise<void> {
    await kvs.set(KEYS.jiraSettings, { schemaVersion: 1, ...target });
  }
}
